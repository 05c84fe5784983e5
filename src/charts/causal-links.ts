/**
 * Cause and effect between objectives, as the model's links state them: what drives an objective,
 * what it drives, and, following the links on (cycles included), everything upstream and downstream.
 */
import type { Link, Scorecard } from '../model/schema.js';

export interface CausalLinks {
  /** Each objective's direct causes: the links that end at it, in model order. */
  drivers: Map<string, Link[]>;
  /** Each objective's direct effects: the links that start at it, in model order. */
  effects: Map<string, Link[]>;
}

const indexes = new WeakMap<object, CausalLinks>();

/** The links of a model by objective, built once per model object. */
export function causalLinks(scorecard: Pick<Scorecard, 'links'>): CausalLinks {
  let index = indexes.get(scorecard);
  if (index) return index;
  index = { drivers: new Map(), effects: new Map() };
  for (const link of scorecard.links) {
    if (link.from === link.to) continue;
    append(index.effects, link.from, link);
    append(index.drivers, link.to, link);
  }
  indexes.set(scorecard, index);
  return index;
}

/** Everything upstream of `id` (its drivers, their drivers …) and everything downstream; `id` itself only where a cycle leads back to it. */
export function traceCausalPaths(links: CausalLinks, id: string): { upstream: Set<string>; downstream: Set<string> } {
  return {
    upstream: reach(id, (at) => links.drivers.get(at)?.map((link) => link.from)),
    downstream: reach(id, (at) => links.effects.get(at)?.map((link) => link.to)),
  };
}

/** Whether a link lies on a traced path: between two objectives upstream of the traced one (or into it), or downstream likewise. */
export function onCausalPath(link: Pick<Link, 'from' | 'to'>, id: string, paths: { upstream: Set<string>; downstream: Set<string> }): boolean {
  const { upstream, downstream } = paths;
  return (upstream.has(link.from) && (link.to === id || upstream.has(link.to))) || (downstream.has(link.to) && (link.from === id || downstream.has(link.from)));
}

function reach(start: string, next: (id: string) => string[] | undefined): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    for (const id of next(stack.pop()!) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(id);
    }
  }
  return seen;
}

function append(map: Map<string, Link[]>, key: string, link: Link): void {
  const list = map.get(key);
  if (list) list.push(link);
  else map.set(key, [link]);
}
