import type { StrategyMapLayout, StrategyMapNode } from './types.js';

/** A direction the arrow keys move in. */
export type MapDirection = 'left' | 'right' | 'up' | 'down';

/**
 * The objective the arrow key leads to from `id`, as the map shows them: left and right to the
 * neighbour in the lane; up and down to the nearest objective of the next lane that has any.
 */
export function neighbourOf(layout: StrategyMapLayout, id: string, direction: MapDirection): string | undefined {
  const node = layout.nodes.find((n) => n.id === id);
  if (!node) return undefined;
  const centre = (n: StrategyMapNode) => n.x + n.width / 2;
  if (direction === 'left' || direction === 'right') {
    const row = layout.nodes.filter((n) => n.lane === node.lane).sort((a, b) => a.x - b.x);
    return row[row.indexOf(node) + (direction === 'left' ? -1 : 1)]?.id;
  }
  const step = direction === 'up' ? -1 : 1;
  for (let lane = node.lane + step; lane >= 0 && lane < layout.lanes.length; lane += step) {
    const row = layout.nodes.filter((n) => n.lane === lane);
    if (!row.length) continue;
    let best = row[0]!;
    for (const n of row) {
      const d = Math.abs(centre(n) - centre(node)) - Math.abs(centre(best) - centre(node));
      if (d < 0 || (d === 0 && n.x < best.x)) best = n;
    }
    return best.id;
  }
  return undefined;
}

/** The objectives in the order a reader meets them: lane by lane from the top, each from its start. */
export function readingOrder(layout: StrategyMapLayout): StrategyMapNode[] {
  return [...layout.nodes].sort((a, b) => a.lane - b.lane || a.order - b.order);
}
