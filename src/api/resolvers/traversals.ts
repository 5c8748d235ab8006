import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { EvidenceKind, RelationshipType } from '../../domain';
import type { ApiContext } from '../context';
import { Scans, SizedBy } from '../limits/cost-rules';
import { FIGURE_SCANS } from '../traverse/network-stats';
import { SIZES, SizeArg } from '../limits/list-sizes';
import { ClusterCode, NodeKind, Region, RelationshipTypeEnum } from '../types/enums';
import { CityExchange } from '../types/exchange';
import { NetworkEvolution } from '../types/evolution';
import { AS_OF_RULES } from '../types/as-of';
import { LocalDate } from '../types/local-date';
import { NetworkStats } from '../types/network-stats';
import { EvidenceKind as EvidenceKindEnum, KnowledgeTransfer, Path, PeerRecommendation, PractitionerMatchConnection, Subgraph } from '../types/traversals';

/** What every `asOf` argument means (domain/dating.ts). */
const AS_OF = `Answer as the network stood on this day: ${AS_OF_RULES}.`;

/** The network questions analysts come for; each answer explains itself. */
@Resolver()
export class TraversalResolver {
  @Query(() => PractitionerMatchConnection, {
    description:
      'Practitioners in a city (based there, or working at an institution there) who worked on a cluster or a topic, each once with all the evidence. Give exactly one of cluster or topic.',
  })
  @SizedBy(SIZES.page)
  practitionersWorkingOn(
    @Arg('city', () => String, { description: 'City id ("lagos", "City:lagos") or name, in any case, with or without accents.' }) city: string,
    @Arg('cluster', () => ClusterCode, { nullable: true, description: 'The cluster (or give topic).' }) cluster: string | null,
    @Arg('topic', () => ID, { nullable: true, description: 'A topic id (or give cluster).' }) topic: string | null,
    @Arg('via', () => [EvidenceKindEnum], { nullable: true, description: 'Only these kinds of evidence (all when absent).' }) via: EvidenceKind[] | null,
    @SizeArg(SIZES.page, 'How many to return') first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Continue after this cursor.' }) after: string | null,
    @Arg('asOf', () => LocalDate, { nullable: true, description: AS_OF }) asOf: string | null,
    @Ctx() { traversals }: ApiContext,
  ) {
    return traversals.workingOn({ city, cluster, topic, via, first, after, asOf });
  }

  @Query(() => Path, {
    nullable: true,
    description:
      'A shortest path between two nodes, told in sentences; null when none is within maxHops. Over any relationships, or only through the kinds of node in `via` and over the types in `over` (e.g. via: [PRACTITIONER, EVENT, OUTCOME, INSTITUTION] keeps it to working relationships).',
  })
  @SizedBy(SIZES.pathHops)
  connectionPath(
    @Arg('from', () => ID, { description: 'Global id of the start, e.g. "Practitioner:lagos-01".' }) from: string,
    @Arg('to', () => ID, { description: 'Global id of the end.' }) to: string,
    @SizeArg(SIZES.pathHops, 'Longest path to look for, in steps') maxHops: number | null,
    @Arg('via', () => [NodeKind], { nullable: true, description: 'Only through nodes of these kinds (the two ends may be of any kind); any kind when absent or empty.' }) via: string[] | null,
    @Arg('over', () => [RelationshipTypeEnum], { nullable: true, description: 'Only over relationships of these types; any type when absent or empty.' }) over: RelationshipType[] | null,
    @Arg('asOf', () => LocalDate, { nullable: true, description: AS_OF }) asOf: string | null,
    @Ctx() { traversals }: ApiContext,
  ) {
    return traversals.connectionPath(from, to, maxHops, { via, over, asOf });
  }

