/**
 * The ECharts peer of `bsc-kpi-gauge`: tree-shaken to the gauge series and the SVG renderer, no
 * other component (no title, tooltip, legend). `bench/sizes.mjs` measures this module as ECharts'
 * gauge bundle; `gauges.bench.ts` adds the canvas renderer for a second row.
 */
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GaugeChart, SVGRenderer]);

export { echarts };

/** A reading as both gauges get it: an "up" KPI on a scale of `min`–`max`. */
export interface GaugeReading {
  label: string;
  value: number;
  target: number;
  redFlag: number;
  stretch: number;
  min: number;
  max: number;
}

/** The kit's status colours (light theme): off track, at risk, on track, exceeding. */
export const BAND_COLOURS = ['#c62828', '#e0a100', '#2e7d32', '#1565c0'] as const;

/**
 * A gauge option for one reading: the same 240° arc as bsc-kpi-gauge, its track coloured by the
 * threshold bands (red flag, target and stretch as fractions of min–max), a needle, scale labels,
 * the label as the gauge's title and the value as its detail. No animation: the kit's gauge does
 * not animate either, and "rendered" then means drawn in its final state.
 */
export function gaugeOption(reading: GaugeReading): echarts.EChartsCoreOption {
  const { min, max } = reading;
  const at = (value: number) => Math.min(1, Math.max(0, (value - min) / (max - min)));
  return {
    animation: false,
    series: [
      {
        type: 'gauge',
        min,
        max,
        startAngle: 210,
        endAngle: -30,
        radius: '80%',
        center: ['50%', '58%'],
        splitNumber: 4,
        axisLine: {
          lineStyle: {
            width: 14,
            color: [
              [at(reading.redFlag), BAND_COLOURS[0]],
              [at(reading.target), BAND_COLOURS[1]],
              [at(reading.stretch), BAND_COLOURS[2]],
              [1, BAND_COLOURS[3]],
            ],
          },
        },
        axisTick: { show: false },
        splitLine: { length: 14, distance: -14, lineStyle: { width: 1, color: '#fff' } },
        axisLabel: { distance: 20, fontSize: 10 },
        pointer: { width: 3, length: '70%' },
        title: { offsetCenter: [0, '-115%'], fontSize: 12 },
        detail: { valueAnimation: false, offsetCenter: [0, '40%'], fontSize: 16, formatter: '{value}' },
        data: [{ value: reading.value, name: reading.label }],
      },
    ],
  };
}
