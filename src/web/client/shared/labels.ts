/** A label's box on screen (CSS pixels) and how much it matters. */
export interface LabelBox {
  readonly id: string;
  readonly priority: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export type Rect = Pick<LabelBox, 'x1' | 'y1' | 'x2' | 'y2'>;

/** Where a label sits around its node: below (the default), above, right or left. */
export type Placement = 'below' | 'above' | 'right' | 'left';
export const PLACEMENTS: readonly Placement[] = ['below', 'above', 'right', 'left'];

/** A node's box and its label's box as drawn below it, on screen. */
export interface LabelledNode {
  readonly id: string;
  readonly priority: number;
  readonly node: Rect;
  readonly label: Rect;
}

const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Rect, canvas: Rect) => a.x1 >= canvas.x1 && a.y1 >= canvas.y1 && a.x2 <= canvas.x2 && a.y2 <= canvas.y2;
const byImportance = <T extends { id: string; priority: number }>(xs: readonly T[]) => [...xs].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));

/** The label's box if it were placed at `where`, keeping the gap the drawing leaves below the node. */
export function placedBox({ node, label }: Pick<LabelledNode, 'node' | 'label'>, where: Placement): Rect {
  const [w, h] = [label.x2 - label.x1, label.y2 - label.y1];
  const gap = Math.max(0, label.y1 - node.y2);
  const cy = (node.y1 + node.y2) / 2;
  if (where === 'below') return label;
  if (where === 'above') return { x1: label.x1, x2: label.x2, y1: node.y1 - gap - h, y2: node.y1 - gap };
  const x1 = where === 'right' ? node.x2 + gap : node.x1 - gap - w;
  return { x1, x2: x1 + w, y1: cy - h / 2, y2: cy + h / 2 };
}

/**
 * Where each label goes so that none overlaps another or leaves the canvas: the most important
 * first (then by id, so a view always places alike), each at the first place around its node
 * that is free, preferring one that covers no other node; null (hidden) when no place is free.
 * Pure, so that the rule is tested apart from the drawing.
 */
export function placeLabels(nodes: readonly LabelledNode[], canvas: Rect): Map<string, Placement | null> {
  const kept: Rect[] = [];
  const placed = new Map<string, Placement | null>();
  for (const n of byImportance(nodes)) {
    if (n.label.x2 - n.label.x1 <= 0 || n.label.y2 - n.label.y1 <= 0) continue;
    const free = PLACEMENTS.filter((p) => {
      const box = placedBox(n, p);
      return inside(box, canvas) && !kept.some((k) => overlap(k, box));
    });
    const clear = free.find((p) => !nodes.some((o) => o.id !== n.id && overlap(o.node, placedBox(n, p))));
    const where = clear ?? free[0] ?? null;
    placed.set(n.id, where);
    if (where) kept.push(placedBox(n, where));
  }
  return placed;
}

/**
 * The labels to hide so that none overlaps another or is cut off by the canvas, from the boxes
 * as drawn: what placeLabels could not foresee (a label drawn a pixel off) is hidden, never overlapped.
 */
export function cullLabels(boxes: readonly LabelBox[], canvas: Rect): string[] {
  const kept: Rect[] = [];
  const hidden: string[] = [];
  for (const box of byImportance(boxes)) {
    if (box.x2 - box.x1 <= 0 || box.y2 - box.y1 <= 0) continue;
    if (!inside(box, canvas) || kept.some((k) => overlap(k, box))) hidden.push(box.id);
    else kept.push(box);
  }
  return hidden;
}
