import { expect } from '@open-wc/testing';

interface CspResult {
  violations: string[];
  errors: string[];
  unrendered: string[];
  styled: string[];
  styleAttributes: string[];
  kinds: string[];
  kpiRows: number;
  svgExports: Record<string, boolean>;
  png: string;
  evaluated: boolean;
}

describe('a strict Content-Security-Policy', () => {
  it('renders every element with no inline script, inline style or eval', async () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('./csp-page.html', import.meta.url).href;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const result = await new Promise<CspResult>((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          const pending = (frame.contentWindow as unknown as { __cspResult?: Promise<CspResult> }).__cspResult;
          if (pending) pending.then(resolve, reject);
          else if (Date.now() - started > 8000) reject(new Error('the CSP page never ran its module: was the script itself blocked?'));
          else setTimeout(poll, 50);
        };
        poll();
      });
      expect(result.violations, 'CSP violations').to.deep.equal([]);
      expect(result.errors, 'errors in the page').to.deep.equal([]);
      expect(result.styleAttributes, 'elements with a style attribute').to.deep.equal([]);
      expect(result.kinds, 'the elements rendered').to.include.members([
        'bsc-bullet',
        'bsc-cascade',
        'bsc-changes',
        'bsc-kpi',
        'bsc-kpi-gauge',
        'bsc-objective',
        'bsc-period-picker',
        'bsc-perspective',
        'bsc-scorecard',
        'bsc-sparkline',
        'bsc-status',
        'bsc-strategy-map',
        'bsc-trend-chart',
      ]);
      expect(result.kpiRows, 'KPI rows of the sample scorecard').to.equal(34);
      expect(result.unrendered, 'elements that rendered nothing').to.deep.equal([]);
      expect(result.styled, 'elements without adopted style sheets').to.deep.equal([]);
      expect(result.evaluated).to.equal(true);
      expect(result.svgExports, 'each chart exported as SVG').to.deep.equal({
        'bsc-kpi-gauge': true,
        'bsc-bullet': true,
        'bsc-sparkline': true,
        'bsc-trend-chart': true,
        'bsc-strategy-map': true,
      });
      expect(result.png, 'a chart drawn as PNG from a blob: image').to.equal('image/png');
    } finally {
      frame.remove();
    }
  });
});
