import { html } from 'lit';
import type { View } from '../engine/types.js';
import { formatPeriodLabel } from '../format/period.js';
import { BscElement } from './internal/bsc-element.js';
import { periodPickerStyles } from './bsc-period-picker.styles.js';
import { defineElement } from './internal/define.js';
import '../format/english/period-picker.js';

/**
 * @summary Chooses the as-of period and the view (the period's values, or the year to date) of the
 * enclosing `<bsc-scorecard>`: a list of the periods that hold data, newest first, and a two-way
 * switch. The scorecard re-evaluates and fires `bsc-period-change`.
 *
 * Outside a scorecard both controls are disabled and the list is empty.
 *
 * @csspart label - The period list's label.
 * @csspart period - The period list (`<select>`).
 * @csspart view - The view switch (a group of two buttons).
 * @csspart view-option - Each button of the view switch; the chosen one has `aria-pressed="true"`.
 *
 * @cssprop --bsc-color-accent - The chosen view's background.
 * @cssprop --bsc-color-border - The controls' borders.
 * @cssprop --bsc-radius - The controls' corners.
 */
export class BscPeriodPicker extends BscElement {
  static override styles = [...BscElement.styles, ...periodPickerStyles];

  override render() {
    const labels = this.resolvedLabels;
    const locale = this.resolvedLocale;
    const evaluation = this.context?.evaluation;
    const disabled = evaluation === undefined;
    const asOf = evaluation?.asOf;
    const periods = evaluation ? newestFirst(evaluation.periods, evaluation.asOf) : [];
    const view = evaluation?.view;
    return html`<label part="label" class="label" for="period">${labels.periodPicker}</label>
      <select part="period" id="period" class="field" ?disabled=${disabled} @change=${this.#onPeriod}>
        ${periods.map((period) => html`<option value=${period} ?selected=${period === asOf}>${formatPeriodLabel(period, locale, { style: 'long', labels })}</option>`)}
      </select>
      <div part="view" class="toggle" role="group" aria-label=${labels.view}>
        ${VIEWS.map(
          (option) =>
            html`<button
              part="view-option"
              type="button"
              value=${option}
              aria-pressed=${view === option ? 'true' : 'false'}
              ?disabled=${disabled}
              @click=${() => this.#onView(option)}
            >
              ${option === 'ytd' ? labels.viewYearToDate : labels.viewPeriod}
            </button>`,
        )}
      </div>`;
  }

  /** The list follows the scorecard, also after the user picked a period it did not take. */
  protected override updated(): void {
    const select = this.renderRoot.querySelector('select');
    const asOf = this.context?.evaluation.asOf;
    if (select && asOf !== undefined && select.value !== asOf) select.value = asOf;
  }

  #onPeriod = (event: Event): void => {
    const period = (event.target as HTMLSelectElement).value;
    if (period && period !== this.context?.evaluation.asOf) this.context?.requestPeriod({ period });
  };

  #onView(view: View): void {
    if (view !== this.context?.evaluation.view) this.context?.requestPeriod({ view });
  }
}

const VIEWS: readonly View[] = ['period', 'ytd'];

/** The periods with data, newest first, and the as-of period among them even when it has none. */
function newestFirst(periods: readonly string[], asOf: string): string[] {
  // Periods of one periodicity in ISO form sort as text.
  const all = periods.includes(asOf) ? [...periods] : [...periods, asOf].sort();
  return all.reverse();
}

defineElement('bsc-period-picker', BscPeriodPicker);

declare global {
  interface HTMLElementTagNameMap {
    'bsc-period-picker': BscPeriodPicker;
  }
}
