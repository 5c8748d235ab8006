import { cullLabels, placedBox, placeLabels, type LabelledNode } from '../../src/web/client/shared/labels';

/** A 20 px node at (x, y) with a label w × 14 px drawn 3 px below it. */
const at = (id: string, x: number, y: number, priority = 1, w = 60): LabelledNode => ({
  id,
  priority,
  node: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
  label: { x1: x - w / 2, y1: y + 13, x2: x + w / 2, y2: y + 27 },
});
const CANVAS = { x1: 0, y1: 0, x2: 400, y2: 300 };

describe('placeLabels', () => {
  it('keeps labels below their nodes when there is room', () => {
    expect(placeLabels([at('a', 100, 100), at('b', 300, 100)], CANVAS)).toEqual(new Map([['a', 'below'], ['b', 'below']]));
  });

  it('moves the less important of two clashing labels above its node, and hides none', () => {
    // b is right of a and a little lower: their labels below would overlap; above b there is room.
    expect(placeLabels([at('a', 100, 100, 5), at('b', 150, 105, 1)], CANVAS)).toEqual(new Map([['a', 'below'], ['b', 'above']]));
  });

  it('puts a label on the side that stays on the canvas: a node at the bottom edge is labelled above it', () => {
    expect(placeLabels([at('a', 100, 290)], CANVAS).get('a')).toBe('above');
    expect(placedBox(at('a', 100, 290), 'above')).toEqual({ x1: 70, x2: 130, y1: 263, y2: 277 });
  });

  it('prefers a place that covers no other node', () => {
    // Below a, the label would cover b's node; above, it covers nothing.
    expect(placeLabels([at('a', 100, 100, 5), at('b', 100, 125, 1, 10)], CANVAS).get('a')).toBe('above');
  });

  it('hides a label only when every place around its node is taken, the least important', () => {
    // Five nodes drawn on one spot: four places around it, so the least important label goes.
    const crowd = [5, 4, 3, 2, 1].map((p) => at(`n${p}`, 200, 150, p, 20));
    const placed = placeLabels(crowd, CANVAS);
    expect(placed).toEqual(new Map([['n5', 'below'], ['n4', 'above'], ['n3', 'right'], ['n2', 'left'], ['n1', null]]));
    const boxes = crowd.filter((c) => placed.get(c.id)).map((c) => ({ id: c.id, priority: c.priority, ...placedBox(c, placed.get(c.id)!) }));
    // What was placed overlaps nothing placed: cullLabels, the check on the boxes as drawn, hides none of it.
    expect(cullLabels(boxes, CANVAS)).toEqual([]);
    expect(cullLabels([...boxes, { id: 'n1', priority: 1, ...crowd[4].label }], CANVAS)).toEqual(['n1']);
  });
});
