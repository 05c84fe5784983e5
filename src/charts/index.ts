export { thresholdBands, defaultDomain, type DomainInput } from './bands.js';
export { gaugeGeometry, GAUGE_START_ANGLE, GAUGE_END_ANGLE, type GaugeInput, type GaugeGeometry, type GaugeTick } from './gauge.js';
export { bulletGeometry, type BulletInput, type BulletGeometry, type BulletTarget } from './bullet.js';
export { sparklineGeometry, type SparklineInput, type SparklineGeometry, type SparklinePoint } from './sparkline.js';
export { clampToDomain } from './scale.js';
export {
  trendGeometry,
  nearestIndex,
  periodX,
  valueY,
  valueScale,
  type TrendInput,
  type TrendGeometry,
  type TrendPeriod,
  type TrendZone,
  type TrendMarker,
} from './trend.js';
export { downsample, runsOf } from './downsample.js';
export {
  layoutStrategyMap,
  neighbourOf,
  readingOrder,
  strategyMapGraph,
  wrap,
  type MapDirection,
  type StrategyMapEdge,
  type StrategyMapGraph,
  type StrategyMapInput,
  type StrategyMapLane,
  type StrategyMapLayout,
  type StrategyMapNode,
  type StrategyMapOptions,
  type StrategyMapTheme,
} from './strategy-map.js';
export { countCrossings, orderByBarycenter, type LayeredGraph, type OrderOptions } from './crossings.js';
export { causalLinks, onCausalPath, traceCausalPaths, type CausalLinks } from './causal-links.js';
export type * from './types.js';
