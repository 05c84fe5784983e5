import type { Context } from '@lit/context';
import type { CascadeEvaluation } from '../cascade/evaluate-cascade.js';
import type { FilterResult } from '../engine/filter.js';
import type { Evaluation, View } from '../engine/types.js';
import type { Labels } from '../format/labels.js';
import type { Scorecard } from '../model/schema.js';

/**
 * What `<bsc-scorecard>` gives every element inside it: the model, its evaluation as of the chosen
 * period and view, and the locale and labels to show it in. Elements find their node by id.
 */
export interface ScorecardContext {
  scorecard: Scorecard;
  evaluation: Evaluation;
  locale: string;
  labels: Labels;
  /** The scorecard's currency, for `currency` KPIs. */
  currency: string | undefined;
  /**
   * When the scorecard is one of a cascade: the cascade evaluated for the same period and view, and
   * this scorecard's key in it — for rolled-up KPIs' contributions and the child objectives that
   * serve an objective.
   */
  cascade?: { evaluation: CascadeEvaluation; key: string };
  /** The same scorecard as of the period before, in the same view; absent at the first period with data. */
  previous?: Evaluation;
  /** Whether status badges hint at the previous period's status where it differs ("was at risk"): the scorecard's `show-previous`. */
  showPrevious?: boolean;
  /** The KPIs, objectives and perspectives the scorecard's filter shows; absent when nothing is filtered. */
  filter?: FilterResult;
  /** Asks the scorecard for another as-of period or view; it re-evaluates and fires `bsc-period-change`. */
  requestPeriod(change: { period?: string; view?: View }): void;
}

/**
 * The context's key: the one `createContext` of Lit's context package would make (a key typed with its value),
 * written out so that an element that only asks for the context imports nothing of that package.
 * `Symbol.for`: two copies of the kit on one page share it.
 */
export const scorecardContext = Symbol.for('bsc-kit/scorecard-context') as Context<symbol, ScorecardContext | undefined>;
