/**
 * The intranet page: one tag and one script. The second sample is chosen by ?model=public-sector;
 * the events the scorecard fires are shown below it, as a page author would use them.
 */
import '../src/index.js';
import { applyVendorLabels, isVendorTheme, VENDOR_THEMES } from './themes/labels.js';

const scorecard = document.querySelector('bsc-scorecard')!;
const log = document.querySelector<HTMLElement>('#log')!;

if (new URLSearchParams(location.search).get('model') === 'public-sector') {
  scorecard.src = './data/public-sector.json';
  document.querySelector('nav a[aria-current]')?.removeAttribute('aria-current');
  document.querySelector('nav a[href$="public-sector"]')?.setAttribute('aria-current', 'page');
}

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
