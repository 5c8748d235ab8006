import type { Label, RelationshipType } from './model';
import type { Path } from './paths';

/** One step of a path: a relationship type between two labels. */
export interface Hop {
  readonly type: RelationshipType;
  readonly from: Label;
  readonly to: Label;
}

export const hopName = (h: Hop) => `${h.type}:${h.from}>${h.to}`;

export function hopsOf(p: Path): Hop[] {
  let at = p.from;
  return p.hops.map((h) => {
    const hop = { type: h.type, from: at, to: h.to };
    at = h.to;
    return hop;
  });
}
