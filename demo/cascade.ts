/**
 * The cascade page: the tree of scorecards, and the one chosen in it opened beside it with its
 * rolled-up KPIs filled in. Period and view changes in the scorecard move the whole tree.
 */
import '../src/index.js';

const cascade = document.querySelector('bsc-cascade')!;
const scorecard = document.querySelector('bsc-scorecard')!;
const log = document.querySelector<HTMLElement>('#log')!;

function open(key: string): void {
  const model = cascade.modelOf(key);
  if (!model) return;
  scorecard.cascade = cascade.shownCascade;
  scorecard.cascadeNode = key;
  scorecard.model = model;
}

cascade.addEventListener('bsc-load', () => open(cascade.selected ?? cascade.shownCascade!.root.key));
cascade.addEventListener('bsc-select', (event) => {
  const { key } = event.detail as typeof event.detail & { key: string };
  open(key);
  log.textContent = `Opened "${event.detail.id}"`;
});
cascade.addEventListener('bsc-error', (event) => (log.textContent = `${event.detail.issues.length} issue(s) in the cascade`));
scorecard.addEventListener('bsc-period-change', (event) => {
  cascade.period = event.detail.period;
  cascade.view = event.detail.view;
});
