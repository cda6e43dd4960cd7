import type { MetricLaneBox } from './layout';

const LABEL_SPACE = 22;
const PADDING = 10;

export interface MetricBarGeometry {
  stageId: string;
  stepId: string | undefined;
  value: number;
  /** The bar: above `zero` for values ≥ 0, below it for negative ones. */
  x: number; y: number; width: number; height: number;
  /** Where the value is written: centred on `labelX`, its box's top at `labelTop` (above a bar, or below a negative one). */
  labelX: number; labelTop: number; labelWidth: number;
  negative: boolean;
}

export interface MetricLaneGeometry {
  /** The zero line, drawn from the first bar's column to the last one's. */
  zero: { y: number; x1: number; x2: number } | null;
  bars: MetricBarGeometry[];
}

/** The height of a value's label box: one line of 13 px bold text (Konva's line height 1). */
export const METRIC_LABEL_HEIGHT = 13;

/**
 * Where a metrics lane's bars go, scaled to its largest magnitude: from a zero line at the
 * bottom of the lane, or through its middle when any value is negative, so a negative NPS is
 * drawn below zero and never as a tall bar. The canvas and every export draw from this.
 */
export function metricLaneGeometry(lane: MetricLaneBox, box: { y: number; height: number }): MetricLaneGeometry {
  const max = Math.max(1e-9, ...lane.bars.map((b) => Math.abs(b.value)));
  const negative = lane.bars.some((b) => b.value < 0);
  const top = box.y + LABEL_SPACE;
  const bottom = box.y + box.height - (negative ? LABEL_SPACE : PADDING);
  const zero = negative ? (top + bottom) / 2 : bottom;
  const span = negative ? (bottom - top) / 2 : bottom - top;
  const bars = lane.bars.map((bar): MetricBarGeometry => {
    const width = Math.min(56, bar.width * 0.35);
    const height = Math.max(1, (Math.abs(bar.value) / max) * span);
    const below = bar.value < 0;
    const y = below ? zero : zero - height;
    return {
      stageId: bar.stageId, stepId: bar.stepId, value: bar.value,
      x: bar.x + (bar.width - width) / 2, y, width, height,
      labelX: bar.x + bar.width / 2, labelTop: below ? y + height + 4 : y - 18, labelWidth: bar.width,
      negative: below,
    };
  });
  const left = Math.min(...lane.bars.map((b) => b.x));
  const right = Math.max(...lane.bars.map((b) => b.x + b.width));
  return { zero: lane.bars.length > 0 ? { y: zero, x1: left, x2: right } : null, bars };
}

/** Bars above zero in blue, below it in vermillion (Okabe-Ito, as emotion points). */
export const metricBarColour = (value: number): string => (value >= 0 ? '#0072B2' : '#D55E00');
