/**
 * Numbers, units, periods, dates and labels per locale, through Intl; the only way the kit shows a
 * number. No language but English is registered here: `./index.ts` registers every one, the
 * elements load theirs on demand (`loadLabels`).
 */

export {
  fillTemplate,
  loadLabels,
  registerLabels,
  registerLabelsLoader,
  ENGLISH,
  resolveLabels,
  statusInSentence,
  statusLabel,
  type Labels,
} from './labels.js';
export {
  formatChange,
  formatPercentOfTarget,
  formatScore,
  formatTarget,
  formatValue,
  formatValueRange,
  NO_VALUE,
  type ChangeFormatOptions,
  type ValueFormatOptions,
} from './number.js';
export { formatDuration, formatDurationChange } from './duration.js';
export { formatDate, formatFiscalYear, formatPeriodLabel, periodSpan, type PeriodLabelOptions } from './period.js';
export { describeKpi, describeStatus, type DescribeOptions } from './describe.js';
export { formatChangesSummary, formatKpisShown, moveLabel, describeStatusChange } from './changes.js';
export { commentWords, describeComment, type CommentWords, type ShownComment } from './comment.js';
