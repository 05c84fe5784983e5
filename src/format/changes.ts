/**
 * The words of "what changed" and "what is shown": the summary of status moves since the previous
 * period, each move's name, and the filter's count of KPIs.
 */
import type { Changes, StatusChange, StatusMove } from '../engine/changes.js';
import { numberFormat, pluralRules } from './intl-cache.js';
import { fillTemplate, statusInSentence, type Labels } from './labels.js';
import { formatPeriodLabel } from './period.js';
import './english/changes.js';

/**
 * "Since September 2026: 3 worse, 2 better, 1 without data" — the counts that are not zero, worse
 * first; "No status changed since September 2026." when none is.
 */
export function formatChangesSummary(changes: Changes, locale: string, labels: Labels): string {
  const period = formatPeriodLabel(changes.previous, locale, { style: 'long', labels });
  const counts: [number, string][] = [
    [changes.counts.worse, labels.changesWorse],
    [changes.counts.better, labels.changesBetter],
    [changes.counts['no-data'], labels.changesNoData],
    [changes.newlyStale.length, labels.changesNewlyStale],
  ];
  const parts = counts.filter(([count]) => count > 0).map(([count, template]) => fillTemplate(template, { count: formatCount(count, locale) }));
  if (parts.length === 0) return fillTemplate(labels.noChanges, { period });
  return fillTemplate(labels.changesSince, { period, changes: parts.join(labels.separator) });
}

/** The name of a move: "Worse", "Better", "Data missing" … */
export function moveLabel(move: StatusMove, labels: Labels): string {
  return labels[MOVE_LABEL[move]];
}

/** "from at risk to off track", as a screen reader hears a move. */
export function describeStatusChange(change: Pick<StatusChange, 'from' | 'to'>, labels: Labels): string {
  return fillTemplate(labels.statusMove, { from: statusInSentence(change.from, labels), to: statusInSentence(change.to, labels) });
}

/** "7 of 42 KPIs": the filter's count, in the plural form the total takes in the locale. */
export function formatKpisShown(shown: number, total: number, locale: string, labels: Labels): string {
  const template = pluralRules(locale).select(total) === 'one' ? labels.kpisShownOne : labels.kpisShown;
  return fillTemplate(template, { shown: formatCount(shown, locale), total: formatCount(total, locale) });
}

function formatCount(count: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

const MOVE_LABEL = {
  better: 'moveBetter',
  worse: 'moveWorse',
  'no-data': 'moveNoData',
  data: 'moveData',
  unscored: 'moveUnscored',
  scored: 'moveScored',
} as const satisfies Record<StatusMove, keyof Labels>;
