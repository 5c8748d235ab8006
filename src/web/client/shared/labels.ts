/** A label's box on screen (CSS pixels) and how much it matters. */
export interface LabelBox {
  readonly id: string;
  readonly priority: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

type Rect = Pick<LabelBox, 'x1' | 'y1' | 'x2' | 'y2'>;

const overlap = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Rect, canvas: Rect) => a.x1 >= canvas.x1 && a.y1 >= canvas.y1 && a.x2 <= canvas.x2 && a.y2 <= canvas.y2;

/**
 * The labels to hide so that none overlaps another or is cut off by the canvas: the most
 * important first (then by id, so a view always culls alike), each kept when it fits beside those
 * kept already. Pure, so that the rule is tested apart from the drawing.
 */
export function cullLabels(boxes: readonly LabelBox[], canvas: Rect): string[] {
  const kept: Rect[] = [];
  const hidden: string[] = [];
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  for (const box of ordered) {
    if (box.x2 - box.x1 <= 0 || box.y2 - box.y1 <= 0) continue;
    if (!inside(box, canvas) || kept.some((k) => overlap(k, box))) hidden.push(box.id);
    else kept.push(box);
  }
  return hidden;
}
