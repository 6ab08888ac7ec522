/**
 * Placement of the end labels (the last figure, the target) where they cover as little as possible.
 * Positions are scored, not forbidden: on a crowded narrow chart some overlap may be unavoidable, and
 * the least harmful one (a dashed line under a haloed label) is then chosen.
 */

/** What a label or an obstacle covers, in viewBox units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Point = { x: number; y: number };
/** A label at one of its candidate positions; `box` is what it covers. */
export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  fill: string;
  box: Box;
  /** Cost of the position itself: a label away from its line reads less clearly than one over a dashed line. */
  penalty?: number;
}

/**
 * Chooses a position for each end label (candidates in order of preference) so labels do not overlap
 * each other, other text, the points or the lines. Two labels at most: trying every combination is cheap.
 */
export function placeLabels(candidates: Label[][], obstacles: (Box & { cost?: number })[], lines: { points: Point[]; cost: number }[]): Label[] {
  let best: { cost: number; pick: Label[] } = { cost: Infinity, pick: [] };
  const combos = candidates.reduce<Label[][]>((acc, options) => acc.flatMap((pick) => options.map((o) => [...pick, o])), [[]]);
  combos.forEach((pick, order) => {
    let cost = order * 0.01;
    pick.forEach((a, i) => {
      cost += a.penalty ?? 0;
      for (const b of pick.slice(i + 1)) if (overlaps(a.box, b.box)) cost += 100;
      for (const o of obstacles) if (overlaps(a.box, o)) cost += o.cost ?? 50;
      for (const line of lines) if (crosses(line.points, a.box)) cost += line.cost;
    });
    if (cost < best.cost) best = { cost, pick };
  });
  return best.pick;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether a polyline passes through a box (sampled finely enough for label-sized boxes). */
function crosses(line: Point[], box: Box): boolean {
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    for (let t = 0; t <= 1; t += 0.05) {
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
    }
  }
  return false;
}
