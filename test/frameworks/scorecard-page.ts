/**
 * What the framework tests share: a small model, as an application holds it, and the way into a
 * default layout to click a KPI. Typed by shape, not by class: in the two-copies test the elements
 * belong to whichever copy defined them.
 */
import { waitUntil } from '@open-wc/testing';
import type { ScorecardInput } from '../../src/model/index.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export function revenueScorecard(title = 'Revenue scorecard'): ScorecardInput {
  return {
    version: 1,
    id: 'revenue-scorecard',
    title,
    asOf: '2026-02',
    perspectives: [
      {
        id: 'financial',
        title: 'Financial',
        objectives: [
          {
            id: 'grow',
            title: 'Grow revenue',
            kpis: [
              {
                id: 'revenue',
                title: 'Revenue',
                target: 100,
                series: [
                  { period: '2026-01', actual: 90 },
                  { period: '2026-02', actual: 120 },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** Waits until a scorecard shows its model (its title part is filled) and has rendered. */
export async function shown(scorecard: HTMLElement): Promise<void> {
  await waitUntil(() => scorecard.shadowRoot?.querySelector('[part~="title"]')?.textContent, 'the scorecard showed no model', { timeout: 5000 });
  await (scorecard as Updating).updateComplete;
}

/** The button with the KPI's name, three shadow roots down: scorecard → perspective → objective. */
export async function kpiNameButton(scorecard: HTMLElement, title: string): Promise<HTMLButtonElement> {
  await shown(scorecard);
  for (const perspective of scorecard.shadowRoot!.querySelectorAll<Updating>('bsc-perspective')) {
    await perspective.updateComplete;
    for (const objective of perspective.shadowRoot!.querySelectorAll<Updating>('bsc-objective')) {
      await objective.updateComplete;
      for (const button of objective.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="kpi-name"] button')) {
        if (button.textContent?.trim() === title) return button;
      }
    }
  }
  throw new Error(`no button for the KPI "${title}" in the default layout`);
}

/** The gauge's meter: its value text says value, share of target and status. */
export async function meterOf(gauge: HTMLElement): Promise<HTMLElement> {
  await (gauge as Updating).updateComplete;
  return gauge.shadowRoot!.querySelector<HTMLElement>('[role="meter"]')!;
}
