/**
 * The strategy map's geometry (Kaplan & Norton): one horizontal lane per perspective in model order
 * (first on top), the objectives as boxes sized to their wrapped titles, ordered within their lane
 * for few crossings, cause → effect links as curved arrows (arcs inside a lane), and strategic
 * themes as outlines around their objectives.
 *
 * Pure: text is measured by the caller's `measureText` (a canvas in the browser, `t => t.length * 7`
 * in a test). Statuses are not read: the same model and width give the same map in every period.
 */
import { RoundedPath } from './path.js';
import type { Status } from '../engine/types.js';
import type { Scorecard } from '../model/schema.js';
import { countCrossings, orderByBarycenter, type LayeredGraph } from './crossings.js';
import { round } from './scale.js';

export interface StrategyMapInput {
  scorecard: Pick<Scorecard, 'perspectives' | 'links' | 'themes'>;
  /** Copied onto the nodes for a caller that wants them there; the layout never reads them. */
  statusOf?: (objectiveId: string) => { status: Status; score: number | null } | undefined;
}

export interface StrategyMapOptions {
  /** The width to fit, in px; a lane too full for it makes the map wider (scale it down to show it). */
  width: number;
  /** The width of a text in the font the titles are drawn in. */
  measureText: (text: string) => number;
  /** `rtl` mirrors the map: the first objective of a lane at its right. */
  direction?: 'ltr' | 'rtl';
  /** `model`: each lane in the model's order, for comparison; `barycenter` (default): few crossings. */
  order?: 'barycenter' | 'model';
  /** Of a title's lines, in px (default 18). */
  lineHeight?: number;
  /** A title longer than this many lines ends in "…" (default 4). */
  maxLines?: number;
  minNodeWidth?: number;
  maxNodeWidth?: number;
}

export interface StrategyMapLane {
  id: string;
  title: string;
  index: number;
  y: number;
  height: number;
  /** Where the objectives sit: the band they are centred in. */
  bandY: number;
  bandHeight: number;
  /** Where the title starts (in the map's direction: its right end in rtl) and its middle. */
  titleX: number;
  titleY: number;
}

export interface StrategyMapNode {
  id: string;
  title: string;
  perspective: string;
  lane: number;
  /** Place in its lane, counted from the lane's start (left, or right in rtl). */
  order: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * The title, wrapped: each line starts at `textX` (in the map's direction, so its right end in
   * rtl, where an SVG with `direction: rtl` starts text) and is centred on `textY`, `textY +
   * lineHeight` …
   */
  lines: string[];
  textX: number;
  textY: number;
  /** The status row (icon, then score): its start corner (top left, or top right in rtl). */
  statusX: number;
  statusY: number;
  /** Ids of the themes holding this objective. */
  themes: string[];
  status?: Status;
  score?: number | null;
}

export interface StrategyMapEdge {
  from: string;
  to: string;
  /** Position in the model's `links`. */
  index: number;
  /** `up`/`down`: to a lane above/below; `arc`: inside one lane. */
  kind: 'up' | 'down' | 'arc';
  /** SVG path data, ending at the arrowhead's base. */
  path: string;
  /** The arrowhead: tip, then the two corners of its base. */
  arrow: [number, number][];
  label?: string;
}

export interface StrategyMapTheme {
  id: string;
  title: string;
  color?: string;
  /** Position in the model's `themes`. */
  index: number;
  objectives: string[];
  /** Rounded outlines around each of its objectives, one subpath each. */
  path: string;
}

export interface StrategyMapLayout {
  width: number;
  height: number;
  lineHeight: number;
  direction: 'ltr' | 'rtl';
  lanes: StrategyMapLane[];
  /** In model order. */
  nodes: StrategyMapNode[];
  edges: StrategyMapEdge[];
  themes: StrategyMapTheme[];
  /** Crossings of the links between lanes in the order drawn, and in the model's own order. */
  crossings: number;
  modelCrossings: number;
}

/** Spacing in px; text sizes come from `lineHeight` and `measureText`. */
const SIZE = {
  padX: 10,
  padY: 8,
  statusGap: 4,
  status: 16,
  nodeGap: 24,
  dummyGap: 12,
  margin: 12,
  header: 28,
  arc: 26,
  arcStep: 9,
  lanePadding: 14,
  radius: 6,
  arrowLength: 8,
  arrowHalf: 4,
  port: 10,
  themeOffset: 4,
  themeStep: 3,
  minNodeWidth: 96,
  maxNodeWidth: 200,
} as const;

