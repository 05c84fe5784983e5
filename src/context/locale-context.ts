import type { Context } from '@lit/context';
import type { Labels } from '../format/labels.js';

/**
 * The language an element speaks, as the nearest element above it that sets one provides it: the
 * scorecard (its `locale`, else its model's, with its `labels`), or an element with children whose
 * own `locale` or `labels` is set. The one way locale and labels reach an element (docs/architecture.md §3).
 */
export interface LocaleContext {
  locale: string;
  /** The whole table: the locale's built-in labels with the provider's own on top. */
  labels: Labels;
}

/** The context's key, written out as `scorecardContext` is: an element that only asks imports nothing of Lit's context package. */
export const localeContext = Symbol.for('bsc-kit/locale-context') as Context<symbol, LocaleContext | undefined>;
