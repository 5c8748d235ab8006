import { Field, ObjectType, UseMiddleware, type ClassType, type MiddlewareFn } from 'type-graphql';
import { LABEL_SPECS, LABELS, may, REQUIRED_ROLE, type Label, type PropertySpec, type Viewer } from '../../domain';
import { ApiError } from '../errors';
import { contactOf, type NodeObject } from '../read/node-object';
import { NodeBase, Node } from './node';
import { graphqlType, readDescription } from './property-type';

/**
 * The node types of the graph model, built from it (LABEL_SPECS): one field per property, with
 * the model's description and type; relationship fields are added by each label's resolver.
 * Provenance (synthetic, sources) and bookkeeping live in NodeBase.
 */

/** Personal data is FORBIDDEN on its field only; the rest of the answer stays. */
const personalData: MiddlewareFn<{ viewer: Viewer }> = async ({ context, root, info }) => {
  if (!may(context.viewer, 'readContact')) {
    throw new ApiError('FORBIDDEN', `Contact details are personal data: they need the ${REQUIRED_ROLE.readContact} role or above; you are ${context.viewer.role}.`);
  }
  return contactOf(root as NodeObject)[info.fieldName] ?? null;
};

const IN_NODE_BASE = new Set(['synthetic', 'sources']);

/** The properties a label's type shows, in the model's order, derived ones after the property they follow. */
function shownProperties(label: Label): PropertySpec[] {
  const spec = LABEL_SPECS[label];
  const out: PropertySpec[] = [];
  for (const p of spec.properties) {
    if (IN_NODE_BASE.has(p.name)) continue;
    out.push(p);
    out.push(...(spec.derived ?? []).filter((d) => d.after === p.name));
  }
  return out;
}

function labelType(label: Label): ClassType<NodeBase> {
  const cls = { [label]: class extends NodeBase {} }[label];
  for (const p of shownProperties(label)) {
    const nullable = !p.required && p.absent === undefined && !LABEL_SPECS[label].derived?.includes(p as never);
    Field(graphqlType(p), { nullable: nullable || p.personal, description: readDescription(p) })(cls.prototype, p.name);
    if (p.personal) UseMiddleware(personalData)(cls.prototype, p.name);
  }
  ObjectType(label, { implements: Node, description: LABEL_SPECS[label].description })(cls);
  return cls;
}

/** The object type of every label of the model. */
export const LABEL_TYPES = Object.fromEntries(LABELS.map((l) => [l, labelType(l)])) as Record<Label, ClassType<NodeBase>>;

export const Practitioner = LABEL_TYPES.Practitioner;
export const City = LABEL_TYPES.City;
export const Country = LABEL_TYPES.Country;
export const Institution = LABEL_TYPES.Institution;
export const Cluster = LABEL_TYPES.Cluster;
export const Topic = LABEL_TYPES.Topic;
export const Event = LABEL_TYPES.Event;
export const Outcome = LABEL_TYPES.Outcome;
/** A node as a field's TypeScript type: what resolvers hand over (read/node-object.ts). */
export type Practitioner = NodeObject;
export type City = NodeObject;
export type Country = NodeObject;
export type Institution = NodeObject;
export type Cluster = NodeObject;
export type Topic = NodeObject;
export type Event = NodeObject;
export type Outcome = NodeObject;
