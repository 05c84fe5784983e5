import '../../src/format/locales/index.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/bsc-scorecard.js';
import type { BscScorecard } from '../../src/elements/bsc-scorecard.js';
import type { BscErrorDetail } from '../../src/elements/internal/events.js';
import { evaluate } from '../../src/engine/index.js';
import { scorecardCsv } from '../../src/export/csv.js';
import { resolveLabels } from '../../src/format/index.js';
import { loadAcme } from '../support/scorecard-fixture.js';

interface Download {
  fileName: string;
  blob: Blob;
  revoked: boolean;
}

/**
 * Catches the scorecard's downloads: the Blob behind each URL it makes (the real URLs: a PNG is
 * drawn from one), and the `<a download>` it clicks (the click's default, saving a file, is prevented).
 */
function catchDownloads(el: BscScorecard) {
  const blobs = new Map<string, Blob>();
  const revoked = new Set<string>();
  const downloads: Download[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    revokeObjectURL(url);
    revoked.add(url);
    const download = downloads.find((d) => d.revoked === false && blobs.get(url) === d.blob);
    if (download) download.revoked = true;
  };
  const onClick = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (link.localName !== 'a' || !link.download) return;
    event.preventDefault();
    downloads.push({ fileName: link.download, blob: blobs.get(link.getAttribute('href')!)!, revoked: revoked.has(link.getAttribute('href')!) });
  };
  el.shadowRoot!.addEventListener('click', onClick, true);
  return {
    downloads,
    restore: () => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      el.shadowRoot!.removeEventListener('click', onClick, true);
    },
  };
}

const exportButtons = (el: BscScorecard) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="export-option"]')];
const button = (el: BscScorecard, value: string) => exportButtons(el).find((b) => b.value === value)!;

async function acmeScorecard(attributes = '') {
  const model = await loadAcme();
  const el = await fixture<BscScorecard>(html`<bsc-scorecard .model=${model} period="2026-10"></bsc-scorecard>`);
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split('=') as [string, string]))
    el.setAttribute(name, value);
  await el.updateComplete;
  return { el, model };
}

