import type { EChartsCoreOption } from 'echarts/core';
import { SocialMetricsDto } from '../../proxy/models';
import { formatMetric, MetricName, metricLabels, metricValue, unknownReason } from './social-metrics';

/** How far back the charts look, one point a day. */
export const chartDays = 28;

/** A chart as the page shows it: what ECharts draws, the same in words, and why figures are missing from it. */
export interface ChartView {
  readonly options: EChartsCoreOption;
  /** The chart's text alternative. */
  readonly summary: string;
  /** One line per metric missing on some days, with the API's reasons: a gap is explained, never drawn as zero. */
  readonly notes: readonly string[];
}

export function chartView(points: readonly SocialMetricsDto[], metrics: readonly MetricName[]): ChartView {
  return { options: chartOptions(points, metrics), summary: chartSummary(points, metrics), notes: missingNotes(points, metrics) };
}

/** Lines over a time axis; a missing figure is a gap in its line (ECharts skips null). */
export function chartOptions(points: readonly SocialMetricsDto[], metrics: readonly MetricName[]): EChartsCoreOption {
  const several = metrics.length > 1;
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    ...(several ? { legend: { top: 0 } } : {}),
    grid: { left: 56, right: 24, top: several ? 40 : 16, bottom: 32 },
    xAxis: { type: 'time' },
    yAxis: { type: 'value', scale: metrics.includes('followers'), minInterval: 1 },
    series: metrics.map((metric) => ({
      type: 'line',
      name: metricLabels[metric],
      showSymbol: points.length <= 1,
      data: points.map((point) => [point.capturedAt, metricValue(point, metric)]),
    })),
  };
}

/** "Followers over the last 28 days: from 1,020 to 1,180." for each metric drawn. */
export function chartSummary(points: readonly SocialMetricsDto[], metrics: readonly MetricName[]): string {
  const parts = metrics.map((metric) => {
    const values = points.map((point) => metricValue(point, metric)).filter((value) => value !== null);
    const label = metricLabels[metric];
    if (values.length === 0) {
      return `${label}: no figures.`;
    }
    const first = formatMetric(metric, values[0]);
    const last = formatMetric(metric, values[values.length - 1]);
    return values.length === 1 ? `${label}: ${last}.` : `${label}: from ${first} to ${last}.`;
  });
  return `Last ${chartDays} days. ${parts.join(' ')}`;
}

/** Why a metric is missing from the chart on some or all days, in the API's words. */
export function missingNotes(points: readonly SocialMetricsDto[], metrics: readonly MetricName[]): string[] {
  const notes: string[] = [];
  for (const metric of metrics) {
    const missing = points.filter((point) => metricValue(point, metric) === null);
    if (missing.length === 0) {
      continue;
    }
    const reasons = [...new Set(missing.map((point) => point.unavailable[metric] ?? unknownReason))].join(' ');
    const when = missing.length === points.length ? 'unavailable' : `unavailable on ${missing.length} of ${points.length} days`;
    notes.push(`${metricLabels[metric]} ${when}: ${reasons}`);
  }
  return notes;
}
