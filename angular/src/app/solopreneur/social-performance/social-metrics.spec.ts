import { SocialMetricsDto } from '../../proxy/models';
import { metricView, needsReconnect, pageInsightViews, unknownReason } from './social-metrics';

const figures: SocialMetricsDto = {
  capturedAt: '2026-11-20T12:00:00Z',
  followers: 1234,
  impressions: 56789,
  reach: null,
  likes: 0,
  comments: 12,
  shares: 3,
  engagements: 15,
  engagementRate: 0.03456,
  unavailable: { reach: 'X does not report reach (unique viewers), only impressions.' },
};

describe('metricView', () => {
  it('writes counts with grouping and the engagement rate as a percentage', () => {
    expect(metricView(figures, 'followers')).toEqual({ text: '1,234', reason: null });
    expect(metricView(figures, 'impressions')).toEqual({ text: '56,789', reason: null });
    expect(metricView(figures, 'engagementRate')).toEqual({ text: '3.46%', reason: null });
  });

  it('shows a true zero as 0', () => {
    expect(metricView(figures, 'likes')).toEqual({ text: '0', reason: null });
  });

  it("shows a missing metric as Unavailable with the API's reason, never as 0", () => {
    expect(metricView(figures, 'reach')).toEqual({ text: 'Unavailable', reason: 'X does not report reach (unique viewers), only impressions.' });
  });

  it('still explains a missing metric when the API gave no reason', () => {
    expect(metricView({ ...figures, shares: null }, 'shares')).toEqual({ text: 'Unavailable', reason: unknownReason });
  });
});

describe('needsReconnect', () => {
  it('offers reconnecting when the access is refused or could not be refreshed', () => {
    expect(needsReconnect({ health: 'ReauthRequired', syncStatus: 'Succeeded' })).toBe(true);
    expect(needsReconnect({ health: 'RefreshFailed', syncStatus: 'Succeeded' })).toBe(true);
    expect(needsReconnect({ health: 'Healthy', syncStatus: 'ReauthRequired' })).toBe(true);
  });

  it('does not offer it for a working account, nor for trouble that retrying fixes', () => {
    expect(needsReconnect({ health: 'Healthy', syncStatus: 'Succeeded' })).toBe(false);
    expect(needsReconnect({ health: 'Expiring', syncStatus: 'Pending' })).toBe(false);
    expect(needsReconnect({ health: 'Healthy', syncStatus: 'RateLimited' })).toBe(false);
    expect(needsReconnect({ health: 'Healthy', syncStatus: 'Failed' })).toBe(false);
  });
});

describe('pageInsightViews', () => {
  it("shows the page's 28 days, and a refused metric as unavailable with the network's reason", () => {
    const views = pageInsightViews({ impressions: 12345, reach: null, unavailable: { reach: '(#100) The value must be a valid insights metric' } });

    expect(views).toEqual([
      { name: 'impressions', label: 'Impressions', text: '12,345', reason: null },
      { name: 'reach', label: 'Reach', text: 'Unavailable', reason: '(#100) The value must be a valid insights metric' },
    ]);
  });
});
