/**
 * The strategy map's layout (docs/architecture.md §5: ≤ 20 ms for 200 objectives and 400 links), and how well it
 * orders the objectives in their lanes: crossings in the model's own order, after the kit's
 * barycenter sweeps, and after d3-dag's decrossing, timed side by side in the same run.
 *
 * - `layoutStrategyMap` whole (lanes, ordering, sizes, positions, paths, themes) on a generated
 *   model of 200 objectives and 400 links (`generateStrategyMap`: links mostly to the lane above,
 *   some skipping lanes, some inside a lane, some back down), text measured as 7 px a character, and
 *   measured on a canvas as the element does (every title measured anew: its first layout).
 * - Ordering only, on the same layered graph (a layer per perspective, a dummy where a link passes
 *   a lane): the kit's `orderByBarycenter` (from the model: `strategyMapGraph` included) against
 *   d3-dag 1.2's own steps of its `sugiyama` layout — `sugifyLayer` (its layered graph, with dummy
 *   nodes, from a layer per perspective) and its `decrossTwoLayer` operator (the default: greedy
 *   swaps over mean aggregation, two DFS initialisations, 24 passes) — timed in turns. On the
 *   two sample scorecards d3-dag's `decrossOpt` (an integer program) gives the fewest crossings
 *   there are. d3-dag's layering cannot be told "a layer per perspective" but through a layering
 *   operator of one's own, as here; links inside a lane are left out of its graph (as of ours:
 *   they are arcs, not crossings).
 * - For reference, d3-dag's whole `sugiyama()` layout of the generated model (the same layering,
 *   two-layer decrossing, its default simplex coordinates): a few runs.
 *
 * Every crossing count is of the same graph by the same counter (`countCrossings`), so the orders
 * compare exactly.
 */
import { decrossOpt, decrossTwoLayer, graph as dagGraph, sugifyLayer, sugiyama, type SugiNode } from 'd3-dag';
import acmeJson from '../demo/data/acme-2026.json' with { type: 'json' };
import publicSectorJson from '../demo/data/public-sector.json' with { type: 'json' };
import { countCrossings, orderByBarycenter } from '../src/charts/crossings.js';
import { layoutStrategyMap, strategyMapGraph, type StrategyMapGraph } from '../src/charts/strategy-map.js';
import { parseScorecard } from '../src/model/parse.js';
import type { Scorecard } from '../src/model/schema.js';
import { generateStrategyMap } from '../test/support/generate.js';
import { bench, measureInterleaved } from './harness.js';

const OBJECTIVES = 200;
const LINKS = 400;
const WIDTH = 1600;
const measureText = (text: string) => text.length * 7;

