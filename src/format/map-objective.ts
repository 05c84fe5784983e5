/**
 * What a strategy map says of one objective, to a screen reader and in its text alternative:
 * "Grow revenue profitably, on track, Score 7.4, Driven by …, Drives …, Part of …".
 */
import type { Evaluation } from '../engine/types.js';
import type { Link } from '../model/schema.js';
import { listFormat } from './intl-cache.js';
import { fillTemplate, statusInSentence, type Labels } from './labels.js';
import { formatScore } from './number.js';
import './english/strategy-map.js';
import './english/figures.js';

export interface MapObjectiveOptions {
  locale: string;
  labels: Labels;
  /** Whether the objectives it drives and is driven by carry their links' labels: "Drives Retain customers (through service)". */
  withLinkLabels: boolean;
}

/** Each objective's causes and effects, as `causalLinks` (charts) indexes them. */
export interface LinksOf {
  drivers: ReadonlyMap<string, readonly Link[]>;
  effects: ReadonlyMap<string, readonly Link[]>;
}

/** The objective `id`'s title, status, score, causes and effects and themes, as one sentence. */
export function describeMapObjective(id: string, evaluation: Evaluation, links: LinksOf, { locale, labels, withLinkLabels }: MapObjectiveOptions): string {
  const title = (objective: string) => evaluation.node(objective)?.title ?? objective;
  const list = (items: string[]) => listFormat(locale, { type: 'conjunction' }).format(items);
  const named = (link: Link, end: 'from' | 'to') => (withLinkLabels && link.label ? `${title(link[end])} (${link.label})` : title(link[end]));
  const node = evaluation.node(id);
  const clauses = [title(id), statusInSentence(node?.status ?? 'no-data', labels)];
  if (node?.stale) clauses.push(labels.staleInSentence);
  if (node && node.score !== null) clauses.push(`${labels.score} ${formatScore(node.score, locale)}`);
  const drivers = links.drivers.get(id) ?? [];
  const effects = links.effects.get(id) ?? [];
  if (drivers.length) clauses.push(fillTemplate(labels.drivenBy, { objectives: list(drivers.map((link) => named(link, 'from'))) }));
  if (effects.length) clauses.push(fillTemplate(labels.drives, { objectives: list(effects.map((link) => named(link, 'to'))) }));
  const themes = (evaluation.scorecard.themes ?? []).filter((theme) => theme.objectives.includes(id)).map((theme) => theme.title);
  if (themes.length) clauses.push(fillTemplate(labels.partOfThemes, { themes: list(themes) }));
  return clauses.join(labels.separator);
}
