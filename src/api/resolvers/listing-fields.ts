import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { facetDimension, facetsOf, pluralOf, type Label } from '../../domain';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import { SizedByIds, SizedByParent } from '../limits/cost-rules';
import { drawnNode } from '../export/drawn-nodes';
import { exportGraph, type ExportFormat as Format } from '../export/formats';
import type { NodeObject } from '../read/node-object';
import { ExportFile, ExportFormat, FORMAT } from '../types/export';
import { AS_OF_RULES } from '../types/as-of';
import { LocalDate } from '../types/local-date';
import { Facet, FacetDimension, LABEL_LISTINGS } from '../types/facets';

/** What a root listing hands its facets: the label and the catalogue parameters of its filter. */
export interface Listed {
  readonly label: Label;
  readonly filters: Record<string, unknown>;
}

const LISTED = Symbol('listed');

/** Marks a listing's answer with what it listed (off its enumerable fields, so no spread or log carries it). */
export function withListed<T extends object>(answer: T, listed: Listed): T {
  Object.defineProperty(answer, LISTED, { value: listed, enumerable: false });
  return answer;
}

/** The fields a root listing has besides its page: facets, and the page as files. */
export function listingFieldsResolver(label: Label): ClassType {
  const offered = facetsOf(label).map((f) => facetDimension(f.name));

  @Resolver(() => LABEL_LISTINGS[label])
  class ListingFieldsResolver {
    @FieldResolver(() => [Facet], { description: `The ${pluralOf(label)} of the filter (all pages) counted by each dimension asked for, in the order asked. ${pluralOf(label)[0].toUpperCase()}${pluralOf(label).slice(1)} offer: ${offered.join(', ')}.` })
    @SizedByIds('by', Object.keys(FacetDimension).length)
    facets(
      @Root() root: object,
      @Arg('by', () => [FacetDimension], { description: 'What to count by; each dimension once.' }) by: string[],
      @Arg('asOf', () => LocalDate, {
        nullable: true,
        description: `Count the listing as it stood on this day (of a listing without a filter): the nodes that had begun, through what had begun (${AS_OF_RULES}).`,
      })
      asOf: string | null,
      @Ctx() { reader }: ApiContext,
    ) {
      const unknown = by.filter((d) => !offered.includes(d));
      if (unknown.length) {
        throw new ApiError('BAD_USER_INPUT', `by: ${pluralOf(label)} cannot be counted by ${unknown.join(', ')}; they offer ${offered.join(', ')}.`, { argument: 'by' });
      }
      const listed = (root as { [LISTED]?: Listed })[LISTED];
      if (!listed) throw new Error('facets: the listing did not say what it listed');
      const names = [...new Set(by)].map((d) => facetsOf(label).find((f) => facetDimension(f.name) === d)!.name);
      return reader.facets(listed.label, listed.filters, names, asOf);
    }

    @FieldResolver(() => [ExportFile], { description: `This page of ${pluralOf(label)} as files for network analysis tools, with every property (contact details only for roles that may read them); no relationships.` })
    @SizedByParent()
    export(@Root() root: { nodes: NodeObject[] }, @Arg('format', () => ExportFormat, { description: FORMAT }) format: Format, @Ctx() { viewer }: ApiContext) {
      return exportGraph({ nodes: root.nodes.map((n) => drawnNode(n, viewer)), edges: [] }, format, pluralOf(label));
    }
  }
  return ListingFieldsResolver;
}
