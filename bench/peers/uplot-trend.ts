/**
 * The uPlot peer of `bsc-trend-chart`: its ESM build and its stylesheet, drawing what the kit's chart
 * draws for a standalone series: the actuals as a line with gaps, the target as a stepped line, the
 * threshold zones behind them (a `drawClear` hook: uPlot has no zones of its own), the as-of mark, a
 * value axis and a time axis, and its cursor for hovering. No legend (the kit's chart has none).
 * uPlot draws on a canvas and decimates the line itself while drawing.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export { uPlot };

/** The series both charts get: one value per period (null: a gap), and the thresholds in force. */
export interface TrendData {
  values: (number | null)[];
  targets: number[];
  redFlags: number[];
  stretches: number[];
}

/** Zone tints of the kit's light theme, lowest first for a higher-is-better KPI. */
const ZONES = ['#fee2e2', '#fef3c7', '#dcfce7', '#dbeafe'] as const;

/**
 * uPlot's stylesheet, which the bundler writes next to the bench (`<name>.css`): the page adopts it
 * as a constructed sheet, so it applies whatever MIME type the bench's server gives the file.
 */
export async function adoptUPlotStyles(href: string): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await (await fetch(href)).text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

export function trendOptions(data: TrendData, width: number, height: number): uPlot.Options {
  const { targets, redFlags, stretches } = data;
  return {
    width,
    height,
    legend: { show: false },
    scales: { x: { time: false } },
    series: [
      {},
      { label: 'Actual', stroke: '#111827', width: 2, spanGaps: false, points: { show: false } },
      { label: 'Target', stroke: '#4b5563', width: 1.5, paths: uPlot.paths.stepped!({ align: 1 }), points: { show: false } },
    ],
    hooks: {
      draw: [
        (u) => {
          // The as-of mark: the latest period with a value.
          let asOf = data.values.length - 1;
          while (asOf > 0 && data.values[asOf] === null) asOf--;
          const x = u.valToPos(asOf, 'x', true);
          u.ctx.save();
          u.ctx.strokeStyle = '#1d4ed8';
          u.ctx.setLineDash([2, 3]);
          u.ctx.beginPath();
          u.ctx.moveTo(x, u.bbox.top);
          u.ctx.lineTo(x, u.bbox.top + u.bbox.height);
          u.ctx.stroke();
          u.ctx.restore();
        },
      ],
      drawClear: [
        (u) => {
          const { ctx } = u;
          const { left, top, width: plotWidth, height: plotHeight } = u.bbox;
          ctx.save();
          ctx.beginPath();
          ctx.rect(left, top, plotWidth, plotHeight);
          ctx.clip();
          let start = 0;
          for (let i = 1; i <= targets.length; i++) {
            if (i < targets.length && targets[i] === targets[start] && redFlags[i] === redFlags[start]) continue;
            const x0 = u.valToPos(start, 'x', true);
            const x1 = u.valToPos(i - 1, 'x', true);
            const edges = [-Infinity, redFlags[start]!, targets[start]!, stretches[start]!, Infinity];
            for (let zone = 0; zone < 4; zone++) {
              const y0 = u.valToPos(Math.max(edges[zone]!, u.scales['y']!.min!), 'y', true);
              const y1 = u.valToPos(Math.min(edges[zone + 1]!, u.scales['y']!.max!), 'y', true);
              if (!(y0 > y1)) continue;
              ctx.fillStyle = ZONES[zone]!;
              ctx.fillRect(x0, y1, x1 - x0, y0 - y1);
            }
            start = i;
          }
          ctx.restore();
        },
      ],
    },
  };
}

/** uPlot's aligned data: the x values (period indices), the actuals, the targets. */
export function alignedData(data: TrendData): uPlot.AlignedData {
  return [Float64Array.from(data.values, (_, i) => i), data.values, data.targets];
}
