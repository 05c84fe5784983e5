import { RoundedPath } from '../path.js';
import { round } from '../scale.js';
import { arcRise } from './arcs.js';
import type { StrategyMapGraph } from './graph.js';
import { SIZE } from './size.js';
import type { StrategyMapEdge, StrategyMapInput, StrategyMapNode } from './types.js';

type LaneBox = { y: number; bandY: number; bandHeight: number };

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
export function edgesOf(
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
