import { ALL_LINKS, LABELS, RELATIONSHIP_SPECS, type Label } from '../../domain';
import type { Statement } from '../statement';
import * as schema from './schema';
import * as nodes from './nodes';
import * as relationships from './relationships';
import * as stats from './stats';
import * as lookup from './lookup';
import * as neighbours from './neighbours';
import * as listing from './listing';
import * as search from './search';
import * as figures from './figures';
import * as workingOn from './working-on';
import * as names from './names';
import * as paths from './paths';
import * as peers from './peers';
import * as transfers from './transfers';
import * as writes from './writes';
import * as audit from './audit';
import * as analytics from './analytics';
import * as staging from './staging';
import * as offline from './offline';
import * as dated from './dated';

export { dated, figures, schema, nodes, relationships, stats, lookup, neighbours, listing, search, workingOn, names, paths, peers, transfers, writes, audit, analytics, staging, offline };

/**
 * The listing compositions the tests run: each filter alone and all together (ordered by id, no
 * cursor), and every order, direction and cursor with no filter. Other combinations join the same
 * fragments the same way.
 */
export function listingStatements(label: Label): Statement[] {
  const names = Object.keys(listing.listingFilters(label));
  const filterSets = [...names.map((n) => [n]), ...(names.length > 1 ? [names] : [])];
  const plain = { label, order: 'id', descending: false, after: false } as const;
  return [
    listing.listingCount({ label, filters: [] }),
    ...filterSets.flatMap((filters) => [listing.listingCount({ label, filters }), listing.listingPage({ ...plain, filters })]),
    ...listing.listingOrders(label).flatMap((order) =>
      [false, true].flatMap((descending) =>
        [false, true].map((after) => listing.listingPage({ label, filters: [], order, descending, after })),
      ),
    ),
  ];
}

/** Every statement of the catalogue, for the lint and contract tests. */
export function allStatements(): Statement[] {
  return [
    ...LABELS.flatMap((l) => [
      schema.idConstraint(l),
      schema.idIndex(l),
      schema.nameIndex(l),
      schema.nameTextIndex(l),
      nodes.createNodes(l),
      nodes.upsertNodes(l),
      nodes.existingIds(l),
      nodes.exportNodes(l),
      lookup.nodesByKeys(l),
      names.nodesNamed(l),
      names.nameList(l),
      ...listingStatements(l),
      ...listing.facetStatements(l),
    ]),
    nodes.deleteNodesBatch,
    ...RELATIONSHIP_SPECS.flatMap((s) => [
      relationships.createRelationships(s),
      relationships.upsertRelationships(s),
      relationships.exportRelationships(s),
    ]),
    ...ALL_LINKS.map((link) => (link.cardinality === 'many' ? neighbours.neighbourPage(link) : neighbours.neighbourList(link))),
    search.fulltextIndex,
    search.fulltextCandidates,
    stats.nodeCountsByLabel,
    stats.relationshipCountsByType,
    stats.totalNodes,
    ...workingOn.workingOnStatements(),
    ...paths.pathStatements(),
    peers.peerCandidates,
    peers.peerProfiles,
    transfers.knowledgeTransfers,
    transfers.exchangeTransfers,
    transfers.partnerships,
    ...figures.figureStatements(),
    ...writes.writeStatements(),
    ...staging.stagingStatements(),
    staging.stagedIndex,
    ...offline.offlineStatements(),
    ...analytics.analyticsStatements(),
    audit.recordEntry,
    audit.latestEntries,
  ];
}
