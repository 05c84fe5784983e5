/**
 * 100 `<bsc-kpi-gauge>` against 100 ECharts gauges of the same readings (docs/architecture.md §5: the kit's
 * first render ≤ ⅓ of ECharts' time, same run).
 *
 * Both draw into a grid of 200 × 150 px boxes in the same page. A timed run starts with nothing in
 * the document and ends at the start of the next frame after everything is drawn, with style and
 * layout forced there:
 * - bsc-kit: create the 100 gauges from attributes (`value target red-flag stretch min max label`)
 *   in their boxes, append the grid, wait until every bsc-* element has updated (`settled`);
 * - ECharts 6, tree-shaken (`echarts/core` + `GaugeChart` + one renderer, no component): append the
 *   grid of boxes, then `echarts.init(box, null, { renderer, width: 200, height: 150 })` and
 *   `setOption` for each (ECharts draws synchronously in `setOption`); SVG renderer, and canvas.
 * The gauge skips the style and layout of what it holds while it is off screen (`content-visibility:
 * auto`): of the 100, the 20 or so in the 800 × 600 viewport are laid out in the first frame, the rest
 * when scrolled to. The figures for the budget force the layout of every gauge in view inside the
 * timing (see `toFrame`), one forced pass per gauge; a fourth contender lays out all 100 at once (the
 * page sets `content-visibility: visible` on them), a fifth leaves the layout of those in view to the
 * browser (one pass for all, seen in "to painted").
 * The five are timed in turns (one run of each per round), for ratios that a burst of load on the
 * shared machine does not skew. Removing the grid (and `chart.dispose()`) is outside the timing.
 */
import '../src/elements/bsc-kpi-gauge.js';
import { CanvasRenderer } from 'echarts/renderers';
import { bscElements, countByName, deepQueryAll, layoutInView, measureToFrameInterleaved, quiet, settled, toFrame, watchErrors, inked } from './dom.js';
import { mulberry32 } from '../test/support/generate.js';
import { bench, consume, type Lap, type Sample } from './harness.js';
import { echarts, gaugeOption, type GaugeReading } from './peers/echarts-gauge.js';

echarts.use([CanvasRenderer]);

/** A sample of renders that end with `toFrame`, with its "to the next frame" lap. */
type Framed = Sample & { frame: Sample };

const COUNT = 100;
const WIDTH = 200;
const HEIGHT = 150;
const RUNS = 15;

