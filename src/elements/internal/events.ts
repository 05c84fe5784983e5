import type { FilterStatus } from '../../engine/filter.js';
import type { View } from '../../engine/types.js';
import type { ModelIssue } from '../../model/issues.js';
import type { Scorecard } from '../../model/schema.js';

/** What a user selected: a node of the scorecard, by its id. */
export interface BscSelectDetail {
  kind: 'scorecard' | 'perspective' | 'objective' | 'kpi' | 'initiative';
  id: string;
}

/** Why a model could not be shown; `source` is the URL it came from, when it came from one. */
export interface BscErrorDetail {
  issues: ModelIssue[];
  source?: string;
}

export interface BscLoadDetail {
  scorecard: Scorecard;
  source?: string;
}

export interface BscPeriodChangeDetail {
  period: string;
  view: View;
}

/** What the scorecard's filter asks for now, and how many KPIs it shows (every KPI when it asks for nothing). */
export interface BscFilterChangeDetail {
  status: FilterStatus[];
  owner: string;
  text: string;
  shown: number;
  total: number;
}

/** The kit's events: bubbling, composed `CustomEvent`s with typed details. */
export interface BscEventMap {
  'bsc-select': CustomEvent<BscSelectDetail>;
  'bsc-error': CustomEvent<BscErrorDetail>;
  'bsc-load': CustomEvent<BscLoadDetail>;
  'bsc-period-change': CustomEvent<BscPeriodChangeDetail>;
  'bsc-filter-change': CustomEvent<BscFilterChangeDetail>;
}

declare global {
  interface HTMLElementEventMap extends BscEventMap {}
}

/** Fires one of the kit's events from `target`; answers whether no listener cancelled it. */
export function emit<K extends keyof BscEventMap>(target: EventTarget, name: K, detail: BscEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}
