import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Icon } from '../../core/icon';
import { relativeTime } from '../../notifications/relative-time';
import { SocialAccountDto } from '../../proxy/models';
import { connectionHealth } from '../../integrations/connection-health';
import { accountName, cardMetrics, metricLabels, metricView, needsReconnect, pageInsightViews, syncStates } from './social-metrics';

/**
 * One connected account: its network and name, connection health and sync status in words (with their errors),
 * when it was and will be synced, and its latest figures, each "Unavailable" with the reason when missing.
 * Its name is the button that selects it for the charts; refreshing, reconnecting and disconnecting need Manage.
 */
@Component({
  selector: 'app-social-account-card',
  imports: [DatePipe, NgTemplateOutlet, MatCardModule, MatButtonModule, MatProgressBarModule, Icon],
  templateUrl: './social-account-card.html',
  styleUrl: './social-account-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SocialAccountCard {
  readonly account = input.required<SocialAccountDto>();
  readonly selected = input(false);
  readonly canManage = input(false);
  readonly refreshing = input(false);
  /** The time the card's "5 minutes ago" counts from; the page moves it on. */
  readonly now = input.required<Date>();

  readonly selectAccount = output();
  readonly refresh = output();
  readonly reconnect = output();
  readonly disconnect = output();

  protected readonly name = computed(() => accountName(this.account()));
  protected readonly health = computed(() => connectionHealth[this.account().health]);
  protected readonly sync = computed(() => syncStates[this.account().syncStatus]);
  protected readonly reconnectShown = computed(() => needsReconnect(this.account()));
  protected readonly metrics = computed(() => {
    const latest = this.account().latest;
    return latest ? cardMetrics.map((name) => ({ name, label: metricLabels[name], ...metricView(latest, name) })) : null;
  });
  protected readonly pageInsights = computed(() => {
    const insights = this.account().pageInsights;
    return insights ? pageInsightViews(insights) : null;
  });
  protected readonly lastSynced = computed(() => this.relative(this.account().lastSyncTime));
  protected readonly nextSync = computed(() => {
    const next = this.account().nextSyncTime;
    return next && new Date(next) <= this.now() ? 'due now' : this.relative(next);
  });

  private relative(iso: string | null): string | null {
    return iso ? relativeTime(iso, this.now()) : null;
  }
}
