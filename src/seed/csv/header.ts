import type { ValueType } from '../../domain';

/**
 * One column of a neo4j-admin import header: `name`, `name:type`, `id:ID(Label)`,
 * `:START_ID(Label)`, `:END_ID(Label)` or `:IGNORE`.
 */
export type Column =
  | { kind: 'id'; name: string; group: string }
  | { kind: 'start'; group: string }
  | { kind: 'end'; group: string }
  | { kind: 'ignore' }
  | { kind: 'property'; name: string; type: ValueType };

const TYPE_ALIASES: Record<string, ValueType> = {
  string: 'string',
  int: 'int',
  long: 'int',
  short: 'int',
  byte: 'int',
  float: 'float',
  double: 'float',
  boolean: 'boolean',
  date: 'date',
  'string[]': 'string[]',
};

/** Parses one header cell; returns an error message for anything outside the convention. */
export function parseColumn(cell: string): Column | string {
  const text = cell.trim();
  const special = /^([^:]*):(ID|START_ID|END_ID)\(([^)]*)\)$/.exec(text);
  if (special) {
    const [, name, kind, group] = special;
    if (!group) return `column "${text}" needs an id group, e.g. ${kind}(City)`;
    if (kind === 'ID') return { kind: 'id', name: name || 'id', group };
    return { kind: kind === 'START_ID' ? 'start' : 'end', group };
  }
  if (text === ':IGNORE') return { kind: 'ignore' };
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::(.+))?$/.exec(text);
  if (!m) return `column "${text}" is not a property name with an optional :type`;
  const type = TYPE_ALIASES[(m[2] ?? 'string').toLowerCase()];
  if (!type) return `column "${text}" has type "${m[2]}", not one of ${Object.keys(TYPE_ALIASES).join(', ')}`;
  return { kind: 'property', name: m[1], type };
}

/** The header cell for a property, as the exporter writes it. */
export function propertyHeader(name: string, type: ValueType): string {
  return type === 'string' ? name : `${name}:${type}`;
}