const ELLIPSIS = '…';

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
  const lanes = keyed.map((items) =>
    items.sort((p, q) => p.key - q.key || Number(p.dummy) - Number(q.dummy) || p.item - q.item).map(({ item }) => item),
  );
  return { itemCount: laneOf.length, lanes, segments, objectives, chains, laneOf: Int32Array.from(laneOf) };
}

export function layoutStrategyMap(input: StrategyMapInput, options: StrategyMapOptions): StrategyMapLayout {
  const { scorecard } = input;
  const lineHeight = options.lineHeight ?? 18;
  const rtl = options.direction === 'rtl';
  const measure = cachedMeasure(options.measureText);
  const graph = strategyMapGraph(scorecard);
  const { objectives } = graph;

  const modelCrossings = countCrossings(graph);
  const ordered = options.order === 'model' ? { lanes: graph.lanes, crossings: modelCrossings } : orderByBarycenter(graph);
  const lanes = ordered.lanes;

  // Boxes: as wide as their lane leaves each of them, never narrower than their longest word, fitted to their title.
  const laneMax = nodeMaxWidths(lanes, objectives.length, options);
  const min = options.minNodeWidth ?? SIZE.minNodeWidth;
  const max = Math.max(min, options.maxNodeWidth ?? SIZE.maxNodeWidth);
  const boxes = objectives.map((objective) => {
    const longestWord = Math.max(0, ...objective.title.split(/\s+/).map(measure));
    const widest = Math.min(max, Math.max(laneMax[objective.lane]!, Math.ceil(longestWord + 2 * SIZE.padX)));
    const lines = wrap(objective.title, widest - 2 * SIZE.padX, measure, options.maxLines ?? 4);
    const width = Math.min(widest, Math.max(min, Math.ceil(Math.max(0, ...lines.map(measure)) + 2 * SIZE.padX)));
    return { lines, width, height: 2 * SIZE.padY + lines.length * lineHeight + SIZE.statusGap + SIZE.status };
  });
  const widthOf = (item: number) => (item < objectives.length ? boxes[item]!.width : 0);

  const orderOf = new Int32Array(graph.itemCount);
  for (const lane of lanes) lane.filter((item) => item < objectives.length).forEach((item, i) => (orderOf[item] = i));
  const arcs = arcLevels(scorecard, objectives, orderOf);

  // Lanes from the top: title, room for arcs if the lane has any, the objectives' band, padding.
  let top = 0;
  const laneBoxes = scorecard.perspectives.map((perspective, index) => {
    const inLane = lanes[index]!.filter((item) => item < objectives.length);
    const bandHeight = inLane.length ? Math.max(...inLane.map((item) => boxes[item]!.height)) : 2 * lineHeight;
    const levels = arcs.deepest.get(index);
    const bandY = top + SIZE.header + (levels === undefined ? 0 : arcRise(levels) + SIZE.arc / 2);
    const height = bandY - top + bandHeight + SIZE.lanePadding;
    const lane = { id: perspective.id, title: perspective.title, index, y: top, height, bandY, bandHeight };
    top += height;
    return lane;
  });

  // Across: the map's width fits the fullest lane; then each lane is pulled towards its neighbours.
  const gapBetween = (a: number, b: number) => (a < objectives.length && b < objectives.length ? SIZE.nodeGap : SIZE.dummyGap);
  const span = (lane: number[]) => lane.reduce((sum, item, i) => sum + widthOf(item) + (i ? gapBetween(lane[i - 1]!, item) : 0), 0);
  const width = Math.max(options.width, 2 * SIZE.margin + Math.max(0, ...lanes.map(span)));
  const x = placeAcross(graph, lanes, width, widthOf, gapBetween);

  const mirror = (value: number) => (rtl ? width - value : value);
  const nodes: StrategyMapNode[] = objectives.map((objective, item) => {
    const box = boxes[item]!;
    const lane = laneBoxes[objective.lane]!;
    // Rounded, then mirrored: a right-to-left map is the exact mirror of its left-to-right one.
    const ltrLeft = Math.round(x[item]! - box.width / 2);
    const left = rtl ? width - ltrLeft - box.width : ltrLeft;
    const y = lane.bandY + Math.round((lane.bandHeight - box.height) / 2);
    const textX = rtl ? left + box.width - SIZE.padX : left + SIZE.padX;
    const status = input.statusOf?.(objective.id);
    return {
      id: objective.id,
      title: objective.title,
      perspective: objective.perspective,
      lane: objective.lane,
      order: orderOf[item]!,
      x: left,
      y,
      width: box.width,
      height: box.height,
      lines: box.lines,
      textX,
      textY: y + SIZE.padY + lineHeight / 2,
      statusX: textX,
      statusY: y + SIZE.padY + box.lines.length * lineHeight + SIZE.statusGap,
      themes: (scorecard.themes ?? []).filter((theme) => theme.objectives.includes(objective.id)).map((theme) => theme.id),
      ...(status ? { status: status.status, score: status.score } : {}),
    };
  });

  return {
    width,
    height: top,
    lineHeight,
    direction: rtl ? 'rtl' : 'ltr',
    lanes: laneBoxes.map((lane) => ({
      ...lane,
      titleX: rtl ? width - SIZE.margin : SIZE.margin,
      titleY: lane.y + SIZE.header / 2 + 2,
    })),
    nodes,
    edges: edgesOf(scorecard, graph, nodes, laneBoxes, arcs.levelOf, (item) => round(mirror(x[item]!))),
    themes: themesOf(scorecard, nodes),
    crossings: ordered.crossings,
    modelCrossings,
  };
}

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

