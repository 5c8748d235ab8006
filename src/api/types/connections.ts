import { Field, ObjectType, type ClassType } from 'type-graphql';
import { article, LABELS, pluralOf, type Label, type Link } from '../../domain';
import { LABEL_TYPES } from './labels';
import { ConnectionOf, EdgeOf } from './page';
import { graphqlType } from './property-type';

/**
 * Cursor connections, built from the model: one plain pair per label (`CityEdge`,
 * `CityConnection`), and for each link whose neighbours carry relationship properties an edge
 * of its own (`ParticipationEdge` with the role) or, on a link of few neighbours, an object
 * (`Employment`).
 */

const what = (label: Label) => label.toLowerCase();

function plainConnection(label: Label): ClassType {
  const node = LABEL_TYPES[label];
  const edge = { [`${label}Edge`]: class extends EdgeOf(node, what(label)) {} }[`${label}Edge`];
  const a = article(label).split(' ')[0];
  ObjectType(`${label}Edge`, { description: `${a[0].toUpperCase()}${a.slice(1)} ${what(label)} in a list.` })(edge);
  const connection = { [`${label}Connection`]: class extends ConnectionOf(edge, node, pluralOf(label)) {} }[`${label}Connection`];
  ObjectType(`${label}Connection`, { description: `A page of ${pluralOf(label)}.` })(connection);
  return connection;
}

export const LABEL_CONNECTIONS = Object.fromEntries(LABELS.map((l) => [l, plainConnection(l)])) as Record<Label, ClassType>;

/** The relationship properties of a link as fields of a class. */
function addEdgeProperties(cls: ClassType, link: Link): void {
  for (const p of link.edgeProperties) Field(graphqlType(p), { nullable: !p.required, description: p.description })(cls.prototype, p.name);
}

const linkTypes = new Map<string, ClassType>();

/**
 * The type a link's field answers with: the label's connection (`many`), the edge connection of
 * a link with relationship properties, the object of a few such neighbours, or the label itself.
 * Links that share an edge name share its type (a city's partners both ways).
 */
export function linkType(link: Link): ClassType {
  const node = LABEL_TYPES[link.to];
  const edge = link.edge;
  if (!edge) return link.cardinality === 'many' ? LABEL_CONNECTIONS[link.to] : node;
  const known = linkTypes.get(edge.name);
  if (known) return known;
  let made: ClassType;
  if (link.cardinality === 'many') {
    const edgeType = { [`${edge.name}Edge`]: class extends EdgeOf(node, edge.node) {} }[`${edge.name}Edge`];
    addEdgeProperties(edgeType, link);
    ObjectType(`${edge.name}Edge`, { description: edge.description })(edgeType);
    made = { [`${edge.name}Connection`]: class extends ConnectionOf(edgeType, node, `${edge.node}s`) {} }[`${edge.name}Connection`];
    ObjectType(`${edge.name}Connection`, { description: edge.page ?? `A page of ${pluralOf(link.to)}.` })(made);
  } else {
    made = { [edge.name]: class {} }[edge.name];
    Field(() => node, { description: edge.nodeDescription ?? `The ${what(link.to)}.` })(made.prototype, edge.node);
    addEdgeProperties(made, link);
    ObjectType(edge.name, { description: edge.description })(made);
  }
  linkTypes.set(edge.name, made);
  return made;
}
