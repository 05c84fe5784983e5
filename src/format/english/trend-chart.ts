import { registerEnglish, type Labels } from '../labels.js';

/** The English words of `bsc-trend-chart`: its data table, keyboard help and announcements; registered when the module that shows them loads. */
export const TREND_CHART_WORDS = {
  yearEndForecast: 'Year-end forecast',
  showDataTable: 'Show data table',
  hideDataTable: 'Hide data table',
  dataTableOf: 'Data table: {name}',
  trend: 'Trend',
  chartKeys: 'Arrow keys move between periods, Page Up and Page Down by a tenth of them; Home and End go to the first and the last.',
  periodValue: '{period}: {value}',
  latestPeriodsShown: 'The latest {shown} of {total} periods',
} satisfies Partial<Labels>;

registerEnglish(TREND_CHART_WORDS);
