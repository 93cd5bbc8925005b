import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { ChartView } from './social-charts';

/** One ECharts chart; ECharts itself loads with the first chart shown. The canvas is an image named by the chart's summary. */
@Component({
  selector: 'app-social-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" role="img" [attr.aria-label]="view().summary" [options]="view().options"></div>`,
  styles: `
    .chart { height: 16rem; }
  `,
})
export class SocialChart {
  readonly view = input.required<ChartView>();
}
