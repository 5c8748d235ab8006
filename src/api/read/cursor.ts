import { ApiError } from '../errors';

/**
 * Opaque cursors: base64url of `[order, value, id]`, the sort key of the last row seen. Keyset
 * paging stays exact while nodes are added, and a cursor from another ordering is refused.
 */
export interface Cursor {
  readonly order: string;
  readonly value: string | number | null;
  readonly id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string, order: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    typeof parsed[0] === 'string' &&
    typeof parsed[2] === 'string' &&
    (parsed[1] === null || ['string', 'number'].includes(typeof parsed[1]));
  if (!ok) {
    throw new ApiError('BAD_USER_INPUT', `after: "${raw}" is not a cursor; pass the endCursor or an edge's cursor of an earlier page.`, { argument: 'after' });
  }
  const [cursorOrder, value, id] = parsed as [string, string | number | null, string];
  if (cursorOrder !== order) {
    throw new ApiError('BAD_USER_INPUT', `after: this cursor belongs to a listing ordered by ${cursorOrder}, not by ${order}; start again without it.`, { argument: 'after' });
  }
  return { order, value, id };
}
