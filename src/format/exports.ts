/**
 * Numbers, units, periods, dates and labels per locale, through Intl; the only way the kit shows a
 * number. No language but English is registered here: `./index.ts` registers every one, the
 * elements load theirs on demand (`loadLabels`).
 */

export { fillTemplate, loadLabels, registerLabels, registerLabelsLoader, resolveLabels, statusInSentence, statusLabel, type Labels } from './labels.js';
export { ENGLISH } from './english/index.js';
export { formatChange, formatDurationChange, type ChangeFormatOptions } from './change.js';
export { formatPercentOfTarget, formatScore, formatTarget, formatValue, formatValueRange, NO_VALUE, type ValueFormatOptions } from './number.js';
export { formatDuration } from './duration.js';
export { formatDate, formatFiscalYear, formatPeriodLabel, periodSpan, type PeriodLabelOptions } from './period.js';
export { describeKpi, describeStatus, type DescribeOptions } from './describe.js';
export { formatChangesSummary, formatKpisShown, moveLabel, describeStatusChange } from './changes.js';
export { commentWords, describeComment, type CommentWords, type ShownComment } from './comment.js';