bench(`strategy map — layout of ${OBJECTIVES} objectives / ${LINKS} links; crossings against the model’s order and d3-dag`, async (b) => {
  const generated = parsed(generateStrategyMap({ objectives: OBJECTIVES, links: LINKS, seed: 1 }), 'generated');
  const objectives = generated.perspectives.reduce((sum, p) => sum + p.objectives.length, 0);
  if (objectives !== OBJECTIVES || generated.links.length !== LINKS) throw new Error(`generated ${objectives} objectives and ${generated.links.length} links`);
  const samples: [string, Scorecard][] = [
    ['acme-2026 (13 objectives, 18 links)', parsed(acmeJson, 'acme-2026')],
    ['public-sector (8 objectives, 9 links)', parsed(publicSectorJson, 'public-sector')],
    [`generated (${OBJECTIVES} objectives, ${LINKS} links)`, generated],
  ];

  // The budget: the whole layout.
  await b.measure(
    `layoutStrategyMap, ${OBJECTIVES} objectives / ${LINKS} links, ${WIDTH} px (text: 7 px a character)`,
    () => layoutStrategyMap({ scorecard: generated }, { width: WIDTH, measureText }),
    {
      runs: 30,
      warmup: 5,
      budget: 20,
    },
  );
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = '14px system-ui, sans-serif';
  await b.measure(
    `layoutStrategyMap, the same, text measured on a canvas (14px system-ui)`,
    () => layoutStrategyMap({ scorecard: generated }, { width: WIDTH, measureText: (text) => context.measureText(text).width }),
    { runs: 30, warmup: 5, note: 'every title measured anew, as in the element’s first layout of a model (it memoises the layout per model, width and font)' },
  );

  // Ordering only: ours against d3-dag's two-layer decrossing, in turns.
  const verdicts: string[] = [];
  for (const [name, scorecard] of samples) {
    const graph = strategyMapGraph(scorecard);
    const large = graph.objectives.length > 50;
    const [ours, theirs] = await measureInterleaved(
      [
        { name: `${name}: barycenter sweeps + transpose (bsc-kit, orderByBarycenter)`, fn: () => orderByBarycenter(strategyMapGraph(scorecard)) },
        { name: `${name}: d3-dag sugifyLayer + decrossTwoLayer()`, fn: () => orderWithDag(strategyMapGraph(scorecard), decrossTwoLayer()) },
      ],
      { runs: large ? 15 : 40, warmup: large ? 2 : 5 },
    );
    b.row(ours!);
    b.row(theirs!);
    b.ratio(`${name}: time, barycenter ÷ d3-dag two-layer`, ours!, theirs!);
    const crossings = {
      model: countCrossings(graph),
      barycenter: orderByBarycenter(graph).crossings,
      twoLayer: countCrossings(graph, orderWithDag(graph, decrossTwoLayer())),
      optimal: large ? null : countCrossings(graph, orderWithDag(graph, decrossOpt())),
    };
    if (!large) {
      await b.measure(`${name}: d3-dag sugifyLayer + decrossOpt() (optimal)`, () => orderWithDag(strategyMapGraph(scorecard), decrossOpt()), {
        runs: 10,
        warmup: 2,
      });
    }
    const layout = layoutStrategyMap({ scorecard }, { width: WIDTH, measureText });
    if (layout.crossings !== crossings.barycenter || layout.modelCrossings !== crossings.model)
      throw new Error(`${name}: the layout's crossings differ from the ordering's`);
    b.note(
      `${name}: crossings — model order ${crossings.model}; barycenter ${crossings.barycenter}; d3-dag two-layer ${crossings.twoLayer}` +
        (crossings.optimal === null ? ' (d3-dag’s optimal decrossing refuses a graph this large)' : `; d3-dag optimal ${crossings.optimal}`) +
        `; the map draws ${layout.crossings}.`,
    );
    if (crossings.twoLayer > 0) b.ratio(`${name}: crossings, barycenter ÷ d3-dag two-layer`, crossings.barycenter, crossings.twoLayer);
    const fewer = crossings.barycenter < crossings.twoLayer ? 'fewer than' : crossings.barycenter === crossings.twoLayer ? 'as many as' : 'more than';
    const optimum = crossings.optimal === null ? '' : crossings.barycenter === crossings.optimal ? ', the optimum' : `, the optimum being ${crossings.optimal}`;
    verdicts.push(`${name.split(' (')[0]}: ${fewer} d3-dag${optimum}, in ${(ours!.median / theirs!.median).toFixed(2)}× its time`);
  }

  // For reference: d3-dag's whole layout of the generated model.
  await b.measure(
    `d3-dag sugiyama(), whole layout of the generated model (layer per perspective, two-layer decrossing, simplex coordinates)`,
    () => dagLayout(strategyMapGraph(generated)),
    {
      runs: 5,
      warmup: 1,
    },
  );
  b.note(
    `Barycenter sweeps (with adjacent swaps, from two starts) against d3-dag’s two-layer decrossing — ${verdicts.join('; ')}. ` +
      'The kit’s ordering is src/charts/crossings.ts (under 2 KB minified); d3-dag stays a development dependency of this bench.',
  );
});

