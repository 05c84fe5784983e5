/**
 * The scorecard header's filter — by status, by owner, by words in the titles — as a template and
 * its styles: `bsc-scorecard` keeps the state (its `filter-*` attributes), this draws the controls.
 * The scorecard loads this module on demand (internal/scorecard-parts.ts), with the engine's filter
 * it applies; its styles come with it; the scorecard reserves the controls' room until they come.
 */
import { html, nothing } from 'lit';
import { FILTER_STATUSES, scorecardOwners, type FilterResult, type FilterStatus } from '../../engine/filter.js';
import { formatKpisShown } from '../../format/changes.js';
import type { Labels } from '../../format/labels.js';
import { collator } from '../../format/intl-cache.js';
import type { Scorecard } from '../../model/schema.js';
import '../../format/english/filter.js';
import '../../format/english/figures.js';

export { filterScorecard, parseFilterStatuses } from '../../engine/filter.js';

/** The part's styles, which the scorecard adopts when it loads this module. */
export { filterStyles as styles } from './scorecard-filter.styles.js';

/** What the filter asks for, as the scorecard's attributes hold it. */
export interface FilterChoice {
  status: FilterStatus[];
  owner: string;
  text: string;
}

export interface FilterControlsOptions {
  scorecard: Scorecard;
  choice: FilterChoice;
  /** What the filter shows; null when it asks for nothing. */
  result: FilterResult | null;
  labels: Labels;
  locale: string;
  onChange(choice: FilterChoice): void;
}

/** The filter's controls: a status toggle for each status that needs attention, an owner list, a search, and how many KPIs are shown. */
export function filterControls({ scorecard, choice, result, labels, locale, onChange }: FilterControlsOptions) {
  const owners = ownersOf(scorecard, locale);
  const toggle = (status: FilterStatus) =>
    onChange({
      ...choice,
      status: choice.status.includes(status)
        ? choice.status.filter((s) => s !== status)
        : FILTER_STATUSES.filter((s) => s === status || choice.status.includes(s)),
    });
  return html`<div part="filter" class="filter" role="search" aria-label=${`${labels.filter}${labels.separator}${scorecard.title}`}>
    <div part="filter-status" class="toggle" role="group" aria-label=${labels.status}>
      ${FILTER_STATUSES.map(
        (status) =>
          html`<button part="filter-status-option" type="button" value=${status} aria-pressed=${choice.status.includes(status) ? 'true' : 'false'} @click=${() => toggle(status)}>
            ${labels[STATUS_LABEL[status]]}
          </button>`,
      )}
    </div>
    ${
      owners.length === 0
        ? nothing
        : html`<label class="filter-field"
          ><span class="filter-label">${labels.owner}</span>
          <select part="filter-owner" class="field" @change=${(event: Event) => onChange({ ...choice, owner: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${choice.owner === ''}>${labels.allOwners}</option>
            ${owners.map((owner) => html`<option value=${owner} ?selected=${owner === choice.owner}>${owner}</option>`)}
          </select></label
        >`
    }
    <input
      part="filter-text"
      class="field"
      type="search"
      aria-label=${labels.searchTitles}
      placeholder=${labels.searchTitles}
      .value=${choice.text}
      @input=${(event: Event) => onChange({ ...choice, text: (event.target as HTMLInputElement).value })}
    />
    <span part="filter-count" class="filter-count" role="status">${result ? formatKpisShown(result.shown, result.total, locale, labels) : ''}</span>
    ${result ? html`<button part="filter-clear" class="filter-clear field" type="button" @click=${() => onChange(NO_FILTER)}>${labels.clearFilter}</button>` : nothing}
  </div>`;
}

/** Shown instead of the perspectives when no KPI matches: what happened, and the way back. */
export function noMatch(labels: Labels, onClear: () => void) {
  return html`<div part="no-match" class="no-match">
    <p>${labels.noKpiMatches}</p>
    <button part="filter-clear" class="filter-clear field" type="button" @click=${onClear}>${labels.clearFilter}</button>
  </div>`;
}

const owners = new WeakMap<Scorecard, { locale: string; list: string[] }>();

/** The owner list, sorted once per model and locale: the header renders on every period change. */
function ownersOf(scorecard: Scorecard, locale: string): string[] {
  let entry = owners.get(scorecard);
  if (entry?.locale !== locale) owners.set(scorecard, (entry = { locale, list: scorecardOwners(scorecard).sort(collator(locale).compare) }));
  return entry.list;
}

export const NO_FILTER: FilterChoice = { status: [], owner: '', text: '' };

const STATUS_LABEL = { 'off-track': 'offTrack', 'at-risk': 'atRisk', 'no-data': 'noData', stale: 'stale' } as const satisfies Record<
  FilterStatus,
  keyof Labels
>;
