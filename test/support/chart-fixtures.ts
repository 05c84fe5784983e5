import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { BscErrorDetail, BscSelectDetail } from '../../src/elements/internal/events.js';

/** What the chart elements' tests share: the selections and errors an element fires, and a wrapper to render it in. */
export async function selections(el: HTMLElement, action: () => unknown): Promise<BscSelectDetail[]> {
  const seen: BscSelectDetail[] = [];
  const listener = (event: CustomEvent<BscSelectDetail>) => seen.push(event.detail);
  el.addEventListener('bsc-select', listener);
  try {
    await action();
  } finally {
    el.removeEventListener('bsc-select', listener);
  }
  return seen;
}

export function errorsOf(el: HTMLElement): BscErrorDetail[] {
  const seen: BscErrorDetail[] = [];
  el.addEventListener('bsc-error', (event) => seen.push(event.detail));
  return seen;
}

const wrappers: HTMLElement[] = [];
afterEach(() => wrappers.splice(0).forEach((wrapper) => wrapper.remove()));

/**
 * Renders `template` inside a plain `<div>` with `attributes`. A fixture of the `<div>` itself would
 * wait for an animation frame, which a test page running in the background may never get.
 */
export async function inDiv<T extends Element>(attributes: Record<string, string>, template: TemplateResult): Promise<{ wrapper: HTMLDivElement; el: T }> {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  document.body.append(wrapper);
  wrappers.push(wrapper);
  // fixtureSync: open-wc's `fixture` waits for an animation frame for a plain element, which a page
  // in the background (the runner's second concurrent page) never gets.
  const el = fixtureSync<T>(template, { parentNode: wrapper });
  if ('updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { wrapper, el };
}

/** What assistive technology reads from a gauge's or a bullet's element with the meter role (its `base` part). */
export function meterAria(el: Element) {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  const attr = (name: string) => base.getAttribute(name);
  return {
    role: attr('role'),
    name: attr('aria-label'),
    now: attr('aria-valuenow'),
    min: attr('aria-valuemin'),
    max: attr('aria-valuemax'),
    text: attr('aria-valuetext'),
  };
}