  @Query(() => Subgraph, { description: 'The nodes around a node, within depth steps, and the relationships between them: ready to draw.' })
  @SizedBy(SIZES.neighbourhood)
  neighbourhood(
    @Arg('id', () => ID, { description: 'Global id of the centre.' }) id: string,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1, description: 'How many steps out, 1–3.' }) depth: number | null,
    @SizeArg(SIZES.neighbourhood, 'Most nodes to return (truncated says when more were left out)') limit: number | null,
    @Arg('kinds', () => [NodeKind], { nullable: true, description: 'Only nodes of these kinds (all when absent); the walk goes through these only.' }) kinds: string[] | null,
    @Arg('asOf', () => LocalDate, { nullable: true, description: AS_OF }) asOf: string | null,
    @Ctx() { traversals }: ApiContext,
  ) {
    return traversals.neighbourhood(id, depth ?? 1, limit, kinds, asOf);
  }

  @Query(() => [PeerRecommendation], { description: 'People a practitioner has not met at any event yet and would gain from meeting, best first, with reasons.' })
  @SizedBy(SIZES.recommendPeers)
  recommendPeers(
    @Arg('practitioner', () => ID, { description: 'The practitioner ("lagos-01" or "Practitioner:lagos-01").' }) practitioner: string,
    @Arg('topic', () => ID, { nullable: true, description: 'Only peers who are experts in this topic.' }) topic: string | null,
    @SizeArg(SIZES.recommendPeers, 'How many') first: number | null,
    @Ctx() { traversals }: ApiContext,
  ) {
    return traversals.peers({ practitioner, topic, first });
  }

  @Query(() => [KnowledgeTransfer], { description: 'Solutions that travelled from one city to another (one per adaptation), by target and source id.' })
  @SizedBy(SIZES.knowledgeTransfers, 1)
  knowledgeTransfers(
    @Arg('cluster', () => ClusterCode, { nullable: true, description: 'Only transfers where either outcome addresses a topic of this cluster.' }) cluster: string | null,
    @Arg('fromRegion', () => Region, { nullable: true, description: 'Only from a city in this region.' }) fromRegion: string | null,
    @Arg('toRegion', () => Region, { nullable: true, description: 'Only to a city in this region.' }) toRegion: string | null,
    @SizeArg(SIZES.knowledgeTransfers, 'How many') first: number | null,
    @Ctx() { traversals }: ApiContext,
  ) {
    return traversals.transfers({ cluster, fromRegion, toRegion, first });
  }

  @Query(() => CityExchange, {
    description:
      'Exchange between cities: pairs of cities with their partnerships, knowledge transfers (ADAPTED_FROM) and the events where practitioners based in each took part, weighed and ranked, each tie with its evidence. Filter by city, cluster and a window of years.',
  })
  @SizedBy(SIZES.cityExchange, FIGURE_SCANS)
  cityExchange(
    @Arg('city', () => String, { nullable: true, description: 'Only the links of this city: its id ("lagos", "City:lagos") or name.' }) city: string | null,
    @Arg('cluster', () => ClusterCode, { nullable: true, description: 'Only transfers and events of this cluster (partnerships, which have none, are left out).' }) cluster: string | null,
    @Arg('from', () => Int, { nullable: true, description: 'Only ties dated this year or later (a partnership counts if it had begun by `to`; undated ones always count).' }) from: number | null,
    @Arg('to', () => Int, { nullable: true, description: 'Only ties dated this year or earlier.' }) to: number | null,
    @SizeArg(SIZES.cityExchange, 'How many links') first: number | null,
    @Ctx() { traversals }: ApiContext,
  ) {
    return traversals.cityExchange({ city, cluster, from, to, first });
  }

  @Query(() => NetworkEvolution, {
    description:
      'The network year by year: active practitioners, newcomers, events, outcomes, and the new ties (pairs who first met at an event that year), of them across countries and regions. Did the exchanges create lasting ties?',
  })
  @Scans(FIGURE_SCANS)
  networkEvolution(
    @Arg('from', () => Int, { nullable: true, description: 'First year to answer (from the first year with an event or outcome when absent); ties met before it are not new.' }) from: number | null,
    @Arg('to', () => Int, { nullable: true, description: 'Last year to answer (to the last with an event or outcome when absent).' }) to: number | null,
    @Ctx() { traversals }: ApiContext,
  ) {
    return traversals.networkEvolution(from, to);
  }

  @Query(() => NetworkStats, { description: 'Figures of the network, optionally of one programme phase and/or one region, as it stands or as it stood on a day.' })
  @Scans(FIGURE_SCANS)
  networkStats(
    @Arg('phase', () => Int, { nullable: true, description: 'Programme phase 1–4: its events, their participants, the outcomes that emerged from them.' }) phase: number | null,
    @Arg('region', () => Region, { nullable: true, description: 'What is based, held or implemented in a city of this region.' }) region: string | null,
    @Arg('asOf', () => LocalDate, { nullable: true, description: AS_OF }) asOf: string | null,
    @Ctx() { traversals }: ApiContext,
  ) {
    return traversals.networkStats(phase, region, asOf);
  }
}
