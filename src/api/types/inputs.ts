import { Field, ID, InputType, type ClassType } from 'type-graphql';
import { article, LABEL_SPECS, LABELS, RELATIONSHIP_SPECS, type Label, type PropertySpec } from '../../domain';
import { RelationshipTypeEnum } from './enums';
import { graphqlType, writeDescription } from './property-type';

/**
 * Write inputs, two per label, built from the model (LABEL_SPECS) so they cannot drift from it:
 * `<Label>Input` for create (required properties non-null, plus the nodes it may be linked to as
 * it is created) and `<Label>Patch` for update (every property optional). Types and descriptions
 * come from the model; the values are checked by the rule book (domain/rules.ts) in the writer,
 * the same function importRecords and the CSV reader call.
 */

interface InputField {
  name: string;
  type: ReturnType<typeof graphqlType>;
  nullable: boolean;
  description: string;
}

function defineInput(name: string, description: string, fields: InputField[]): ClassType {
  const cls = { [name]: class {} }[name];
  for (const f of fields) Field(f.type, { nullable: f.nullable, description: f.description })(cls.prototype, f.name);
  InputType(name, { description })(cls);
  return cls;
}

export interface LabelInputs {
  create: ClassType;
  patch: ClassType;
}

const propertyField = (spec: PropertySpec, nullable: boolean): InputField => ({ name: spec.name, type: graphqlType(spec), nullable, description: writeDescription(spec) });

function inputsOf(label: Label): LabelInputs {
  const spec = LABEL_SPECS[label];
  const linked = spec.references?.length ? ' and the nodes it is linked to' : '';
  const create = defineInput(`${label}Input`, `A new ${label}: its key (\`id\`, unique among ${label} nodes), its properties${linked}.`, [
    { name: 'id', type: () => String, nullable: false, description: spec.idDescription },
    ...spec.properties.map((p) => propertyField(p, !p.required)),
    ...(spec.references ?? []).map((r) => ({ name: r.field, type: () => ID, nullable: true, description: r.description })),
  ]);
  const patch = defineInput(
    `${label}Patch`,
    `Changes to ${article(label)}: only the fields given change; null clears an optional property. Links change with link and unlink.`,
    spec.properties.map((p) => propertyField(p, true)),
  );
  return { create, patch };
}

export const LABEL_INPUTS = Object.fromEntries(LABELS.map((l) => [l, inputsOf(l)])) as Record<Label, LabelInputs>;

/**
 * The properties of every relationship type, once each: a property several types share (role)
 * is a plain value here, said per type in its description, and checked against the type's spec.
 */
function relationshipPropertyFields(): InputField[] {
  const byName = new Map<string, Map<string, { spec: PropertySpec; types: string[] }>>();
  for (const rel of RELATIONSHIP_SPECS) {
    for (const p of rel.properties) {
      const meaning = `${p.description}${p.values ? ` One of ${p.values.join(', ')}.` : ''}`;
      const meanings = byName.get(p.name) ?? new Map<string, { spec: PropertySpec; types: string[] }>();
      const entry = meanings.get(meaning) ?? { spec: p, types: [] };
      if (!entry.types.includes(rel.type)) entry.types.push(rel.type);
      byName.set(p.name, meanings.set(meaning, entry));
    }
  }
  const everyType = new Set(RELATIONSHIP_SPECS.map((r) => r.type)).size;
  return [...byName.entries()].map(([name, meanings]) => {
    const entries = [...meanings.entries()];
    const description = entries.map(([meaning, { types }]) => (types.length === everyType ? meaning : `${types.join(', ')}: ${meaning}`)).join(' ');
    // One enum fits when every type means the same values; otherwise the value is checked per type.
    const spec = entries[0][1].spec;
    return { name, type: graphqlType(entries.length === 1 ? spec : { ...spec, values: undefined }), nullable: true, description };
  });
}

export interface LinkInput {
  type: string;
  from: string;
  to: string;
  [property: string]: unknown;
}

export const LinkInput = defineInput('LinkInput', 'A relationship to add (or whose properties to change): its type, both ends and the properties its type has.', [
  { name: 'type', type: () => RelationshipTypeEnum, nullable: false, description: 'The relationship type, e.g. PARTICIPATED_IN.' },
  { name: 'from', type: () => ID, nullable: false, description: 'Global id of the start node, e.g. "Practitioner:lagos-01".' },
  { name: 'to', type: () => ID, nullable: false, description: 'Global id of the end node, e.g. "Event:e2019-bonn".' },
  ...relationshipPropertyFields(),
]);
