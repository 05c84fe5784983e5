import type { Status } from '../engine/types.js';

/**
 * Every string the kit shows or speaks, in one table a page can override field by field.
 * Templates name their placeholders (`{value}`, `{year}` …) and are filled by `fillTemplate`.
 */
export interface Labels {
  /** Status names as they stand alone (a badge, a legend, a table cell). */
  exceeding: string;
  onTrack: string;
  atRisk: string;
  offTrack: string;
  noData: string;
  /** The `info` status: a value without a target. */
  noTarget: string;
  stale: string;
  /** The same words inside a sentence ("$433,500, 101% of target, on track"); German keeps its nouns capitalised. */
  exceedingInSentence: string;
  onTrackInSentence: string;
  atRiskInSentence: string;
  offTrackInSentence: string;
  noDataInSentence: string;
  noTargetInSentence: string;
  staleInSentence: string;

  actual: string;
  target: string;
  redFlag: string;
  stretch: string;
  tolerance: string;
  score: string;
  change: string;
  previousPeriod: string;
  improving: string;
  worsening: string;
  unchanged: string;
  forecast: string;
  yearEndForecast: string;

  viewPeriod: string;
  viewYearToDate: string;
  /** Template: `{period}`. */
  asOf: string;
  periodPicker: string;
  /** The period / year-to-date switch. */
  view: string;
  /** A column or legend heading for statuses. */
  status: string;

  /** Template: `{value}` is a formatted percentage ("101 % of target"). */
  ofTarget: string;
  /** Template: `{range}` is a formatted band ("target 40–60"). */
  targetRange: string;
  /** Template: `{value}` is a signed number of percentage points ("+1.2 pp"). */
  percentagePoints: string;

  loading: string;
  errorTitle: string;
  showDataTable: string;
  hideDataTable: string;

  owner: string;
  initiatives: string;
  progress: string;
  perspectives: string;
  objectives: string;
  kpis: string;
  weight: string;
  leading: string;
  lagging: string;

  /** Template: `{year}`. */
  fiscalYear: string;
  /** Template: `{quarter}`, `{year}`. */
  quarter: string;
  /** Template: `{week}` (ISO week), `{year}` (its ISO year). */
  week: string;
  /** Between the clauses of a spoken description. */
  separator: string;
}

/** The labels for a locale, chosen by its language (`de-AT` → German; unknown → English), with `overrides` on top. */
export function resolveLabels(locale: string, overrides?: Partial<Labels>): Labels {
  const base = builtInLabels(locale);
  if (!overrides) return base;
  const merged: Labels = { ...base };
  for (const [key, value] of Object.entries(overrides) as [keyof Labels, string | undefined][]) {
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** Replaces each `{name}` with `values[name]`; a placeholder without a value stays as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (placeholder, name: string) => values[name] ?? placeholder);
}

/** The stand-alone name of a status. */
export function statusLabel(status: Status, labels: Labels): string {
  return labels[STATUS_LABEL[status]];
}

/** The name of a status inside a sentence. */
export function statusInSentence(status: Status, labels: Labels): string {
  return labels[`${STATUS_LABEL[status]}InSentence`];
}

const PLACEHOLDER = /\{(\w+)\}/g;

const STATUS_LABEL = {
  exceeding: 'exceeding',
  'on-track': 'onTrack',
  'at-risk': 'atRisk',
  'off-track': 'offTrack',
  'no-data': 'noData',
  info: 'noTarget',
} as const satisfies Record<Status, keyof Labels>;

const byLocale = new Map<string, Labels>();

function builtInLabels(locale: string): Labels {
  let labels = byLocale.get(locale);
  if (labels === undefined) {
    labels = Object.freeze(BUILT_IN[languageOf(locale)] ?? ENGLISH);
    byLocale.set(locale, labels);
  }
  return labels;
}

function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return '';
  }
}

