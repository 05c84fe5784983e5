/**
 * The demo until the elements exist: the sample scorecard, evaluated on the client, listed as
 * tables. Every string from the model goes in as text, never HTML.
 */
import { evaluate, formatChange, formatPeriodLabel, formatScore, formatValue, formatValueRange, parseScorecard, resolveLabels, statusLabel } from '../src/core.js';
import type { Evaluation, KpiEvaluation, Scorecard, View } from '../src/core.js';

const SHAPES = { exceeding: '▲', 'on-track': '●', 'at-risk': '◆', 'off-track': '■', 'no-data': '○', info: '○' } as const;
const root = document.querySelector<HTMLElement>('#scorecard')!;
const modelName = new URLSearchParams(location.search).get('model') === 'public-sector' ? 'public-sector' : 'acme-2026';

const response = await fetch(`./data/${modelName}.json`);
const result = parseScorecard(await response.text());
if (!result.ok) {
  root.replaceChildren(el('div', { class: 'error', role: 'alert' }, el('h1', {}, 'The scorecard could not be shown'), el('ul', {}, ...result.issues.map((i) => el('li', {}, `${i.path}: ${i.message}`)))));
} else {
  show(result.scorecard, evaluate(result.scorecard));
}

function show(scorecard: Scorecard, evaluation: Evaluation): void {
  const locale = scorecard.locale ?? 'en-US';
  const labels = resolveLabels(locale);
  const picker = el('select', { 'aria-label': labels.periodPicker }, ...evaluation.periods.map((p) => el('option', { value: p }, formatPeriodLabel(p, locale, { style: 'long', labels }))));
  (picker as HTMLSelectElement).value = evaluation.asOf;
  const view = el('select', { 'aria-label': labels.view }, el('option', { value: 'period' }, labels.viewPeriod), el('option', { value: 'ytd' }, labels.viewYearToDate));
  (view as HTMLSelectElement).value = evaluation.view;
  const rerender = () => show(scorecard, evaluate(scorecard, { asOf: (picker as HTMLSelectElement).value, view: (view as HTMLSelectElement).value as View }));
  picker.addEventListener('change', rerender);
  view.addEventListener('change', rerender);

  const format = (kpi: KpiEvaluation, value: number | null) => formatValue(value, kpi.unit, { locale, currency: scorecard.currency });
  const status = (s: KpiEvaluation['status']) => el('span', { class: `status-${s}` }, `${SHAPES[s]} ${statusLabel(s, labels)}`);
  const sections = scorecard.perspectives.map((perspective) => {
    const node = evaluation.node(perspective.id)!;
    const rows = perspective.objectives.flatMap((objective) => {
      const objectiveNode = evaluation.node(objective.id)!;
      return [
        el('tr', { class: 'objective' }, el('th', { colspan: '3', scope: 'rowgroup' }, objective.title), el('td', { class: 'number' }, formatScore(objectiveNode.score, locale)), el('td', {}, status(objectiveNode.status)), el('td', {})),
        ...objective.kpis.map((kpi) => {
          const k = evaluation.node(kpi.id) as KpiEvaluation;
          const target = typeof k.target === 'object' && k.target ? formatValueRange(k.target.min, k.target.max, k.unit, { locale, currency: scorecard.currency }) : format(k, k.target);
          return el('tr', {}, el('td', {}, kpi.title), el('td', { class: 'number' }, format(k, k.value)), el('td', { class: 'number' }, target), el('td', { class: 'number' }, formatScore(k.score, locale)), el('td', {}, status(k.status), k.stale ? ` (${labels.stale})` : ''), el('td', { class: 'number' }, formatChange(k.change, k.unit, { locale, currency: scorecard.currency })));
        }),
      ];
    });
    return el(
      'section',
      {},
      el('h2', {}, `${perspective.title} — ${formatScore(node.score, locale)} `, status(node.status)),
      el('table', {}, el('thead', {}, el('tr', {}, ...[labels.kpis, labels.actual, labels.target, labels.score, labels.status, labels.change].map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows)),
    );
  });
  root.replaceChildren(
    el('h1', {}, scorecard.title),
    el('div', { class: 'controls' }, picker, view, el('span', {}, `${labels.score}: ${formatScore(evaluation.root.score, locale)} `, status(evaluation.root.status))),
    ...sections,
  );
}

function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