describe('bsc-scorecard export', () => {
  it('offers CSV in a named group of the header, and saves the evaluated scorecard as acme-2026-2026-10-period.csv', async () => {
    const { el, model } = await acmeScorecard();
    const group = el.shadowRoot!.querySelector('[part="export"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Export');
    expect(exportButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Download CSV']);
    await expect(el).to.be.accessible();

    const caught = catchDownloads(el);
    try {
      button(el, 'csv').click();
      expect(caught.downloads).to.have.length(1);
      const [download] = caught.downloads as [Download];
      expect(download.fileName).to.equal('acme-2026-2026-10-period.csv');
      expect(download.blob.type).to.equal('text/csv;charset=utf-8');
      expect(download.revoked, 'the Blob URL is revoked after the click').to.equal(true);
      const text = await download.blob.text();
      // Blob.text() decodes UTF-8 and drops the byte-order mark: the bytes still start with it.
      expect([...new Uint8Array(await download.blob.slice(0, 3).arrayBuffer())]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const expected = scorecardCsv(evaluate(model, { asOf: '2026-10' }), { locale: 'en-US', labels: resolveLabels('en-US') });
      expect(`\uFEFF${text}`).to.equal(expected);
      expect(el.toCSV()).to.equal(expected);
      const lines = text.split('\r\n');
      expect(lines[0]).to.equal('Period,Perspective,Objective,KPI,Actual,Target,Score,Status,Comment');
      expect(lines).to.have.length(34 + 2);
      expect(lines[1]).to.equal(
        '2026-10,Financial,Grow revenue profitably,Booked revenue,4412500,4380000,6.91,On track,On target for the fourth month running. The new pricing for mid-market accounts took effect on 1 October.',
      );
    } finally {
      caught.restore();
    }
  });

  it('follows the period, the view and the locale', async () => {
    const { el } = await acmeScorecard();
    el.period = '2026-06';
    el.view = 'ytd';
    el.locale = 'de-DE';
    await el.updateComplete;
    const caught = catchDownloads(el);
    try {
      expect(button(el, 'csv').textContent!.trim()).to.equal('CSV herunterladen');
      button(el, 'csv').click();
      expect(caught.downloads[0]!.fileName).to.equal('acme-2026-2026-06-ytd.csv');
      const lines = (await caught.downloads[0]!.blob.text()).split('\r\n');
      expect(lines[0]).to.equal('Periode;Perspektive;Strategisches Ziel;Kennzahl;Istwert;Zielwert;Punktwert;Status;Kommentar');
      expect(lines[1]).to.match(/^2026-06;/);
    } finally {
      caught.restore();
    }
  });

  it("saves the open KPI panel's trend as SVG and PNG, named for the KPI", async () => {
    const { el } = await acmeScorecard();
    el.selectedKpi = 'booked-revenue';
    await el.updateComplete;
    await customElements.whenDefined('bsc-trend-chart');
    const chart = el.shadowRoot!.querySelector('bsc-trend-chart')!;
    await waitUntil(() => chart.shadowRoot?.querySelector('svg.plot [part~="actual"]'), 'the trend was never drawn', { timeout: 5000 });
    expect(exportButtons(el).map((b) => [b.value, b.getAttribute('aria-label')])).to.deep.equal([
      ['csv', null],
      ['svg', 'Download SVG, Booked revenue'],
      ['png', 'Download PNG, Booked revenue'],
    ]);
    const caught = catchDownloads(el);
    try {
      button(el, 'svg').click();
      await waitUntil(() => caught.downloads.length === 1, 'no SVG was saved', { timeout: 5000 });
      expect(caught.downloads[0]!.fileName).to.equal('acme-2026-2026-10-booked-revenue.svg');
      expect(caught.downloads[0]!.blob.type).to.equal('image/svg+xml');
      expect(await caught.downloads[0]!.blob.text()).to.include('<title>Booked revenue</title>');
      button(el, 'png').click();
      await waitUntil(() => caught.downloads.length === 2, 'no PNG was saved', { timeout: 5000 });
      expect(caught.downloads[1]!.fileName).to.equal('acme-2026-2026-10-booked-revenue.png');
      expect(caught.downloads[1]!.blob.type).to.equal('image/png');
    } finally {
      caught.restore();
    }
  });

  it('saves the strategy map in its layout', async () => {
    const { el } = await acmeScorecard();
    el.layout = 'strategy-map';
    await el.updateComplete;
    await customElements.whenDefined('bsc-strategy-map');
    const map = el.shadowRoot!.querySelector('bsc-strategy-map')!;
    await waitUntil(() => map.shadowRoot?.querySelector('svg.map'), 'the map was never drawn', { timeout: 5000 });
    expect(button(el, 'svg').getAttribute('aria-label')).to.equal('Download SVG, Strategy map');
    const caught = catchDownloads(el);
    try {
      button(el, 'svg').click();
      await waitUntil(() => caught.downloads.length === 1, 'no SVG was saved', { timeout: 5000 });
      expect(caught.downloads[0]!.fileName).to.equal('acme-2026-2026-10-strategy-map.svg');
      expect(await caught.downloads[0]!.blob.text()).to.include('<title>Strategy map</title>');
    } finally {
      caught.restore();
    }
  });

  it('reports a chart that cannot be saved as bsc-error, and saves nothing', async () => {
    const { el } = await acmeScorecard();
    el.selectedKpi = 'booked-revenue';
    await el.updateComplete;
    await customElements.whenDefined('bsc-trend-chart');
    const chart = el.shadowRoot!.querySelector('bsc-trend-chart')! as unknown as { toSVG(): Promise<string> };
    chart.toSVG = async () => '';
    const errors: BscErrorDetail[] = [];
    el.addEventListener('bsc-error', (event) => errors.push(event.detail));
    const caught = catchDownloads(el);
    try {
      button(el, 'svg').click();
      await waitUntil(() => errors.length === 1, 'no bsc-error', { timeout: 5000 });
      expect(errors[0]!.issues[0]).to.deep.equal({
        path: 'export',
        message: 'acme-2026-2026-10-booked-revenue.svg could not be made (the chart is not drawn)',
      });
      expect(caught.downloads).to.deep.equal([]);
    } finally {
      caught.restore();
    }
  });

  it('answers an empty CSV before a model is shown', async () => {
    const el = await fixture<BscScorecard>(html`<bsc-scorecard></bsc-scorecard>`);
    expect(el.toCSV()).to.equal('');
  });
});
