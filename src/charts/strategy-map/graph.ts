import type { LayeredGraph } from '../crossings.js';
import type { StrategyMapInput } from './types.js';

/** How a model becomes lanes of items: what `layoutStrategyMap` and the benchmark share. */
export interface StrategyMapGraph extends LayeredGraph {
  /** Objectives first (items 0 … objectives − 1, in model order), then the dummies of long links. */
  objectives: { id: string; title: string; perspective: string; lane: number }[];
  /** Per model link: the items it passes, from its source to its target; null for an arc or a link that names no objective. */
  chains: (number[] | null)[];
  /** Lane of each item. */
  laneOf: Int32Array;
}

/** The map's lanes and items in the model's order, long links broken into dummies lane by lane. */
export function strategyMapGraph(scorecard: StrategyMapInput['scorecard']): StrategyMapGraph {
  const objectives: StrategyMapGraph['objectives'] = [];
  const itemOf = new Map<string, number>();
  const laneItems: number[][] = scorecard.perspectives.map((perspective, lane) =>
    perspective.objectives.map((objective) => {
      itemOf.set(objective.id, objectives.length);
      objectives.push({ id: objective.id, title: objective.title, perspective: perspective.id, lane });
      return objectives.length - 1;
    }),
  );
  const laneOf: number[] = objectives.map((o) => o.lane);
  // A node's place in its lane as a fraction of the lane: where a dummy between two of them starts.
  const share = (item: number) => (laneItems[laneOf[item]!]!.indexOf(item) + 0.5) / laneItems[laneOf[item]!]!.length;
  const keyed: { item: number; key: number; dummy: boolean }[][] = laneItems.map((items) =>
    items.map((item, i) => ({ item, key: (i + 0.5) / items.length, dummy: false })),
  );
  const segments: [number, number][][] = laneItems.slice(1).map(() => []);
  const chains = scorecard.links.map((link) => {
    const from = itemOf.get(link.from);
    const to = itemOf.get(link.to);
    if (from === undefined || to === undefined || laneOf[from] === laneOf[to]) return null;
    const a = laneOf[from]!;
    const b = laneOf[to]!;
    const step = a < b ? 1 : -1;
    const chain = [from];
    for (let lane = a + step; lane !== b; lane += step) {
      const dummy = laneOf.length;
      laneOf.push(lane);
      chain.push(dummy);
      keyed[lane]!.push({ item: dummy, key: share(from) + ((share(to) - share(from)) * (lane - a)) / (b - a), dummy: true });
    }
    chain.push(to);
    for (let i = 1; i < chain.length; i++) {
      const [p, q] = [chain[i - 1]!, chain[i]!];
      segments[Math.min(laneOf[p]!, laneOf[q]!)]!.push(laneOf[p]! < laneOf[q]! ? [p, q] : [q, p]);
    }
    return chain;
  });
  // The model's order: objectives as listed, each dummy where a straight line between its ends passes.
  const lanes = keyed.map((items) => items.sort((p, q) => p.key - q.key || Number(p.dummy) - Number(q.dummy) || p.item - q.item).map(({ item }) => item));
  return { itemCount: laneOf.length, lanes, segments, objectives, chains, laneOf: Int32Array.from(laneOf) };
}