bench(`${COUNT} gauges, first render — bsc-kpi-gauge vs ECharts`, async (b) => {
  const readings = makeReadings(COUNT, 7);
  const errors = watchErrors();

  /** The grid and its boxes, not yet in the document. */
  const grid = () => {
    const div = document.createElement('div');
    // The kit's gauge fills its box's width up to --bsc-gauge-size, its label and readout above and
    // below the dial: 108 px keeps the whole of it inside 150 px of height, as ECharts' is.
    div.style.cssText = `--bsc-gauge-size:108px;display:grid;grid-template-columns:repeat(5,${WIDTH}px);grid-auto-rows:${HEIGHT}px;gap:0;width:${5 * WIDTH}px`;
    const boxes = readings.map(() => {
      const box = document.createElement('div');
      box.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden`;
      div.append(box);
      return box;
    });
    return { div, boxes };
  };

  /** Removes what the last render made (outside the timing: the harness's teardown). */
  let cleanup: (() => void) | null = null;
  const teardown = () => {
    cleanup?.();
    cleanup = null;
  };

  /** A page may lay out every gauge at once, in view or not: its own rule wins over the element's. */
  const drawAll = new CSSStyleSheet();
  drawAll.replaceSync('.draw-all bsc-kpi-gauge { content-visibility: visible; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, drawAll];

  const renderKit = async (lap: (label: string) => void, { full = false, all = false, forceInView = true } = {}) => {
    const { div, boxes } = grid();
    if (all) div.classList.add('draw-all');
    readings.forEach((r, i) => {
      const gauge = document.createElement('bsc-kpi-gauge');
      gauge.setAttribute('value', String(r.value));
      gauge.setAttribute('target', String(r.target));
      gauge.setAttribute('red-flag', String(r.redFlag));
      gauge.setAttribute('stretch', String(r.stretch));
      gauge.setAttribute('min', String(r.min));
      gauge.setAttribute('max', String(r.max));
      gauge.setAttribute('label', r.label);
      boxes[i]!.append(gauge);
    });
    document.body.append(div);
    cleanup = () => div.remove();
    if (full) await settled(div, { full: true });
    await toFrame(div, lap, { forceInView });
    return div;
  };

  const renderECharts = async (renderer: 'svg' | 'canvas', lap: (label: string) => void) => {
    const { div, boxes } = grid();
    document.body.append(div);
    const charts: ReturnType<typeof echarts.init>[] = [];
    cleanup = () => {
      for (const chart of charts) chart.dispose();
      div.remove();
    };
    boxes.forEach((box, i) => {
      const chart = echarts.init(box, null, { renderer, width: WIDTH, height: HEIGHT });
      charts.push(chart);
      chart.setOption(gaugeOption(readings[i]!));
    });
    await toFrame(div, lap, { settle: false });
    return { div, charts };
  };

  // ——— Checked once before anything is timed: each side must have drawn 100 gauges ———
  const noLap = () => {};
  const kit = await renderKit(noLap, { full: true });
  errors.check('bsc-kpi-gauge');
  const gauges = deepQueryAll(kit, 'bsc-kpi-gauge');
  const drawn = gauges.filter((g) => g.shadowRoot?.querySelector('[part~="band"]') && g.shadowRoot.querySelector('[part~="needle"]')).length;
  const statuses = countBy(gauges.map((g) => g.shadowRoot?.querySelector('.status-badge')?.classList[1] ?? 'none'));
  if (gauges.length !== COUNT || drawn !== COUNT)
    throw new Error(`bsc-kpi-gauge: ${gauges.length} gauges, ${drawn} with bands and a needle; expected ${COUNT}`);
  const kitElements = countByName(bscElements(kit, { full: true }));
  const kitNodes = deepQueryAll(kit, '*').length;
  const inViewCount = layoutInView(bscElements(kit));
  teardown();

  const svg = await renderECharts('svg', noLap);
  const svgDrawn = svg.charts.filter((_, i) => (svg.div.children[i]?.querySelectorAll('svg path').length ?? 0) > 3).length;
  const svgNodes = svg.div.querySelectorAll('*').length;
  teardown();
  if (svgDrawn !== COUNT) throw new Error(`ECharts SVG: ${svgDrawn} boxes hold a drawn gauge, expected ${COUNT}`);
  const canvas = await renderECharts('canvas', noLap);
  const canvasDrawn = canvas.charts.filter((_, i) => inked(canvas.div.children[i]?.querySelector('canvas') ?? null)).length;
  teardown();
  if (canvasDrawn !== COUNT) throw new Error(`ECharts canvas: ${canvasDrawn} canvases hold pixels, expected ${COUNT}`);

  // ——— Timed ———
  // In turns (one run of each per round), so that load on the shared machine falls on all of them alike.
  const echartsNote = 'every setOption returned (ECharts draws in it)';
  const [ours, theirs, theirsCanvas, oursAll, oursUnforced] = (await measureToFrameInterleaved(
    b,
    [
      { name: `bsc-kpi-gauge × ${COUNT}`, fn: (_: void, lap: Lap) => renderKit(lap), options: { setup: quiet, teardown } },
      {
        name: `ECharts gauge × ${COUNT}, SVG renderer`,
        fn: (_: void, lap: Lap) => renderECharts('svg', lap),
        options: { setup: quiet, teardown },
        settledNote: echartsNote,
      },
      {
        name: `ECharts gauge × ${COUNT}, canvas renderer`,
        fn: (_: void, lap: Lap) => renderECharts('canvas', lap),
        options: { setup: quiet, teardown },
        settledNote: echartsNote,
      },
      { name: `bsc-kpi-gauge × ${COUNT}, all laid out at once`, fn: (_: void, lap: Lap) => renderKit(lap, { all: true }), options: { setup: quiet, teardown } },
      {
        name: `bsc-kpi-gauge × ${COUNT}, the browser's own layout of those in view`,
        fn: (_: void, lap: Lap) => renderKit(lap, { forceInView: false }),
        options: { setup: quiet, teardown },
      },
    ],
    { runs: RUNS, warmup: 2 },
  )) as [Framed, Framed, Framed, Framed, Framed];
  errors.check('bsc-kpi-gauge, timed');
  consume([ours, theirs, theirsCanvas, oursAll, oursUnforced]);

  b.ratio('bsc-kpi-gauge ÷ ECharts SVG, to the next frame', ours.frame, theirs.frame, { budget: 1 / 3 });
  b.ratio('bsc-kpi-gauge ÷ ECharts canvas, to the next frame', ours.frame, theirsCanvas.frame, { budget: 1 / 3 });
  const work = (s: typeof ours) => s.laps?.layout?.median ?? Number.NaN;
  b.ratio('bsc-kpi-gauge ÷ ECharts SVG, to style & layout (no frame wait)', work(ours), work(theirs));
  b.ratio('bsc-kpi-gauge ÷ ECharts SVG, to painted', ours, theirs);
  b.ratio('bsc-kpi-gauge ÷ ECharts canvas, to painted', ours, theirsCanvas);
  b.ratio("bsc-kpi-gauge, the browser's own layout of those in view ÷ ECharts SVG, to painted", oursUnforced, theirs);
  b.ratio("bsc-kpi-gauge, the browser's own layout of those in view ÷ ECharts canvas, to painted", oursUnforced, theirsCanvas);
  b.ratio('bsc-kpi-gauge, all 100 laid out at once ÷ ECharts SVG, to the next frame', oursAll.frame, theirs.frame);
  b.ratio('bsc-kpi-gauge, all 100 laid out at once ÷ ECharts canvas, to the next frame', oursAll.frame, theirsCanvas.frame);

  b.note(
    `Readings: ${COUNT} "up" KPIs, seeded (mulberry32, seed 7): target 50–150, red flag 80 % and stretch 115 % of it, scale 0 to the target × 1.4 rounded up to 10, ` +
      `value 50–130 % of the target. Statuses drawn by bsc-kpi-gauge: ${Object.entries(statuses)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}.`,
  );
  b.note(
    `bsc-kit: ${Object.entries(kitElements)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ')}; ${kitNodes.toLocaleString('en-US')} elements through the shadow roots. ECharts SVG: ${svgNodes.toLocaleString('en-US')} elements. ` +
      'Each gauge fits in its 200 × 150 box (bsc-kpi-gauge at `--bsc-gauge-size: 108px`, so its readout is not cut off). Both: a 240° arc in four bands, a needle, scale labels, the label and the value; ECharts without animation (`animation: false`), ' +
      'without a target mark or a status badge (the gauge series has none), and each of its charts with its own zrender instance.',
  );
  b.note(
    `bsc-kpi-gauge skips the style and layout of a gauge off screen (\`content-visibility: auto\`): ${inViewCount} of the ${COUNT} meet the 800 × 600 viewport, and the ` +
      'rows up to "to the next frame" force their layout (and only theirs) inside the timing, one forced pass per gauge, which costs more than the browser\'s one pass for all of them: ' +
      '"the browser\'s own layout of those in view" forces nothing, so that layout shows only in its "to painted". "All laid out at once" is the same render on a page that sets `content-visibility: visible` on the gauges.',
  );
  b.note(
    `The five were timed in turns, one run of each per round (${RUNS} rounds after 2 of warm-up), so that load on the machine falls on all of them alike. ` +
      'Rows of one renderer are points of the same runs: "to settled" (bsc-kit: every element\'s `updateComplete`; ECharts: every `setOption` returned), "+ style & layout" (`document.body.offsetHeight`), ' +
      '"to the next frame" (then requestAnimationFrame and layout forced in it: the budget\'s figure, as for the scorecard), "to painted" (then that frame\'s paint and commit on the main thread; ' +
      "rasterising, SVG's and canvas', runs on other threads and is not waited for).",
  );
  errors.stop();
});

function makeReadings(count: number, seed: number): GaugeReading[] {
  const random = mulberry32(seed);
  const round = (value: number) => Math.round(value * 10) / 10;
  return Array.from({ length: count }, (_, i) => {
    const target = Math.round(50 + random() * 100);
    return {
      label: `KPI ${i + 1}`,
      value: round(target * (0.5 + random() * 0.8)),
      target,
      redFlag: round(target * 0.8),
      stretch: round(target * 1.15),
      min: 0,
      max: Math.ceil((target * 1.4) / 10) * 10,
    };
  });
}

function countBy(items: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}
