/**
 * `<bsc-trend-chart>` with 100,000 periods against uPlot on the same data, same size, same page
 * (docs/architecture.md §5: the kit's first render ≤ 30 ms to the next frame, and within 1.5× of uPlot's).
 *
 * The data: a seeded random walk around a seasonal wave, with gaps (runs of periods without an
 * actual), and a target that changes every 25,000 periods (per-period thresholds, as a KPI's series
 * may override them): four runs of zones. Both charts draw into an 800 × 400 px box. A timed run
 * starts with nothing in the document and ends at the start of the next frame, with style and
 * layout forced there:
 * - bsc-kit: create the chart, give it `.series` (the same array every run: building the data is
 *   not timed) and its attributes, append the box, wait until it has updated (it measures its frame
 *   on the first update and draws on the second: `settled` waits for both);
 * - uPlot 1.6 (ESM build, its stylesheet adopted): append the box, `new uPlot(options, data, box)`.
 * The two are timed in turns (one run of each per round). Removing the box (and `destroy()`) is
 * outside the timing.
 */
import '../src/elements/bsc-trend-chart.js';
import type { BscTrendChart, TrendSeriesItem } from '../src/elements/bsc-trend-chart.js';
import { countByName, bscElements, deepQueryAll, measureToFrameInterleaved, quiet, settled, toFrame, watchErrors, inked } from './dom.js';
import { mulberry32 } from '../test/support/generate.js';
import { bench, consume, type Lap, type Sample } from './harness.js';
import { adoptUPlotStyles, alignedData, trendOptions, uPlot, type TrendData } from './peers/uplot-trend.js';

const POINTS = 100_000;
const WIDTH = 800;
const HEIGHT = 400;
const RUNS = 15;

