import { ALL_LINKS, LINKS, type Link } from './links';
import { LABEL_SPECS, LABELS, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES, type Label, type LabelSpec, type RelationshipSpec, type RelationshipType } from './model';

/** Labels and relationship types to add to the model. */
export interface ModelExtension {
  readonly labels: readonly LabelSpec[];
  readonly relationshipTypes: readonly string[];
  readonly relationships: readonly RelationshipSpec[];
}

/**
 * Adds labels and relationships to the model of this process, before anything is built from it
 * (the catalogue, the schema, the store's indexes): everything that reads the model then serves
 * them as it serves the built-in ones, with no other change. Links must be built after the
 * labels and relationship types they join are added: extendModel first, then extendLinks and
 * defineFilters (a new label without filters of its own is filtered by name).
 */
export function extendModel(extension: ModelExtension): void {
  for (const spec of extension.labels) {
    if ((LABELS as readonly string[]).includes(spec.label)) throw new Error(`extendModel: ${spec.label} is a label already`);
    (LABELS as unknown as Label[]).push(spec.label);
    (LABEL_SPECS as Record<Label, LabelSpec>)[spec.label] = spec;
  }
  (RELATIONSHIP_TYPES as unknown as RelationshipType[]).push(...(extension.relationshipTypes as RelationshipType[]));
  (RELATIONSHIP_SPECS as RelationshipSpec[]).push(...extension.relationships);
}

/** Adds links between labels of the (extended) model. */
export function extendLinks(links: Readonly<Record<string, Link>>): void {
  for (const [name, link] of Object.entries(links)) {
    (LINKS as Record<string, Link>)[name] = link;
    (ALL_LINKS as Link[]).push(link);
  }
}
