import { Float, Int } from 'type-graphql';
import { REQUIRED_ROLE, type PropertySpec } from '../../domain';
import { LocalDate } from './local-date';
import { ENUM_VALUES } from './enums';
import * as enums from './enums';

/** How a model property appears in the schema: its GraphQL type and its descriptions, read and write. */

/** The registered GraphQL enum whose values are exactly the property's allowed values. */
export function enumFor(spec: PropertySpec): object {
  const name = Object.keys(ENUM_VALUES).find((n) => {
    const values = ENUM_VALUES[n];
    return values.length === spec.values!.length && values.every((v) => spec.values!.includes(v));
  });
  if (!name) throw new Error(`no GraphQL enum has the values of ${spec.name}`);
  return (enums as unknown as Record<string, object>)[name];
}

/** The GraphQL type of a property. */
export function graphqlType(spec: PropertySpec) {
  if (spec.values) {
    const type = enumFor(spec);
    return spec.type === 'string[]' ? () => [type] : () => type;
  }
  switch (spec.type) {
    case 'string':
      return () => String;
    case 'int':
      return () => Int;
    case 'float':
      return () => Float;
    case 'boolean':
      return () => Boolean;
    case 'date':
      return () => LocalDate;
    case 'string[]':
      return () => [String];
  }
}

/** The description of a property in a write input. */
export function writeDescription(spec: PropertySpec): string {
  return spec.personal ? `${spec.description} Personal data.` : spec.description;
}

/** The description of a property as a field of its node type, with who may read it. */
export function readDescription(spec: PropertySpec): string {
  return spec.personal
    ? `${spec.description} Personal data: ${REQUIRED_ROLE.readContact} role or above; null with a FORBIDDEN error otherwise.`
    : spec.description;
}
