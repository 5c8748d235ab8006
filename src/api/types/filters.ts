import { Field, ID, InputType, type ClassType } from 'type-graphql';
import { filtersOf, filterTarget, LABEL_SPECS, LABELS, pluralOf, type FilterSpec, type Label } from '../../domain';
import { listing } from '../../graph/queries';
import { enumOf, OrderDirection } from './enums';
import { enumFor, graphqlType } from './property-type';
import { orderValue } from '../read/filters';

/**
 * The filter and order inputs of the root listings, built from the model's filter table
 * (domain/filters.ts), the same table the catalogue composes the listing statements from. All
 * given filters must hold (AND).
 */

function filterType(label: Label, filter: FilterSpec) {
  if (filter.kind === 'text') return () => String;
  if (filter.kind === 'property') return graphqlType(LABEL_SPECS[label].properties.find((p) => p.name === filter.property)!);
  const target = LABEL_SPECS[filterTarget(filter)];
  if (filter.key) return graphqlType(target.properties.find((p) => p.name === filter.key)!);
  // A closed set of ids (the clusters) is an enum; any other node is named by id, global id or name.
  if (target.idFormat) {
    const type = enumFor({ name: filter.name, type: 'string', values: target.idFormat, description: '' });
    return () => type;
  }
  return () => ID;
}

function filterInput(label: Label): ClassType {
  const name = `${label}Filter`;
  const cls = { [name]: class {} }[name];
  for (const filter of filtersOf(label)) Field(filterType(label, filter), { nullable: true, description: filter.description })(cls.prototype, filter.name);
  InputType(name, { description: `Filters for ${pluralOf(label)}.` })(cls);
  return cls;
}

export const LABEL_FILTERS = Object.fromEntries(LABELS.map((l) => [l, filterInput(l)])) as Record<Label, ClassType>;

function orderInput(name: string, field: object, description: string): ClassType {
  const cls = { [name]: class {} }[name];
  Field(() => field, { defaultValue: 'ID', description: 'Sort key.' })(cls.prototype, 'field');
  Field(() => OrderDirection, { defaultValue: 'ASC', description: 'Direction.' })(cls.prototype, 'direction');
  InputType(name, { description })(cls);
  return cls;
}

const NodeOrderField = enumOf('NodeOrderField', ['ID', 'NAME'] as const, 'Sort key of a listing: the id, or the name (title for events and outcomes), case- and accent-insensitive.');
const NodeOrder = orderInput('NodeOrder', NodeOrderField, 'Order of a listing.');

/** A label that sorts by more than id and name has an order input of its own (EventOrder). */
function labelOrder(label: Label): ClassType {
  const extra = listing.listingOrders(label).slice(2);
  if (extra.length === 0) return NodeOrder;
  const words = (key: string) => key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  const kind = label.toLowerCase();
  const field = enumOf(`${label}OrderField`, listing.listingOrders(label).map(orderValue), `Sort key of the ${kind} listing: id, ${LABEL_SPECS[label].nameProperty}, or ${extra.map(words).join(', ')}.`);
  return orderInput(`${label}Order`, field, `Order of the ${kind} listing.`);
}

export const LABEL_ORDERS = Object.fromEntries(LABELS.map((l) => [l, labelOrder(l)])) as Record<Label, ClassType>;
