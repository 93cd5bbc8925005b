import { SocialMetricsDto } from '../../proxy/models';
import { chartView } from './social-charts';

function point(day: number, figures: Partial<SocialMetricsDto>): SocialMetricsDto {
  return {
    capturedAt: `2026-11-${String(day).padStart(2, '0')}T12:00:00Z`,
    followers: null,
    impressions: null,
    reach: null,
    likes: null,
    comments: null,
    shares: null,
    engagements: null,
    engagementRate: null,
    unavailable: {},
    ...figures,
  };
}

const noFollowers = 'X did not return public_metrics.followers_count for this account.';

describe('chartView', () => {
  it('draws each metric as a line over time, leaving a gap where a figure is missing', () => {
    const points = [
      point(1, { impressions: 900, engagements: 40 }),
      point(2, { impressions: 1200, unavailable: { engagements: 'Needs likes, comments and shares.' } }),
    ];

    const { options } = chartView(points, ['impressions', 'engagements']);

    expect(options['xAxis']).toEqual({ type: 'time' });
    expect(options['legend']).toBeDefined();
    expect(options['series']).toEqual([
      expect.objectContaining({ type: 'line', name: 'Impressions', data: [['2026-11-01T12:00:00Z', 900], ['2026-11-02T12:00:00Z', 1200]] }),
      expect.objectContaining({ type: 'line', name: 'Engagements', data: [['2026-11-01T12:00:00Z', 40], ['2026-11-02T12:00:00Z', null]] }),
    ]);
  });

  it('states under the chart on how many days a metric is missing, and why', () => {
    const points = [
      point(1, { impressions: 900, engagements: 40 }),
      point(2, { impressions: 1200, unavailable: { engagements: 'Needs likes, comments and shares.' } }),
      point(3, { impressions: 1300 }),
    ];

    const { notes } = chartView(points, ['impressions', 'engagements']);

    expect(notes).toEqual([`Engagements unavailable on 2 of 3 days: Needs likes, comments and shares. The network did not report it.`]);
  });

  it('says a metric is unavailable when it is missing on every day, and has nothing to say when none is missing', () => {
    const missing = chartView([point(1, { unavailable: { followers: noFollowers } }), point(2, { unavailable: { followers: noFollowers } })], ['followers']);
    const complete = chartView([point(1, { followers: 10 }), point(2, { followers: 12 })], ['followers']);

    expect(missing.notes).toEqual([`Followers unavailable: ${noFollowers}`]);
    expect(complete.notes).toEqual([]);
  });

  it('tells what the chart shows in words, for its text alternative', () => {
    const points = [point(1, { followers: 1020, impressions: 5 }), point(2, { followers: null }), point(3, { followers: 1180 })];

    expect(chartView(points, ['followers']).summary).toBe('Last 28 days. Followers: from 1,020 to 1,180.');
    expect(chartView(points, ['impressions', 'engagements']).summary).toBe('Last 28 days. Impressions: 5. Engagements: no figures.');
  });

  it('marks a lone point, which a line alone would not show', () => {
    const single = chartView([point(1, { followers: 3 })], ['followers']).options['series'] as { showSymbol: boolean }[];
    const several = chartView([point(1, { followers: 3 }), point(2, { followers: 4 })], ['followers']).options['series'] as { showSymbol: boolean }[];

    expect(single[0].showSymbol).toBe(true);
    expect(several[0].showSymbol).toBe(false);
  });
});