const ENGLISH: Labels = {
  exceeding: 'Exceeding',
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Off track',
  noData: 'No data',
  noTarget: 'No target',
  stale: 'Stale',
  exceedingInSentence: 'exceeding',
  onTrackInSentence: 'on track',
  atRiskInSentence: 'at risk',
  offTrackInSentence: 'off track',
  noDataInSentence: 'no data',
  noTargetInSentence: 'no target',
  staleInSentence: 'stale',
  actual: 'Actual',
  target: 'Target',
  redFlag: 'Red flag',
  stretch: 'Stretch target',
  tolerance: 'Tolerance',
  score: 'Score',
  change: 'Change',
  previousPeriod: 'Previous period',
  improving: 'Improving',
  worsening: 'Worsening',
  unchanged: 'Unchanged',
  forecast: 'Forecast',
  yearEndForecast: 'Year-end forecast',
  viewPeriod: 'Period',
  viewYearToDate: 'Year to date',
  asOf: 'As of {period}',
  periodPicker: 'Reporting period',
  view: 'View',
  status: 'Status',
  ofTarget: '{value} of target',
  targetRange: 'target {range}',
  percentagePoints: '{value}\u00a0pp',
  loading: 'Loading…',
  errorTitle: 'The scorecard could not be shown',
  showDataTable: 'Show data table',
  hideDataTable: 'Hide data table',
  owner: 'Owner',
  initiatives: 'Initiatives',
  progress: 'Progress',
  perspectives: 'Perspectives',
  objectives: 'Objectives',
  kpis: 'KPIs',
  weight: 'Weight',
  leading: 'Leading',
  lagging: 'Lagging',
  fiscalYear: 'FY{year}',
  quarter: 'Q{quarter} {year}',
  week: 'W{week} {year}',
  separator: ', ',
};

const GERMAN: Labels = {
  exceeding: 'Übertroffen',
  onTrack: 'Im Plan',
  atRisk: 'Gefährdet',
  offTrack: 'Nicht im Plan',
  noData: 'Keine Daten',
  noTarget: 'Kein Zielwert',
  stale: 'Veraltet',
  exceedingInSentence: 'übertroffen',
  onTrackInSentence: 'im Plan',
  atRiskInSentence: 'gefährdet',
  offTrackInSentence: 'nicht im Plan',
  noDataInSentence: 'keine Daten',
  noTargetInSentence: 'kein Zielwert',
  staleInSentence: 'veraltet',
  actual: 'Istwert',
  target: 'Zielwert',
  redFlag: 'Warnschwelle',
  stretch: 'Stretch-Ziel',
  tolerance: 'Toleranz',
  score: 'Punktwert',
  change: 'Veränderung',
  previousPeriod: 'Vorperiode',
  improving: 'Verbessert sich',
  worsening: 'Verschlechtert sich',
  unchanged: 'Unverändert',
  forecast: 'Prognose',
  yearEndForecast: 'Prognose zum Jahresende',
  viewPeriod: 'Periode',
  viewYearToDate: 'Seit Jahresbeginn',
  asOf: 'Stand: {period}',
  periodPicker: 'Berichtszeitraum',
  view: 'Ansicht',
  status: 'Status',
  ofTarget: '{value} des Zielwerts',
  targetRange: 'Zielwert {range}',
  percentagePoints: '{value}\u00a0Pp.',
  loading: 'Wird geladen …',
  errorTitle: 'Die Scorecard konnte nicht angezeigt werden',
  showDataTable: 'Datentabelle anzeigen',
  hideDataTable: 'Datentabelle ausblenden',
  owner: 'Verantwortlich',
  initiatives: 'Initiativen',
  progress: 'Fortschritt',
  perspectives: 'Perspektiven',
  objectives: 'Strategische Ziele',
  kpis: 'Kennzahlen',
  weight: 'Gewichtung',
  leading: 'Frühindikator',
  lagging: 'Spätindikator',
  fiscalYear: 'GJ {year}',
  quarter: 'Q{quarter} {year}',
  week: 'KW {week}/{year}',
  separator: ', ',
};

