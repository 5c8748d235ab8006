import { checkLink, linkSpec, parseGlobalId, type LinkEnd, type RelationshipType, type Viewer } from '../../domain';
import { GraphConflictError } from '../../graph/errors';
import type { GraphStore } from '../../graph/store';
import { writes } from '../../graph/queries';
import { ApiError } from '../errors';
import type { GraphReader } from '../read/reader';
import type { NodeObject } from '../read/node-object';
import type { ChangeListener } from '../changes';
import { authorize } from './authorize';

export interface LinkArgs {
  type: string;
  from: string;
  to: string;
  [property: string]: unknown;
}

export interface LinkResultObject {
  type: string;
  from: NodeObject;
  to: NodeObject;
  created: boolean;
}

/** How often a link is tried again when a parallel transaction wrote the same relationship. */
const ATTEMPTS = 12;
/** The longest wait between two attempts, in milliseconds. */
const MAX_BACKOFF_MS = 250;

/**
 * Runs an idempotent write again when another transaction wrote the same relationship at the
 * same time (the engine refuses the later one): linking twice is the same as linking once.
 */
async function retryOnConflict<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof GraphConflictError) || attempt >= ATTEMPTS) throw error;
      // Exponential backoff with full jitter: 50 writers of one event's links spread out instead
      // of colliding again in lockstep (linear backoff exhausted 10 attempts under load).
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_BACKOFF_MS, 4 * 2 ** attempt)));
    }
  }
}

function endOf(id: string, argument: string): LinkEnd {
  const parsed = parseGlobalId(id);
  if (!parsed.ok) throw new ApiError('BAD_USER_INPUT', `${argument}: ${parsed.reason}.`, { argument });
  return { label: parsed.label, key: parsed.key };
}

/**
 * Adds and removes relationships for the API, each in one transaction: only those the model
 * allows, between nodes that exist, with the properties their type has. Linking twice keeps one
 * relationship (its properties updated), so parallel and repeated links are safe: the last one
 * sets the properties.
 */
export class LinkWriter {
  constructor(
    private readonly store: GraphStore,
    private readonly reader: GraphReader,
    private readonly viewer: Viewer,
    private readonly acceptsTokens: boolean,
    private readonly changed: ChangeListener,
  ) {}

  /** Both ends, which must exist: NOT_FOUND naming each that does not. */
  private async ends(from: LinkEnd, to: LinkEnd): Promise<[NodeObject, NodeObject]> {
    const [a, b] = await Promise.all([this.reader.node(from.label, from.key), this.reader.node(to.label, to.key)]);
    const missing = [!a && `${from.label}:${from.key}`, !b && `${to.label}:${to.key}`].filter(Boolean);
    if (missing.length) throw new ApiError('NOT_FOUND', `No node has the id ${missing.join(' nor ')}.`, { missing });
    return [a!, b!];
  }

  async link(args: LinkArgs): Promise<LinkResultObject> {
    authorize(this.viewer, this.acceptsTokens, 'link');
    const { type, from: fromId, to: toId, ...given } = args;
    const from = endOf(fromId, 'input.from');
    const to = endOf(toId, 'input.to');
    const check = checkLink(type as RelationshipType, from, to, given);
    if (!check.ok) throw new ApiError('BAD_USER_INPUT', `${check.reason}.`, { argument: 'input' });
    const [a, b] = await this.ends(from, to);
    const [row] = await retryOnConflict(() =>
      this.store.transaction((tx) => tx.run<{ created: boolean }>(writes.linkNodes(check.spec), { from: from.key, to: to.key, props: check.props })),
    );
    if (!row) throw new ApiError('NOT_FOUND', `${from.label}:${from.key} or ${to.label}:${to.key} was deleted meanwhile.`);
    await this.changed({ kind: 'LINKED', ids: [a.id, b.id] });
    return { type, from: a, to: b, created: row.created };
  }

  async unlink(args: LinkArgs): Promise<LinkResultObject> {
    authorize(this.viewer, this.acceptsTokens, 'unlink');
    const from = endOf(args.from, 'input.from');
    const to = endOf(args.to, 'input.to');
    const found = linkSpec(args.type as RelationshipType, from, to);
    if (!found.ok) throw new ApiError('BAD_USER_INPUT', `${found.reason}.`, { argument: 'input' });
    const [a, b] = await this.ends(from, to);
    const [{ removed }] = await retryOnConflict(() =>
      this.store.transaction((tx) => tx.run<{ removed: number }>(writes.unlinkNodes(found.spec), { from: from.key, to: to.key })),
    );
    if (removed === 0) throw new ApiError('NOT_FOUND', `There is no ${args.type} from ${from.label}:${from.key} to ${to.label}:${to.key}.`);
    await this.changed({ kind: 'UNLINKED', ids: [a.id, b.id] });
    return { type: args.type, from: a, to: b, created: false };
  }
}
