import type { StrategyMapInput } from './types.js';
import { SIZE } from './size.js';

/** How far above its lane's band an arc of a level peaks: each level clears the one below by a stroke and a gap. */
export function arcRise(level: number): number {
  return SIZE.arc / 2 + SIZE.arcStep * (level - 1);
}

/**
 * The links inside a lane are arcs above its objectives; an arc's level is one more than the
 * highest of the arcs it spans (two arcs between the same objectives, one above the other), so no
 * arc runs along another. Arcs that only overlap share a level and cross once. Answers each arc's
 * level by link index, and each lane's highest.
 */
export function arcLevels(
  scorecard: StrategyMapInput['scorecard'],
  objectives: readonly { id: string; lane: number }[],
  orderOf: Int32Array,
): { levelOf: Map<number, number>; deepest: Map<number, number> } {
  const itemOf = new Map(objectives.map((objective, item) => [objective.id, item]));
  const spans: { index: number; lane: number; lo: number; hi: number }[] = [];
  scorecard.links.forEach((link, index) => {
    const [from, to] = [itemOf.get(link.from), itemOf.get(link.to)];
    if (from === undefined || to === undefined || from === to || objectives[from]!.lane !== objectives[to]!.lane) return;
    const [a, b] = [orderOf[from]!, orderOf[to]!];
    spans.push({ index, lane: objectives[from]!.lane, lo: Math.min(a, b), hi: Math.max(a, b) });
  });
  spans.sort((p, q) => p.hi - p.lo - (q.hi - q.lo) || p.index - q.index);
  const levelOf = new Map<number, number>();
  const deepest = new Map<number, number>();
  spans.forEach((arc, i) => {
    let level = 1;
    for (let j = 0; j < i; j++) {
      const inner = spans[j]!;
      if (inner.lane === arc.lane && inner.lo >= arc.lo && inner.hi <= arc.hi) level = Math.max(level, levelOf.get(inner.index)! + 1);
    }
    levelOf.set(arc.index, level);
    deepest.set(arc.lane, Math.max(deepest.get(arc.lane) ?? 0, level));
  });
  return { levelOf, deepest };
}
