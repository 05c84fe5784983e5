import type { ReactiveElement } from 'lit';
import { downloadBlob } from '../../export/download.js';
import type { ChartImageOptions } from '../../export/png.js';
import { emit } from './events.js';

/** An element that saves its drawing (`bsc-trend-chart`, `bsc-strategy-map`), typed without importing its module (it loads on demand). */
type ExportableChart = HTMLElement & { toSVG(): Promise<string>; toPNG(options?: ChartImageOptions): Promise<Blob>; updateComplete: Promise<boolean> };

/**
 * Saves the chart `tag` of the host's shadow root as `fileName` once its module has loaded and it
 * has drawn, a PNG on the host's background; a failure is fired as `bsc-error` from the host.
 * (A module of its own, apart from `chart-export.ts`: a chart that exports itself never saves one.)
 */
export async function saveChart(host: ReactiveElement, tag: string, format: 'svg' | 'png', fileName: string): Promise<void> {
  try {
    await customElements.whenDefined(tag);
    const chart = host.renderRoot.querySelector(tag) as ExportableChart | null;
    if (!chart) return;
    await chart.updateComplete;
    let blob: Blob;
    if (format === 'svg') {
      const text = await chart.toSVG();
      if (!text) throw new Error('the chart is not drawn');
      blob = new Blob([text], { type: 'image/svg+xml' });
    } else {
      // Paper-white or the dark surface, as shown: a transparent PNG of a dark theme's light ink would be unreadable in most viewers.
      blob = await chart.toPNG({ background: getComputedStyle(host).backgroundColor });
    }
    downloadBlob(host.renderRoot, blob, fileName);
  } catch (error) {
    emit(host, 'bsc-error', {
      issues: [{ path: 'export', message: `${fileName} could not be made (${error instanceof Error ? error.message : String(error)})` }],
    });
  }
}
