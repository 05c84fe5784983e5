import { countCrossings, orderByBarycenter } from '../crossings.js';
import { round } from '../scale.js';
import { arcLevels, arcRise } from './arcs.js';
import { edgesOf } from './edges.js';
import { strategyMapGraph } from './graph.js';
import { placeAcross } from './place.js';
import { SIZE } from './size.js';
import { themesOf } from './themes.js';
import type { StrategyMapInput, StrategyMapLayout, StrategyMapNode, StrategyMapOptions } from './types.js';
import { wrap } from './wrap.js';

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
