/**
 * What the chart elements (`bsc-kpi-gauge`, `bsc-bullet`, `bsc-sparkline`) share: a KPI of the
 * enclosing scorecard by id, or a reading of their own from attributes; numbers parsed from those
 * attributes without ever throwing; the issues found on the way, fired once as `bsc-error`;
 * selecting the KPI by click or keyboard inside a scorecard; and saving the chart as SVG or PNG
 * (`bsc-trend-chart` too).
 */
import { css, html, nothing, type ComplexAttributeConverter, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { defaultDomain, thresholdBands } from '../../charts/bands.js';
import { clampToDomain, scaleBounds } from '../../charts/scale.js';
import type { Band, BandThresholds, Domain } from '../../charts/types.js';
import { finiteOrNull } from '../../engine/finite.js';
import { checkReading, evaluateReading, notANumber, parseTarget, type Reading } from '../../engine/reading.js';
import type { Status } from '../../engine/types.js';
import { describeKpi } from '../../format/describe.js';
import type { Labels } from '../../format/labels.js';
import type { ModelIssue } from '../../model/issues.js';
import type { ChartImageOptions } from '../../export/png.js';
import type { Range } from '../../model/schema.js';
import { BscElement } from './bsc-element.js';
import { exportPng, exportSvg, type ExportFrame } from './chart-export.js';
import { emit } from './events.js';
import { IssueReporter } from './issue-reporter.js';

/** A reading of its own for a chart outside any scorecard: the `kpi` property takes one instead of an id. */
export interface StandaloneReading extends Reading {
  /** The KPI's name: the meter's accessible name and its visible label. */
  label?: string;
  /** `number`, `percent` (a fraction), `currency`, `duration` (seconds), or a free label such as `kW`. */
  unit?: string;
  /** ISO 4217 code for `currency` values. */
  currency?: string;
  /** Decimal places of the value; the format's default when unset. */
  decimals?: number;
}

/** The ARIA attributes of a gauge or a bullet; `nothing` removes an attribute. */
export interface MeterAria {
  role: 'meter' | 'img';
  label: string;
  now: string | typeof nothing;
  min: string | typeof nothing;
  max: string | typeof nothing;
  text: string | typeof nothing;
}

/** One value as a chart shows it: the scorecard's KPI, or a reading scored by `evaluateReading`. */
export interface ShownReading {
  /** The KPI's id inside a scorecard; undefined for a reading of its own. */
  id: string | undefined;
  label: string;
  unit: string;
  currency: string | undefined;
  decimals: number | undefined;
  value: number | null;
  status: Status;
  stale: boolean;
  /** The thresholds as scored (red flag and tolerance filled in); `target: null` without any. */
  thresholds: BandThresholds;
}

/**
 * Numbers on attributes: an empty or missing attribute is no number (not 0); text that is not a
 * number becomes NaN, which the element reports as an issue and shows as no number.
 * (A converter, not a spread `PropertyDeclaration`: the manifest's analyzer reads only plain options.)
 */
export const numberConverter: ComplexAttributeConverter<number | null | undefined> = {
  fromAttribute: (text) => (text === null || text.trim() === '' ? undefined : Number(text)),
  toAttribute: (value) => (value === undefined || value === null ? null : String(value)),
};

/** A target: a number, or a band written `min..max` (as `bsc-kpi` takes it); NaN when neither. */
export const targetConverter: ComplexAttributeConverter<number | Range | null | undefined> = {
  fromAttribute: (text) => (text === null || text.trim() === '' ? undefined : parseTarget(text)),
  toAttribute: (value) => (value === undefined || value === null ? null : typeof value === 'object' ? `${value.min}..${value.max}` : String(value)),
};

/** A list of numbers, `3,5,,7`: an empty item is a gap (null), an item that is no number is NaN. */
export const numberListConverter: ComplexAttributeConverter<(number | null)[] | undefined> = {
  fromAttribute: (text) => (text === null || text.trim() === '' ? undefined : text.split(',').map((item) => (item.trim() === '' ? null : Number(item)))),
  toAttribute: (value) => (Array.isArray(value) ? value.map((item) => (item === null ? '' : String(item))).join(',') : null),
};

/**
 * The base of the chart elements: the attributes every one of them takes, selecting the KPI inside
 * a scorecard, and issues reported once per change. Not registered as an element itself.
 */
export abstract class KpiChartElement extends BscElement {
  /** Lit's static `properties`, not its decorators, as in `BscElement`: every gauge carries these classes. */
  static override get properties(): PropertyDeclarations {
    return {
      label: {},
      unit: {},
      currency: {},
      noSelect: { type: Boolean, reflect: true, attribute: 'no-select' },
    };
  }

  /** The KPI's name, for its accessible name and label; inside a scorecard, replaces the KPI's title. */
  declare label?: string;

  /** Standalone: `number` (the default), `percent` (the value is a fraction: 0.25 is 25 %), `currency`, `duration` (seconds), or a free label such as `kW`. */
  declare unit?: string;

  /** Standalone: ISO 4217 code for `currency` values (USD when unset); inside a scorecard, the scorecard's. */
  declare currency?: string;

  /**
   * Inside a scorecard the chart selects its KPI when clicked or on Enter or Space (`bsc-select`)
   * and takes focus; `no-select` turns that off, for a chart inside something that selects by
   * itself (a KPI card).
   */
  noSelect = false;

  #issues = new IssueReporter(this);

  /** The id of the KPI a click selects: a scorecard's KPI shown, and selecting not turned off. */
  protected selectableId(shown: { id: string | undefined }): string | undefined {
    return this.noSelect ? undefined : shown.id;
  }

  /** `tabindex` of the element that carries the chart's role: focusable only when it selects. */
  protected tabIndexFor(id: string | undefined): 0 | typeof nothing {
    return id === undefined ? nothing : 0;
  }

  /** Fires `bsc-select` for a click, Enter or Space on a chart that selects `id`. */
  protected activate(event: Event, id: string | undefined): void {
    if (id === undefined) return;
    if (event instanceof KeyboardEvent) {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
    }
    emit(this, 'bsc-select', { kind: 'kpi', id });
  }

  /**
   * The chart as a standalone SVG document, as it is shown: its colours, strokes and fonts written
   * into it (the theme's custom properties do not travel with a file), its size, and its accessible
   * name (with the value, for a gauge or a bullet) as its `<title>`. An empty string while nothing
   * is drawn (before the first render, or while hidden). The export code loads on first use: a
   * page that never exports does not download it.
   */
  toSVG(): Promise<string> {
    return exportSvg(this.exportFrame());
  }

  /**
   * The chart as a PNG image: `scale` device pixels per CSS pixel (2 by default), on `background`
   * (transparent by default). Rejects while nothing is drawn.
   */
  toPNG(options?: ChartImageOptions): Promise<Blob> {
    return exportPng(this, this.exportFrame(), options);
  }

  /**
   * What `toSVG` exports: the element that frames the drawing, and the chart's name. By default the
   * `base` part and its accessible name and value text; a chart whose drawing sits among other
   * content names its SVG instead, and what of it to leave out (`omit`, a selector).
   */
  protected exportFrame(): ExportFrame | null {
    const frame = this.renderRoot.querySelector('[part~="base"]');
    if (!frame) return null;
    const name = [frame.getAttribute('aria-label'), frame.getAttribute('aria-valuetext')].filter((text) => text).join(this.resolvedLabels.separator);
    return { frame, name };
  }

  /** Records the issues of this update, fired as one `bsc-error` after it when they changed. */
  protected reportIssues(issues: ModelIssue[]): void {
    this.#issues.note(issues);
  }

  /** The numeric attribute's text, for an issue's message; the property's value when set in code. */
  protected rawText(attribute: string, value: unknown): string {
    return this.getAttribute(attribute) ?? String(value);
  }
}

/**
 * The thresholds and scale every chart of one KPI takes standalone (gauge, bullet, trend chart).
 * Not registered as an element itself.
 */
export abstract class ThresholdChartElement extends KpiChartElement {
  static override get properties(): PropertyDeclarations {
    return {
      target: { converter: targetConverter },
      redFlag: { attribute: 'red-flag', converter: numberConverter },
      stretch: { converter: numberConverter },
      tolerance: { converter: numberConverter },
      polarity: {},
      min: { converter: numberConverter },
      max: { converter: numberConverter },
    };
  }

  /** Standalone: the target; a number, or a band `min..max` for a KPI that should stay inside it (gauge and bullet: see also `target-min`, `target-max`). */
  declare target?: number | Range | null;

  /** Standalone: the value that scores "at risk"; 10 % of the target away on the worse side when unset. */
  declare redFlag?: number | null;

  /** Standalone: the value that scores "exceeding"; as far beyond the target as the red flag is before it when unset. */
  declare stretch?: number | null;

  /** Standalone, band targets: how far outside the band the score falls to "at risk"; 10 % of the band's largest bound when unset. */
  declare tolerance?: number | null;

  /** Standalone: `up` (higher is better, the default), `down` (lower is better), or `range` (stay inside a band target). */
  declare polarity?: 'up' | 'down' | 'range';

  /** The start of the value scale; computed from the thresholds and the values when unset. */
  declare min?: number;

  /** The end of the value scale; computed from the thresholds and the values when unset. */
  declare max?: number;
}

/**
 * The base of the gauge and the bullet: one value against its thresholds, a KPI of the enclosing
 * scorecard (`kpi` id) or a reading of its own (attributes, or the `kpi` property), on a scale of
 * `min`–`max` or a computed one. Not registered as an element itself.
 */
export abstract class ReadingElement extends ThresholdChartElement {
  static override get properties(): PropertyDeclarations {
    return {
      kpi: {},
      value: { converter: numberConverter },
      targetMin: { attribute: 'target-min', converter: numberConverter },
      targetMax: { attribute: 'target-max', converter: numberConverter },
      decimals: { converter: numberConverter },
    };
  }

  /**
   * The chart's `base` part around `content`: a `meter` named and described for assistive
   * technology (an `img` while there is no value), and a tab stop that selects the KPI when it can.
   */
  protected renderMeter(content: unknown): TemplateResult {
    const id = this.selectableId(this.shown);
    const aria = this.#meterAria(this.resolvedLocale, this.resolvedLabels);
    const activate = (event: Event) => this.activate(event, id);
    return html`<div
      part="base"
      class="base ${id === undefined ? '' : 'selectable'}"
      role=${aria.role}
      aria-label=${aria.label}
      aria-valuenow=${aria.now}
      aria-valuemin=${aria.min}
      aria-valuemax=${aria.max}
      aria-valuetext=${aria.text}
      tabindex=${this.tabIndexFor(id)}
      @click=${activate}
      @keydown=${activate}
    >
      ${content}
    </div>`;
  }

  /**
   * How a gauge or a bullet speaks: a `meter` with the value pinned to the scale and the
   * format layer's value text; without a value an image named "…, No data" (a meter needs a value).
   */
  #meterAria(locale: string, labels: Labels): MeterAria {
    const { shown } = this;
    const { domain } = this.scale;
    const name = shown.label || labels.actual;
    if (shown.value === null)
      return { role: 'img', label: `${name}${labels.separator}${labels.noData}`, now: nothing, min: nothing, max: nothing, text: nothing };
    return {
      role: 'meter',
      label: name,
      now: String(clampToDomain(shown.value, domain).value),
      min: String(domain[0]),
      max: String(domain[1]),
      text: describeKpi({ ...shown, target: shown.thresholds.target }, { locale, currency: shown.currency, labels }),
    };
  }

  /**
   * The id of a KPI of the enclosing scorecard. As a property it also takes a reading of its own
   * (`{ value, target, redFlag, stretch, polarity, tolerance, unit, label }`), which wins over the attributes.
   */
  declare kpi?: string | StandaloneReading;

  /** Standalone: the actual value. */
  declare value?: number | null;

  /** Standalone, band targets: the band's lower end (with `target-max`, instead of `target`). */
  declare targetMin?: number;

  /** Standalone, band targets: the band's upper end. */
  declare targetMax?: number;

  /** Decimal places of the value; the format's default (or, inside a scorecard, the KPI's `decimals`) when unset. */
  declare decimals?: number;

  /** What this update shows: set in `willUpdate`. */
  protected shown: ShownReading = EMPTY_READING;

  /** The scale and its bands for `shown`. */
  protected scale: { domain: Domain; bands: Band[] } = { domain: [0, 1], bands: [] };

  /** What a gauge or a bullet draws: the reading shown, its scale and target, and the locale and words to write it in. */
  protected get drawn() {
    const { shown } = this;
    return { shown, ...this.scale, target: shown.thresholds.target, locale: this.resolvedLocale, labels: this.resolvedLabels };
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const issues: ModelIssue[] = [];
    this.shown = this.#resolve(issues);
    const bounds = scaleBounds(this.#number('min', this.min, issues), this.#number('max', this.max, issues), issues);
    const domain = defaultDomain({ ...this.shown.thresholds, value: this.shown.value, ...bounds });
    // Without a value the scale stays a neutral track: bands would suggest a reading that is not there.
    const bands = this.shown.value === null ? [] : thresholdBands(this.shown.thresholds, domain);
    this.scale = { domain, bands };
    this.reportIssues(issues);
  }

  #resolve(issues: ModelIssue[]): ShownReading {
    const context = this.context;
    if (typeof this.kpi === 'object' && this.kpi !== null) return this.#standalone(this.kpi, issues);
    if (typeof this.kpi === 'string' && this.kpi !== '' && context) {
      const node = context.evaluation.node(this.kpi);
      if (!node || node.kind !== 'kpi') {
        issues.push({ path: 'kpi', message: `names no KPI of the scorecard (got "${this.kpi}")` });
        return { ...EMPTY_READING, label: this.label ?? '' };
      }
      return {
        id: node.id,
        label: this.label || node.title,
        unit: node.unit,
        currency: context.currency,
        decimals: this.decimals ?? node.decimals,
        value: node.value,
        status: node.status,
        stale: node.stale,
        thresholds: node,
      };
    }
    return this.#standalone(this.#fromAttributes(issues), issues);
  }

  /** The attributes as a reading; numbers that do not parse are reported and left out. */
  #fromAttributes(issues: ModelIssue[]): StandaloneReading {
    const number = (name: string, value: number | null | undefined) => this.#number(name, value, issues);
    let target: number | Range | null = null;
    // A framework may set the property to the attribute's text (React's value="80"): read it as the attribute would be.
    const given: unknown = this.target;
    const targetValue = typeof given === 'string' ? targetConverter.fromAttribute!(given, undefined) : this.target;
    if (targetValue !== undefined && targetValue !== null) {
      if (typeof targetValue === 'object') target = targetValue;
      else target = number('target', targetValue);
    } else {
      const low = number('targetMin', this.targetMin);
      const high = number('targetMax', this.targetMax);
      if (low !== null && high !== null) target = { min: low, max: high };
      else if (low !== null) issues.push({ path: 'targetMax', message: 'is required with target-min: a band needs both ends' });
      else if (high !== null) issues.push({ path: 'targetMin', message: 'is required with target-max: a band needs both ends' });
    }
    return {
      label: this.label,
      unit: this.unit,
      currency: this.currency,
      decimals: number('decimals', this.decimals) ?? undefined,
      value: number('value', this.value),
      target,
      redFlag: number('redFlag', this.redFlag),
      stretch: number('stretch', this.stretch),
      tolerance: number('tolerance', this.tolerance),
      polarity: this.polarity,
    };
  }

  #standalone(reading: StandaloneReading, issues: ModelIssue[]): ShownReading {
    const checked = checkReading(reading, issues);
    const scored = evaluateReading(checked);
    return {
      id: undefined,
      label: reading.label ?? this.label ?? '',
      unit: reading.unit || this.unit || 'number',
      currency: reading.currency ?? this.currency,
      decimals: reading.decimals ?? this.decimals,
      value: scored.value,
      status: scored.status,
      stale: false,
      thresholds: scored,
    };
  }

  /**
   * A finite number, or null; a value that is set but no finite number is an issue. Text is read as
   * the attribute would be: a framework may set the property to it (React's `value="72"`).
   */
  #number(name: string, given: number | null | undefined, issues: ModelIssue[]): number | null {
    const value: unknown = typeof given === 'string' ? numberConverter.fromAttribute!(given, undefined) : given;
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    issues.push(notANumber(name, this.rawText(attributeOf(name), given)));
    return null;
  }
}

