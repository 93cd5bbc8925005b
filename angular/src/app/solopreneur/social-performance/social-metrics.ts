import { IconName } from '../../core/icon';
import { healthNeedsReconnect } from '../../integrations/connection-health';
import { SocialAccountDto, SocialMetricsDto, SocialPageInsightsDto, SyncStatus } from '../../proxy/models';

/** The figures the API reports, by the name its `unavailable` map uses. */
export type MetricName = 'followers' | 'impressions' | 'reach' | 'likes' | 'comments' | 'shares' | 'engagements' | 'engagementRate';

export const metricLabels: Readonly<Record<MetricName, string>> = {
  followers: 'Followers',
  impressions: 'Impressions',
  reach: 'Reach',
  likes: 'Likes',
  comments: 'Comments',
  shares: 'Shares',
  engagements: 'Engagements',
  engagementRate: 'Engagement rate',
};

/** What an account's card shows of its latest figures. */
export const cardMetrics: readonly MetricName[] = ['followers', 'impressions', 'reach', 'engagements', 'engagementRate'];

/** Said when the API left a metric out without giving its reason: a missing figure is never shown unexplained. */
export const unknownReason = 'The network did not report it.';

/** A figure as shown: its text, and why it is missing when it is (then the text is "Unavailable"). */
export interface MetricView {
  readonly text: string;
  readonly reason: string | null;
}

const count = new Intl.NumberFormat('en');
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 });

export function metricValue(metrics: SocialMetricsDto, name: MetricName): number | null {
  return metrics[name];
}

/** A figure as text ("1,234", "3.5%"), or "Unavailable" with the API's reason: never a zero or a dash. */
export function metricView(metrics: SocialMetricsDto, name: MetricName): MetricView {
  const value = metricValue(metrics, name);
  if (value === null) {
    return { text: 'Unavailable', reason: metrics.unavailable[name] ?? unknownReason };
  }
  return { text: formatMetric(name, value), reason: null };
}

/** The page's own figures over 28 days (Facebook Page insights), each "Unavailable" with the reason when refused. */
export function pageInsightViews(insights: SocialPageInsightsDto): ({ name: 'impressions' | 'reach'; label: string } & MetricView)[] {
  return (['impressions', 'reach'] as const).map((name) => {
    const value = insights[name];
    const view = value === null ? { text: 'Unavailable', reason: insights.unavailable[name] ?? unknownReason } : { text: count.format(value), reason: null };
    return { name, label: metricLabels[name], ...view };
  });
}

export function formatMetric(name: MetricName, value: number): string {
  return name === 'engagementRate' ? percent.format(value) : count.format(value);
}

/** Each sync outcome's words and icon: the state is never told by colour alone. */
export const syncStates: Readonly<Record<SyncStatus, { readonly label: string; readonly icon: IconName }>> = {
  Pending: { label: 'Waiting for its first sync', icon: 'schedule' },
  Succeeded: { label: 'Synced', icon: 'check_circle' },
  RateLimited: { label: 'Rate limited by the network; retrying later', icon: 'schedule' },
  Failed: { label: 'Sync failed', icon: 'sync_problem' },
  ReauthRequired: { label: 'Reconnect needed', icon: 'link_off' },
};

/** Reconnecting is offered when the network no longer accepts the account's access, or refreshing it failed. */
export function needsReconnect(account: Pick<SocialAccountDto, 'health' | 'syncStatus'>): boolean {
  return healthNeedsReconnect(account) || account.syncStatus === 'ReauthRequired';
}

/** The account as people name it: "X @pikar". */
export function accountName(account: Pick<SocialAccountDto, 'providerDisplayName' | 'displayName'>): string {
  return `${account.providerDisplayName} ${account.displayName}`;
}
