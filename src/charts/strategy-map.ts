/**
 * The strategy map's geometry (Kaplan & Norton): one horizontal lane per perspective in model order
 * (first on top), the objectives as boxes sized to their wrapped titles, ordered within their lane
 * for few crossings, cause → effect links as curved arrows (arcs inside a lane), and strategic
 * themes as outlines around their objectives.
 *
 * Pure: text is measured by the caller's `measureText` (a canvas in the browser, `t => t.length * 7`
 * in a test). Statuses are not read: the same model and width give the same map in every period.
 *
 * One concept per file in ./strategy-map/: the graph of lanes and items, the layout, placement
 * across, wrapping titles, arcs inside a lane, edges between lanes, themes' outlines, and keyboard
 * navigation.
 */
export type {
  StrategyMapInput,
  StrategyMapOptions,
  StrategyMapLane,
  StrategyMapNode,
  StrategyMapEdge,
  StrategyMapTheme,
  StrategyMapLayout,
} from './strategy-map/types.js';
export { strategyMapGraph, type StrategyMapGraph } from './strategy-map/graph.js';
export { layoutStrategyMap } from './strategy-map/layout.js';
export { neighbourOf, readingOrder, type MapDirection } from './strategy-map/navigation.js';
export { wrap } from './strategy-map/wrap.js';
