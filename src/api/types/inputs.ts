import { ArrayMaxSize, ValidateBy, IsEmail, IsIn, IsISO31661Alpha2, IsISO6391, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int, type ClassType } from 'type-graphql';
import { LocalDate } from './local-date';
import { COUNTRY_CODE_PATTERN, ID_PATTERN, isIsoDate, LABEL_SPECS, LABELS, maxLength, PHONE_PATTERN, YEARS, type Label, type PropertySpec } from '../../domain';
import { ENUM_VALUES } from './enums';
import * as enums from './enums';

/**
 * Write inputs, two per label, built from the model (LABEL_SPECS) so they cannot drift from it:
 * `<Label>Input` for create (required properties non-null) and `<Label>Patch` for update (every
 * property optional). class-validator decorators carry what GraphQL types cannot: lengths,
 * ranges, e-mail, phone, ISO country and language codes.
 */

type Decorate = (prototype: object, property: string) => void;

/** The registered GraphQL enum whose values are exactly the property's allowed values. */
function enumFor(spec: PropertySpec): object | undefined {
  const name = Object.keys(ENUM_VALUES).find((n) => {
    const values = ENUM_VALUES[n];
    return values.length === spec.values!.length && values.every((v) => spec.values!.includes(v));
  });
  return name ? (enums as unknown as Record<string, object>)[name] : undefined;
}

function graphqlType(spec: PropertySpec) {
  if (spec.values) {
    const type = enumFor(spec);
    if (!type) throw new Error(`inputs: no GraphQL enum for ${spec.name}`);
    return () => type;
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

/** What class-validator checks on top of the GraphQL type. */
function validators(spec: PropertySpec): Decorate[] {
  const out: Decorate[] = [];
  if (spec.type === 'string' && !spec.values) out.push(Length(1, maxLength(spec.name)));
  if (spec.min !== undefined) out.push(Min(spec.min));
  if (spec.max !== undefined) out.push(Max(spec.max));
  if (spec.type === 'date') out.push(ValidateBy({ name: 'isModelDate', validator: { validate: (v) => typeof v === 'string' && isIsoDate(v), defaultMessage: () => `${spec.name} must be a date in the years ${YEARS.min} to ${YEARS.max}` } }));
  if (spec.name === 'email') out.push(IsEmail());
  if (spec.name === 'phone') out.push(Matches(PHONE_PATTERN, { message: 'phone must be a phone number: digits, spaces, ()./- and an optional leading +' }));
  if (spec.name === 'countryCode' || spec.name === 'code') {
    out.push(Matches(COUNTRY_CODE_PATTERN, { message: `${spec.name} must be two capital letters` }), IsISO31661Alpha2());
  }
  if (spec.name === 'languages') out.push(ArrayMaxSize(20), IsISO6391({ each: true }));
  if (spec.name === 'sources') out.push(ArrayMaxSize(50), Length(1, 50, { each: true }));
  return out;
}

const MEANING: Record<string, string> = {
  id: 'The key, unique among nodes of this label (letters, digits, _ . -)',
  name: 'Name',
  title: 'Title',
  email: 'E-mail address (personal data)',
  phone: 'Phone number (personal data): digits, spaces, ()./- and an optional leading +',
  languages: 'Languages spoken, as ISO 639-1 codes',
  countryCode: 'ISO 3166-1 alpha-2 code of its country, e.g. "NG"',
  code: 'ISO 3166-1 alpha-2 code, e.g. "NG"',
  lat: 'Latitude in degrees',
  lon: 'Longitude in degrees',
  startDate: 'First day',
  endDate: 'Last day, not before startDate',
  phase: 'Programme phase',
  sources: 'Source references',
  synthetic: 'Whether the node is invented (fictional or generated)',
};

function describe(label: Label, spec: PropertySpec): string {
  const bounds = spec.min !== undefined || spec.max !== undefined ? ` (${spec.min ?? ''} to ${spec.max ?? ''})` : '';
  const text = spec.type === 'string' && !spec.values ? `, 1 to ${maxLength(spec.name)} characters` : '';
  return `${MEANING[spec.name] ?? `${spec.name} of the ${label}`}${bounds}${spec.name === 'id' || spec.values ? '' : text}.`;
}

function defineInput(name: string, description: string, fields: { spec: PropertySpec; nullable: boolean; extra?: Decorate[] }[], label: Label): ClassType {
  const cls = { [name]: class {} }[name];
  for (const { spec, nullable, extra = [] } of fields) {
    Field(graphqlType(spec), { nullable, description: describe(label, spec) })(cls.prototype, spec.name);
    if (nullable) IsOptional()(cls.prototype, spec.name);
    for (const decorate of [...validators(spec), ...extra]) decorate(cls.prototype, spec.name);
  }
  InputType(name, { description })(cls);
  return cls;
}

const ID_SPEC: PropertySpec = { name: 'id', type: 'string', required: true };

function idValidators(label: Label): Decorate[] {
  const format = LABEL_SPECS[label].idFormat;
  return [format ? IsIn([...format]) : Matches(ID_PATTERN, { message: 'id must be 1–100 letters, digits, _ . or -, starting with a letter or digit' })];
}

export interface LabelInputs {
  create: ClassType;
  patch: ClassType;
}

function inputsOf(label: Label): LabelInputs {
  const properties = LABEL_SPECS[label].properties;
  const create = defineInput(
    `${label}Input`,
    `A new ${label}: its key (\`id\`, unique among ${label} nodes) and properties.`,
    [{ spec: ID_SPEC, nullable: false, extra: idValidators(label) }, ...properties.map((spec) => ({ spec, nullable: !spec.required }))],
    label,
  );
  const patch = defineInput(
    `${label}Patch`,
    `Changes to a ${label}: only the fields given change; null clears an optional property.`,
    properties.map((spec) => ({ spec, nullable: true })),
    label,
  );
  return { create, patch };
}

export const LABEL_INPUTS = Object.fromEntries(LABELS.map((l) => [l, inputsOf(l)])) as Record<Label, LabelInputs>;