const EMPTY_READING: ShownReading = {
  id: undefined,
  label: '',
  unit: 'number',
  currency: undefined,
  decimals: undefined,
  value: null,
  status: 'no-data',
  stale: false,
  thresholds: { polarity: 'up', target: null, redFlag: null, stretch: null, tolerance: null },
};

/** A finite number, or null: the engine's test, one rule for what counts as a number. */
export const finite = finiteOrNull;

/** `redFlag` → `red-flag`: issues name properties, their messages quote what was written. */
function attributeOf(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * The tint of each threshold band, by its status: the gauge's and the bullet's bands (`.band`), the
 * trend chart's zones (`.zone`). One mapping from a status to its band token.
 */
export const bandTintStyles = css`
  :is(.band, .zone).exceeding {
    fill: var(--_band-exceeding);
  }
  :is(.band, .zone).on-track {
    fill: var(--_band-on-track);
  }
  :is(.band, .zone).at-risk {
    fill: var(--_band-at-risk);
  }
  :is(.band, .zone).off-track {
    fill: var(--_band-off-track);
  }
`;

/**
 * What the gauge and the bullet draw alike: band tints, the value in its status colour (neutral
 * ink without a target), the arrowhead of a value beyond the scale, the focus ring of a chart
 * that selects its KPI. Colour only where it means a status.
 */
export const chartStyles = [
  bandTintStyles,
  css`
  .base {
    border-radius: var(--_radius);
  }
  .selectable {
    cursor: pointer;
  }
  .selectable:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .label {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: break-word;
  }
  .value-text {
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .track {
    fill: var(--_color-track);
  }
  .value,
  .bar {
    fill: var(--_status-no-data);
  }
  .value.exceeding,
  .bar.exceeding {
    fill: var(--_status-exceeding);
  }
  .value.on-track,
  .bar.on-track {
    fill: var(--_status-on-track);
  }
  .value.at-risk,
  .bar.at-risk {
    fill: var(--_status-at-risk);
  }
  .value.off-track,
  .bar.off-track {
    fill: var(--_status-off-track);
  }
  .clamp-marker {
    fill: var(--_color-text);
    stroke: var(--_color-surface);
    stroke-width: 1.5;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  @media (forced-colors: active) {
    /* The system's colours: bands as outlines, the value in Highlight so the target's mark (CanvasText) stays visible on it. */
    :host {
      --_status-exceeding: Highlight;
      --_status-on-track: Highlight;
      --_status-at-risk: Highlight;
      --_status-off-track: Highlight;
    }
    .band,
    .track {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .clamp-marker,
    .hub,
    .tick {
      fill: CanvasText;
    }
    .clamp-marker {
      stroke: Canvas;
    }
    .target,
    .needle {
      stroke: CanvasText;
    }
  }
  `,
];
