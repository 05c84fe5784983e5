import { expect } from '@open-wc/testing';
import { deepText } from '../support/deep-text.js';

describe('elements written in the page before the kit is defined', () => {
  it('still find their scorecard', async () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('./late-definition.html', import.meta.url).href;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as unknown as { __settled?: Promise<void> };
      for (let i = 0; i < 100 && !win.__settled; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await win.__settled;
      const page = frame.contentDocument!;
      const text = (selector: string) => deepText(page.querySelector(selector)!);
      expect(text('bsc-kpi')).to.contain('Booked revenue');
      expect(text('bsc-kpi')).not.to.contain('No data');
      expect(text('bsc-perspective')).to.contain('Customer');
      expect(page.querySelector('bsc-period-picker')!.shadowRoot!.querySelectorAll('option').length).to.be.greaterThan(12);
      expect(page.querySelector('bsc-kpi-gauge')!.shadowRoot!.querySelector('[role="meter"]')).to.exist;
    } finally {
      frame.remove();
    }
  });
});