const ARABIC: Labels = {
  exceeding: 'يتجاوز المستهدف',
  onTrack: 'على المسار الصحيح',
  atRisk: 'معرّض للخطر',
  offTrack: 'خارج المسار',
  noData: 'لا توجد بيانات',
  noTarget: 'بلا مستهدف',
  stale: 'غير محدَّث',
  exceedingInSentence: 'يتجاوز المستهدف',
  onTrackInSentence: 'على المسار الصحيح',
  atRiskInSentence: 'معرّض للخطر',
  offTrackInSentence: 'خارج المسار',
  noDataInSentence: 'لا توجد بيانات',
  noTargetInSentence: 'بلا مستهدف',
  staleInSentence: 'غير محدَّث',
  actual: 'الفعلي',
  target: 'المستهدف',
  redFlag: 'حد الإنذار',
  stretch: 'المستهدف الطموح',
  tolerance: 'هامش السماح',
  score: 'الدرجة',
  change: 'التغيّر',
  previousPeriod: 'الفترة السابقة',
  improving: 'في تحسّن',
  worsening: 'في تراجع',
  unchanged: 'دون تغيير',
  forecast: 'التوقّع',
  yearEndForecast: 'توقّع نهاية السنة',
  viewPeriod: 'الفترة',
  viewYearToDate: 'منذ بداية السنة',
  asOf: 'كما في {period}',
  periodPicker: 'فترة التقرير',
  view: 'العرض',
  status: 'الحالة',
  ofTarget: '{value} من المستهدف',
  targetRange: 'المستهدف {range}',
  percentagePoints: '{value}\u00a0نقطة مئوية',
  loading: 'جارٍ التحميل…',
  errorTitle: 'تعذّر عرض بطاقة الأداء المتوازن',
  showDataTable: 'إظهار جدول البيانات',
  hideDataTable: 'إخفاء جدول البيانات',
  owner: 'المسؤول',
  initiatives: 'المبادرات',
  progress: 'التقدّم',
  perspectives: 'المنظورات',
  objectives: 'الأهداف',
  kpis: 'مؤشرات الأداء',
  weight: 'الوزن',
  leading: 'مؤشر رائد',
  lagging: 'مؤشر متأخر',
  fiscalYear: 'السنة المالية {year}',
  quarter: 'الربع {quarter} من {year}',
  week: 'الأسبوع {week} من {year}',
  separator: '، ',
};

const JAPANESE: Labels = {
  exceeding: '目標超過',
  onTrack: '順調',
  atRisk: '要注意',
  offTrack: '未達',
  noData: 'データなし',
  noTarget: '目標なし',
  stale: '更新遅れ',
  exceedingInSentence: '目標超過',
  onTrackInSentence: '順調',
  atRiskInSentence: '要注意',
  offTrackInSentence: '未達',
  noDataInSentence: 'データなし',
  noTargetInSentence: '目標なし',
  staleInSentence: '更新遅れ',
  actual: '実績',
  target: '目標値',
  redFlag: '警戒ライン',
  stretch: 'ストレッチ目標',
  tolerance: '許容範囲',
  score: 'スコア',
  change: '増減',
  previousPeriod: '前期',
  improving: '改善',
  worsening: '悪化',
  unchanged: '横ばい',
  forecast: '予測',
  yearEndForecast: '年度末予測',
  viewPeriod: '当期',
  viewYearToDate: '年度累計',
  asOf: '{period}時点',
  periodPicker: '報告期間',
  view: '表示',
  status: 'ステータス',
  ofTarget: '目標値の{value}',
  targetRange: '目標値{range}',
  percentagePoints: '{value}ポイント',
  loading: '読み込み中…',
  errorTitle: 'スコアカードを表示できませんでした',
  showDataTable: 'データ表を表示',
  hideDataTable: 'データ表を非表示',
  owner: '責任者',
  initiatives: '施策',
  progress: '進捗',
  perspectives: '視点',
  objectives: '戦略目標',
  kpis: 'KPI',
  weight: 'ウェイト',
  leading: '先行指標',
  lagging: '遅行指標',
  fiscalYear: '{year}年度',
  quarter: '{year}年第{quarter}四半期',
  week: '{year}年第{week}週',
  separator: '、',
};

const BUILT_IN: Readonly<Record<string, Labels>> = { en: ENGLISH, de: GERMAN, ar: ARABIC, ja: JAPANESE };
