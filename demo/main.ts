/**
 * The intranet page: one tag and one script. The other samples are chosen by ?model=public-sector
 * and ?model=kpi-data (a CSV table, imported on the fly); the events the scorecard fires are shown
 * below it, as a page author would use them.
 */
import '../src/index.js';
import { applyVendorLabels, isVendorTheme, VENDOR_THEMES } from './themes/labels.js';

const scorecard = document.querySelector('bsc-scorecard')!;
const FILTER_ATTRIBUTES = ['filter-status', 'filter-owner', 'filter-text'] as const;
const log = document.querySelector<HTMLElement>('#log')!;

const SAMPLES: Record<string, string> = { 'public-sector': './data/public-sector.json', 'kpi-data': './data/kpi-data.csv' };
const sample = new URLSearchParams(location.search).get('model') ?? '';
if (SAMPLES[sample]) {
  scorecard.src = SAMPLES[sample];
  document.querySelector('nav a[aria-current]')?.removeAttribute('aria-current');
  document.querySelector(`nav a[href$="model=${sample}"]`)?.setAttribute('aria-current', 'page');
}

// A link can open the scorecard filtered ("my KPIs": ?filter-owner=…), and the address follows the
// filter, so the page in view is the page a colleague gets. ?show-previous adds "was at risk" hints.
const query = new URLSearchParams(location.search);
for (const name of FILTER_ATTRIBUTES) {
  const value = query.get(name);
  if (value) scorecard.setAttribute(name, value);
}
if (query.has('show-previous')) scorecard.showPrevious = true;
scorecard.addEventListener('bsc-filter-change', (event) => {
  const { status, owner, text, shown, total } = event.detail;
  const address = new URLSearchParams(location.search);
  for (const [name, value] of [
    ['filter-status', status.join(' ')],
    ['filter-owner', owner],
    ['filter-text', text],
  ] as const) {
    if (value) address.set(name, value);
    else address.delete(name);
  }
  history.replaceState(null, '', address.size ? `?${address}` : location.pathname);
  log.textContent = `Showing ${shown} of ${total} KPIs`;
});

scorecard.addEventListener('bsc-select', (event) => (log.textContent = `Selected ${event.detail.kind} "${event.detail.id}"`));
scorecard.addEventListener('bsc-period-change', (event) => (log.textContent = `Showing ${event.detail.period} (${event.detail.view})`));
scorecard.addEventListener('bsc-error', (event) => (log.textContent = `${event.detail.issues.length} issue(s) in the model`));

// White-label themes: the class on <html> picks a vendor's tokens and parts (demo/themes/*.css);
// the vendor's status words are labels, set by script, in the language the scorecard speaks (the
// public-sector model is German). Nothing is remembered across visits.
const themePicker = document.querySelector<HTMLSelectElement>('#theme')!;
let modelLocale: string | undefined;
const applyTheme = (): void => {
  const theme = isVendorTheme(themePicker.value) ? themePicker.value : undefined;
  document.documentElement.classList.remove(...VENDOR_THEMES);
  if (theme) document.documentElement.classList.add(theme);
  applyVendorLabels(document, theme, scorecard.locale || modelLocale || document.documentElement.lang || 'en');
};
themePicker.addEventListener('change', applyTheme);
scorecard.addEventListener('bsc-load', (event) => {
  modelLocale = event.detail.scorecard.locale;
  applyTheme();
});
applyTheme();
