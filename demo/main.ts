/**
 * The intranet page: one tag and one script. The second sample is chosen by ?model=public-sector;
 * the events the scorecard fires are shown below it, as a page author would use them.
 */
import '../src/index.js';

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