function cachedMeasure(measureText: (text: string) => number): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) widths.set(text, (width = measureText(text)));
    return width;
  };
}

/** The widest a box of each lane may be: what the lane's width leaves each of its objectives, within bounds. */
function nodeMaxWidths(lanes: number[][], objectiveCount: number, options: StrategyMapOptions): number[] {
  const min = options.minNodeWidth ?? SIZE.minNodeWidth;
  const max = Math.max(min, options.maxNodeWidth ?? SIZE.maxNodeWidth);
  return lanes.map((lane) => {
    const real = lane.filter((item) => item < objectiveCount).length;
    if (!real) return max;
    const dummies = lane.length - real;
    const room = options.width - 2 * SIZE.margin - (real - 1) * SIZE.nodeGap - dummies * 2 * SIZE.dummyGap;
    return Math.min(max, Math.max(min, Math.floor(room / real)));
  });
}

/**
 * Breaks a title into lines no wider than `width`: at spaces, and inside a word too long for a line
 * (German compounds, or Japanese, which has no spaces). Past `maxLines` the last line ends in "…".
 */
export function wrap(title: string, width: number, measure: (text: string) => number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of title.trim().split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    for (const char of Array.from(word)) {
      if (current && measure(current + char) > width) {
        lines.push(current);
        current = '';
      }
      current += char;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = Array.from(kept[maxLines - 1]!);
  while (last.length && measure(`${last.join('').trimEnd()}${ELLIPSIS}`) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.join('').trimEnd()}${ELLIPSIS}`;
  return kept;
}

/**
 * Each item's centre across the map. Lanes start packed in the middle; then, sweeping down and up a
 * few times, each lane moves as near as its order and gaps allow to the mean centre of each item's
 * neighbours in the lane it looks at — a least-squares fit under order constraints, solved exactly
 * by pooling adjacent violators — staying inside the margins.
 */
function placeAcross(
  graph: StrategyMapGraph,
  lanes: number[][],
  width: number,
  widthOf: (item: number) => number,
  gapBetween: (a: number, b: number) => number,
): Float64Array {
  const x = new Float64Array(graph.itemCount);
  const offsets = lanes.map((lane) => {
    const offset = [0];
    for (let i = 1; i < lane.length; i++) offset.push(offset[i - 1]! + (widthOf(lane[i - 1]!) + widthOf(lane[i]!)) / 2 + gapBetween(lane[i - 1]!, lane[i]!));
    return offset;
  });
  lanes.forEach((lane, k) => {
    const offset = offsets[k]!;
    if (!lane.length) return;
    const start = (width - (offset[lane.length - 1]! + (widthOf(lane[0]!) + widthOf(lane[lane.length - 1]!)) / 2)) / 2 + widthOf(lane[0]!) / 2;
    lane.forEach((item, i) => (x[item] = start + offset[i]!));
  });
  const above: number[][] = Array.from({ length: graph.itemCount }, () => []);
  const below: number[][] = Array.from({ length: graph.itemCount }, () => []);
  for (const segments of graph.segments) {
    for (const [upper, lower] of segments) {
      below[upper]!.push(lower);
      above[lower]!.push(upper);
    }
  }
  const fit = (k: number, adjacent: number[][]) => {
    const lane = lanes[k]!;
    if (!lane.length) return;
    const offset = offsets[k]!;
    const wanted = lane.map((item, i) => {
      const others = adjacent[item]!;
      const target = others.length ? others.reduce((sum, other) => sum + x[other]!, 0) / others.length : x[item]!;
      return target - offset[i]!;
    });
    const low = SIZE.margin + widthOf(lane[0]!) / 2;
    const high = width - SIZE.margin - widthOf(lane[lane.length - 1]!) / 2 - offset[lane.length - 1]!;
    const fitted = isotonic(wanted);
    lane.forEach((item, i) => (x[item] = Math.min(Math.max(fitted[i]!, low), Math.max(low, high)) + offset[i]!));
  };
  for (let pass = 0; pass < 4; pass++) {
    for (let k = 1; k < lanes.length; k++) fit(k, above);
    for (let k = lanes.length - 2; k >= 0; k--) fit(k, below);
  }
  return x;
}

/** The non-decreasing sequence nearest to `values` in least squares (pool adjacent violators). */
function isotonic(values: number[]): number[] {
  const means: number[] = [];
  const sizes: number[] = [];
  for (const value of values) {
    let mean = value;
    let size = 1;
    while (means.length && means[means.length - 1]! > mean) {
      const m = means.pop()!;
      const s = sizes.pop()!;
      mean = (m * s + mean * size) / (s + size);
      size += s;
    }
    means.push(mean);
    sizes.push(size);
  }
  return means.flatMap((mean, i) => Array<number>(sizes[i]!).fill(mean));
}

type LaneBox = { y: number; bandY: number; bandHeight: number };

/** How far above its lane's band an arc of a level peaks: each level clears the one below by a stroke and a gap. */
function arcRise(level: number): number {
  return SIZE.arc / 2 + SIZE.arcStep * (level - 1);
}

/**
 * The links inside a lane are arcs above its objectives; an arc's level is one more than the
 * highest of the arcs it spans (two arcs between the same objectives, one above the other), so no
 * arc runs along another. Arcs that only overlap share a level and cross once. Answers each arc's
 * level by link index, and each lane's highest.
 */
function arcLevels(
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

/**
 * d3-shape's `curveBumpY` through the points: between each two, a cubic whose tangents are vertical
 * at both ends. Written as d3-path writes it: d3-shape ships as one module that bundles keep whole (16 KB).
 */
function bumpY(points: [number, number][]): string {
  const p = new RoundedPath(2);
  points.forEach(([x, y], i) => {
    if (i === 0) return p.moveTo(x, y);
    const [x0, y0] = points[i - 1]!;
    const middle = (y0 + y) / 2;
    p.bezierCurveTo(x0, middle, x, middle, x, y);
  });
  return p.toString();
}

/**
 * Arrows: each leaves its source's top (towards a lane above) or bottom, passes every lane between
 * through its dummy's place, and enters its target from the side it comes from. The ends on one side
 * of a box spread out in the order of where they go, so that they do not cross at the box.
 */
function edgesOf(
  scorecard: StrategyMapInput['scorecard'],
  graph: StrategyMapGraph,
  nodes: StrategyMapNode[],
  lanes: LaneBox[],
  arcLevelOf: Map<number, number>,
  xOf: (item: number) => number,
): StrategyMapEdge[] {
  const itemOf = new Map(nodes.map((node, item) => [node.id, item]));
  const centre = (item: number) => nodes[item]!.x + nodes[item]!.width / 2;
  type End = { edge: number; item: number; toward: number; top: boolean; x?: number };
  const ends: End[] = [];
  const drawn: { index: number; from: number; to: number; chain: number[] | null }[] = [];
  scorecard.links.forEach((link, index) => {
    const from = itemOf.get(link.from);
    const to = itemOf.get(link.to);
    if (from === undefined || to === undefined || from === to) return;
    const chain = graph.chains[index] ?? null;
    drawn.push({ index, from, to, chain });
    if (chain) {
      const up = graph.laneOf[to]! < graph.laneOf[from]!;
      ends.push({ edge: index, item: from, toward: xOf(chain[1]!), top: up }, { edge: index, item: to, toward: xOf(chain[chain.length - 2]!), top: !up });
    } else ends.push({ edge: index, item: from, toward: centre(to), top: true }, { edge: index, item: to, toward: centre(from), top: true });
  });
  // Spread the ends on each side of each box, ordered by where their links go.
  const sides = new Map<string, End[]>();
  for (const end of ends) {
    const key = `${end.item}${end.top ? 't' : 'b'}`;
    sides.set(key, [...(sides.get(key) ?? []), end]);
  }
  for (const side of sides.values()) {
    side.sort((a, b) => a.toward - b.toward || a.edge - b.edge);
    const node = nodes[side[0]!.item]!;
    const spacing = side.length > 1 ? Math.min(SIZE.port, (node.width - 2 * SIZE.radius) / (side.length - 1)) : 0;
    side.forEach((end, j) => (end.x = round(node.x + node.width / 2 + (j - (side.length - 1) / 2) * spacing)));
  }
  const portOf = new Map(ends.map((end) => [`${end.edge}:${end.item}`, end.x!]));

  return drawn.map(({ index, from, to, chain }) => {
    const link = scorecard.links[index]!;
    const source = nodes[from]!;
    const target = nodes[to]!;
    const start = portOf.get(`${index}:${from}`)!;
    const finish = portOf.get(`${index}:${to}`)!;
    let path: string;
    let kind: StrategyMapEdge['kind'];
    let tip: [number, number];
    let direction: 1 | -1; // +1: the arrow points down
    if (!chain) {
      kind = 'arc';
      direction = 1;
      tip = [finish, target.y];
      const lane = lanes[source.lane]!;
      const peak = lane.bandY - arcRise(arcLevelOf.get(index) ?? 1) + 2;
      const control = (y: number) => round(y + (peak - y) / 0.75);
      const p = new RoundedPath(2);
      p.moveTo(start, source.y);
      p.bezierCurveTo(start, control(source.y), finish, control(target.y), finish, target.y - SIZE.arrowLength);
      path = p.toString();
    } else {
      const up = target.lane < source.lane;
      kind = up ? 'up' : 'down';
      direction = up ? -1 : 1;
      const points: [number, number][] = [[start, up ? source.y : source.y + source.height]];
      for (const dummy of chain.slice(1, -1)) {
        const lane = lanes[graph.laneOf[dummy]!]!;
        const [near, far] = up ? [lane.bandY + lane.bandHeight, lane.bandY] : [lane.bandY, lane.bandY + lane.bandHeight];
        points.push([xOf(dummy), near], [xOf(dummy), far]);
      }
      tip = [finish, up ? target.y + target.height : target.y];
      points.push([finish, tip[1] - direction * SIZE.arrowLength]);
      path = bumpY(points);
    }
    const base = tip[1] - direction * SIZE.arrowLength;
    const edge: StrategyMapEdge = {
      from: link.from,
      to: link.to,
      index,
      kind,
      path,
      arrow: [tip, [round(tip[0] - SIZE.arrowHalf), base], [round(tip[0] + SIZE.arrowHalf), base]],
    };
    if (link.label) edge.label = link.label;
    return edge;
  });
}

/** Each theme's outline: a rounded box around each of its objectives, nested outward when an objective has several themes. */
function themesOf(scorecard: StrategyMapInput['scorecard'], nodes: StrategyMapNode[]): StrategyMapTheme[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return (scorecard.themes ?? []).map((theme, index) => {
    const p = new RoundedPath(2);
    const objectives = theme.objectives.filter((id) => byId.has(id));
    for (const id of objectives) {
      const node = byId.get(id)!;
      const inset = SIZE.themeOffset + SIZE.themeStep * node.themes.indexOf(theme.id);
      roundedRect(p, node.x - inset, node.y - inset, node.width + 2 * inset, node.height + 2 * inset, SIZE.radius + inset);
    }
    const outline: StrategyMapTheme = { id: theme.id, title: theme.title, index, objectives, path: p.toString() };
    if (theme.color) outline.color = theme.color;
    return outline;
  });
}

function roundedRect(p: RoundedPath, x: number, y: number, width: number, height: number, r: number): void {
  p.moveTo(x + r, y);
  p.arcTo(x + width, y, x + width, y + height, r);
  p.arcTo(x + width, y + height, x, y + height, r);
  p.arcTo(x, y + height, x, y, r);
  p.arcTo(x, y, x + width, y, r);
  p.closePath();
}