bench(`Trend chart of ${POINTS.toLocaleString('en-US')} periods, first render — bsc-trend-chart vs uPlot`, async (b) => {
  await adoptUPlotStyles('./trend-chart.css');
  const data = makeData(POINTS, 11);
  // Every period carries its thresholds, as a KPI's series states them where they change.
  const series: TrendSeriesItem[] = data.values.map((actual, i) => ({
    actual,
    target: data.targets[i]!,
    redFlag: data.redFlags[i]!,
    stretch: data.stretches[i]!,
  }));
  const aligned = alignedData(data);
  const errors = watchErrors();

  const box = () => {
    const div = document.createElement('div');
    div.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden`;
    return div;
  };
  let cleanup: (() => void) | null = null;
  const teardown = () => {
    cleanup?.();
    cleanup = null;
  };

  const renderKit = async (lap: Lap, full = false) => {
    const div = box();
    const chart = document.createElement('bsc-trend-chart') as BscTrendChart;
    chart.setAttribute('label', 'Throughput');
    chart.setAttribute('locale', 'en-US');
    chart.setAttribute('polarity', 'up');
    chart.style.height = '100%';
    chart.series = series;
    div.append(chart);
    document.body.append(div);
    cleanup = () => div.remove();
    if (full) await settled(div, { full: true });
    await toFrame(div, lap);
    return div;
  };

  const renderUPlot = async (lap: Lap) => {
    const div = box();
    document.body.append(div);
    const plot = new uPlot(trendOptions(data, WIDTH, HEIGHT), aligned, div);
    cleanup = () => {
      plot.destroy();
      div.remove();
    };
    // uPlot commits its first draw in a microtask after the constructor.
    await Promise.resolve();
    await toFrame(div, lap, { settle: false });
    return plot;
  };

  // ——— Checked once before anything is timed: each side must have drawn the series ———
  const noLap = () => {};
  const kit = await renderKit(noLap, true);
  errors.check('bsc-trend-chart');
  const chart = kit.querySelector('bsc-trend-chart')!;
  const vertices = chart.shadowRoot?.querySelector('[part~="actual"]')?.getAttribute('d')?.split(/[ML]/).length ?? 0;
  const zones = chart.shadowRoot?.querySelectorAll('[part~="zone"]').length ?? 0;
  const subpaths = chart.shadowRoot?.querySelector('[part~="actual"]')?.getAttribute('d')?.match(/M/g)?.length ?? 0;
  if (vertices < 500 || zones < 4) throw new Error(`bsc-trend-chart: ${vertices} vertices in the line and ${zones} zones; expected a drawn chart`);
  const kitNodes = deepQueryAll(kit, '*').length;
  const kitElements = countByName(bscElements(kit, { full: true }));
  teardown();

  await renderUPlot(noLap);
  const canvas = document.querySelector<HTMLCanvasElement>('.uplot canvas');
  const drawn = inked(canvas);
  const uplotNodes = document.querySelector('.uplot')?.querySelectorAll('*').length ?? 0;
  teardown();
  if (!drawn) throw new Error('uPlot: its canvas holds no pixel');

  // ——— Timed ———
  const [ours, theirs] = (await measureToFrameInterleaved(
    b,
    [
      { name: `bsc-trend-chart, ${POINTS.toLocaleString('en-US')} periods`, fn: (_: void, lap: Lap) => renderKit(lap), options: { setup: quiet, teardown } },
      {
        name: `uPlot, ${POINTS.toLocaleString('en-US')} periods`,
        fn: (_: void, lap: Lap) => renderUPlot(lap),
        options: { setup: quiet, teardown },
        settledNote: 'the constructor returned and its first draw committed',
      },
    ],
    { runs: RUNS, warmup: 2 },
  )) as [Sample & { frame: Sample }, Sample & { frame: Sample }];
  errors.check('bsc-trend-chart, timed');
  consume([ours, theirs]);

  // The budget's figure: the kit's own row against 30 ms, the ratio against 1.5.
  b.row({ ...ours.frame, name: 'bsc-trend-chart: to the next frame (docs/architecture.md §5 budget)' }, { budget: 30 });
  b.ratio('bsc-trend-chart ÷ uPlot, to the next frame', ours.frame, theirs.frame, { budget: 1.5 });
  const work = (s: typeof ours) => s.laps?.layout?.median ?? Number.NaN;
  b.ratio('bsc-trend-chart ÷ uPlot, to style & layout (no frame wait)', work(ours), work(theirs));
  b.ratio('bsc-trend-chart ÷ uPlot, to painted', ours, theirs);

  b.note(
    `Data: ${POINTS.toLocaleString('en-US')} periods, seeded (mulberry32, seed 11): a random walk around a seasonal wave, with ${data.gaps} gaps (runs of periods without an actual); ` +
      "target, red flag (90 %) and stretch (110 %) change every 25,000 periods. Both get every period's thresholds.",
  );
  b.note(
    `bsc-trend-chart: ${Object.entries(kitElements)
      .map(([name, n]) => `${name} ${n}`)
      .join(
        ', ',
      )}; the line downsampled (LTTB) to ${vertices.toLocaleString('en-US')} vertices in ${subpaths} subpaths, ${zones} zone rectangles, ${kitNodes} elements through its shadow root ` +
      `(SVG, axis labels formatted by Intl, the summary in words). uPlot: canvas, ${uplotNodes} elements, cursor on, no legend; zones drawn by a \`drawClear\` hook, the as-of mark by a \`draw\` hook.`,
  );
  b.note(
    `Timed in turns, one run of each per round (${RUNS} rounds after 2 of warm-up). Rows of one chart are points of the same runs: "to settled" (bsc-kit: every update done, ` +
      'the measuring one included; uPlot: the constructor returned and a microtask passed), "+ style & layout", "to the next frame" (the budget\'s figure), "to painted" (that frame\'s paint and commit on the main thread).',
  );
  errors.stop();
});

function makeData(count: number, seed: number): TrendData & { gaps: number } {
  const random = mulberry32(seed);
  const values: (number | null)[] = new Array(count);
  const targets: number[] = new Array(count);
  const redFlags: number[] = new Array(count);
  const stretches: number[] = new Array(count);
  let walk = 0;
  let gaps = 0;
  let gapLeft = 0;
  for (let i = 0; i < count; i++) {
    walk += (random() - 0.5) * 4;
    walk *= 0.999;
    const target = 1000 + Math.floor(i / 25_000) * 40;
    targets[i] = target;
    redFlags[i] = target * 0.9;
    stretches[i] = target * 1.1;
    if (gapLeft === 0 && random() < 0.0002) {
      gapLeft = 5 + Math.floor(random() * 200);
      gaps++;
    }
    if (gapLeft > 0) {
      gapLeft--;
      values[i] = null;
    } else values[i] = Math.round((target + 60 * Math.sin(i / 2000) + walk) * 10) / 10;
  }
  return { values, targets, redFlags, stretches, gaps };
}