function parsed(input: unknown, name: string): Scorecard {
  const result = parseScorecard(input);
  if (!result.ok) throw new Error(`${name}: ${result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`);
  return result.scorecard;
}

type DagNode = SugiNode<number, number>;

/**
 * d3-dag's order of the map's layered graph: its graph of the objectives with each link from the
 * upper lane to the lower (direction does not change crossings), one link per pair, a layer per
 * perspective; `sugifyLayer` adds its dummy nodes, `decross` orders the layers. Answers the lanes of
 * our graph in d3-dag's order (a dummy of ours by its link and layer).
 */
function orderWithDag(graph: StrategyMapGraph, decross: (layers: DagNode[][]) => void): number[][] {
  if (graph.lanes.some((lane) => !lane.some((item) => item < graph.objectives.length))) throw new Error('d3-dag needs an objective in every lane');
  const { dag, nodes } = dagOf(graph);
  for (const node of nodes) node.y = graph.laneOf[node.data]!;
  const [layers] = sugifyLayer(dag, () => 1, 1, graph.lanes.length, { name: 'a layer per perspective' });
  decross(layers as DagNode[][]);
  const dummyOf = new Map<string, number>();
  graph.chains.forEach((chain, index) => chain?.slice(1, -1).forEach((dummy) => dummyOf.set(`${index}@${graph.laneOf[dummy]}`, dummy)));
  const rank = new Float64Array(graph.itemCount);
  for (const layer of layers as DagNode[][]) {
    layer.forEach((node, i) => {
      const data = node.data;
      if (data.role === 'node') rank[data.node.data] = i;
      else {
        const dummy = dummyOf.get(`${data.link.data}@${data.layer}`);
        if (dummy !== undefined) rank[dummy] = i;
      }
    });
  }
  // A second link between the same pair (both ways) has no dummies in d3-dag's graph: keep ours beside the first's.
  graph.chains.forEach((chain, index) => {
    if (!chain) return;
    const [a, b] = [chain[0]!, chain[chain.length - 1]!];
    const first = graph.chains.findIndex(
      (other) => other !== null && ((other[0] === a && other[other.length - 1] === b) || (other[0] === b && other[other.length - 1] === a)),
    );
    if (first === index) return;
    chain.slice(1, -1).forEach((dummy) => {
      const twin = graph.chains[first]!.find((item) => graph.laneOf[item] === graph.laneOf[dummy] && item >= graph.objectives.length);
      if (twin !== undefined) rank[dummy] = rank[twin]! + 0.5;
    });
  });
  return graph.lanes.map((lane) => [...lane].sort((p, q) => rank[p]! - rank[q]!));
}

/** The map's objectives as a d3-dag graph: a link from the upper objective of each chain to the lower, once per pair. */
function dagOf(graph: StrategyMapGraph) {
  const dag = dagGraph<number, number>();
  const nodes = graph.objectives.map((_, item) => dag.node(item));
  const pairs = new Set<string>();
  graph.chains.forEach((chain, index) => {
    if (!chain) return;
    const [a, b] = [chain[0]!, chain[chain.length - 1]!];
    const [upper, lower] = graph.laneOf[a]! < graph.laneOf[b]! ? [a, b] : [b, a];
    if (pairs.has(`${upper}>${lower}`)) return;
    pairs.add(`${upper}>${lower}`);
    dag.link(nodes[upper]!, nodes[lower]!, index);
  });
  return { dag, nodes };
}

/** d3-dag's whole sugiyama layout, a layer per perspective. */
function dagLayout(graph: StrategyMapGraph): unknown {
  const { dag } = dagOf(graph);
  const layering = (g: { nodes(): Iterable<{ y: number; data: number }> }) => {
    for (const node of g.nodes()) node.y = graph.laneOf[node.data]!;
    return graph.lanes.length - 1;
  };
  return sugiyama()
    .layering(layering as never)
    .decross(decrossTwoLayer())
    .nodeSize([120, 60])(dag as never);
}
