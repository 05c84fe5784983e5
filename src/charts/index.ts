export { thresholdBands, defaultDomain, type DomainInput } from './bands.js';
export { gaugeGeometry, GAUGE_START_ANGLE, GAUGE_END_ANGLE, type GaugeInput, type GaugeGeometry, type GaugeTick } from './gauge.js';
export { bulletGeometry, type BulletInput, type BulletGeometry, type BulletTarget } from './bullet.js';
export { sparklineGeometry, type SparklineInput, type SparklineGeometry, type SparklinePoint } from './sparkline.js';
export { clampToDomain } from './scale.js';
export type * from './types.js';
