/**
 * bsc-kit: importing this module registers every element of the kit and re-exports the DOM-free
 * core. Each element also has a module of its own (`src/elements/bsc-*.ts`) for pages that want
 * only some of them.
 */
// Core's API without its languages: an element loads a language the first time it shows it.
export * from './core-exports.js';
export { BscScorecard } from './elements/bsc-scorecard.js';
export { BscPerspective } from './elements/bsc-perspective.js';
export { BscObjective } from './elements/bsc-objective.js';
export { BscKpi, type StandaloneKpi } from './elements/bsc-kpi.js';
export { BscStatus } from './elements/bsc-status.js';
export { BscKpiGauge } from './elements/bsc-kpi-gauge.js';
export { BscBullet } from './elements/bsc-bullet.js';
export { BscSparkline } from './elements/bsc-sparkline.js';
export { BscTrendChart, type TrendSeriesEntry, type TrendSeriesItem } from './elements/bsc-trend-chart.js';
export { BscPeriodPicker } from './elements/bsc-period-picker.js';
export { BscStrategyMap } from './elements/bsc-strategy-map.js';
export { BscCascade, type BscCascadeSelectDetail, type BscCascadeLoadDetail } from './elements/bsc-cascade.js';
export { BscContributions } from './elements/bsc-contributions.js';
export { BscChanges } from './elements/bsc-changes.js';
export type { StandaloneReading } from './elements/internal/standalone-reading.js';
export type { ChartImageOptions } from './export/png.js';
export * from './cascade/index.js';
export type { BscEventMap, BscSelectDetail, BscErrorDetail, BscLoadDetail, BscPeriodChangeDetail, BscFilterChangeDetail } from './elements/internal/events.js';
export { scorecardContext, type ScorecardContext } from './context/scorecard-context.js';
