import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { confirmed } from '../../core/confirm-dialog';
import { ConsentBlocked } from '../../core/consent-blocked';
import { ConsentPopup } from '../../core/consent-popup';
import { PagedList } from '../../core/paged-list';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
import { IntegrationProviders } from '../../integrations/integration-providers';
import { SocialAccountDto, SocialMetricSeriesDto, SocialPostDto } from '../../proxy/models';
import { SocialPerformanceService } from '../../proxy/services';
import { SolopreneurPermissions } from '../solopreneur-permissions';
import { SocialAccountCard } from './social-account-card';
import { SocialChart } from './social-chart';
import { chartDays, chartView } from './social-charts';
import { liveStateLabels, SocialLive } from './social-live';
import { accountName, MetricName, metricLabels, MetricView, metricView } from './social-metrics';

/** How often "5 minutes ago" moves on. */
const clockTick = 30_000;

/**
 * The tenant's connected X, LinkedIn and Facebook accounts with their latest figures, and for the selected one its
 * followers, impressions and engagements over four weeks and its posts. Connecting and reconnecting open the
 * network's consent in a popup, which posts `pikar:connected` back when done. With live updates on, an account
 * synced on the server (a webhook, the hourly job, another user) is reloaded in place.
 */
@Component({
  selector: 'app-social-performance-page',
  imports: [
    DatePipe, MatButtonModule, MatPaginatorModule, MatProgressBarModule, MatSlideToggleModule, MatSortModule, MatTableModule,
    SocialAccountCard, SocialChart, ConsentBlocked,
  ],
  providers: [SocialLive],
  templateUrl: './social-performance-page.html',
  styleUrl: './social-performance-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SocialPerformancePage {
  private readonly api = inject(SocialPerformanceService);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(Session);
  protected readonly live = inject(SocialLive);

  protected readonly providers = IntegrationProviders;
  protected readonly chartDays = chartDays;
  protected readonly liveLabels = liveStateLabels;
  protected readonly canManage = computed(() => this.session.isGranted(SolopreneurPermissions.SocialPerformance.Manage));

  protected readonly accounts = signal<SocialAccountDto[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => this.accounts().find((a) => a.id === this.selectedId()) ?? null);
  protected readonly refreshing = signal<ReadonlySet<string>>(new Set());
  protected readonly now = signal(new Date());

  protected readonly status = signal<string | null>(null);
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly consent = new ConsentPopup(() => this.onConnected());

  protected readonly series = signal<SocialMetricSeriesDto | null>(null);
  protected readonly seriesLoading = signal(false);
  protected readonly seriesProblem = signal<Problem | null>(null);
  protected readonly followersChart = computed(() => chartView(this.series()?.points ?? [], ['followers']));
  protected readonly engagementChart = computed(() => chartView(this.series()?.points ?? [], ['impressions', 'engagements']));

  protected readonly postColumns = ['text', 'publishedAt', 'impressions', 'likes', 'comments', 'shares', 'engagementRate'];
  /** The posts' counts the API sorts on. */
  protected readonly countColumns = (['impressions', 'likes', 'comments', 'shares'] as const).map((name) => ({ name, label: metricLabels[name] }));
  protected readonly posts = new PagedList<SocialPostDto>({
    load: (query) => {
      const id = this.selectedId();
      return id ? this.api.getSocialPosts({ id, ...query }) : Promise.resolve({ totalCount: 0, items: [] });
    },
    failure: "The account's posts could not be loaded.",
    sort: { active: 'publishedAt', direction: 'desc' },
    emptyOnError: true,
  });

  private accountsRequest = 0;
  private seriesRequest = 0;

  constructor() {
    void this.loadAccounts();
    const tick = setInterval(() => this.now.set(new Date()), clockTick);
    inject(DestroyRef).onDestroy(() => clearInterval(tick));
  }

  /** Loads every account; keeps the selection when its account is still there, else selects the first. */
  protected async loadAccounts(): Promise<void> {
    const request = ++this.accountsRequest;
    this.loading.set(true);
    this.problem.set(null);
    try {
      const accounts = await this.api.getSocialAccounts();
      if (request !== this.accountsRequest) {
        return;
      }
      this.accounts.set(accounts);
      this.now.set(new Date());
      const keep = accounts.some((a) => a.id === this.selectedId());
      if (!keep) {
        this.select(accounts[0]?.id ?? null);
      }
    } catch (e) {
      if (request === this.accountsRequest) {
        this.accounts.set([]);
        this.select(null);
        this.problem.set(toProblem(e, 'The social accounts could not be loaded.'));
      }
    } finally {
      if (request === this.accountsRequest) {
        this.loading.set(false);
      }
    }
  }

  protected select(id: string | null): void {
    if (id === this.selectedId() && id !== null) {
      return;
    }
    this.selectedId.set(id);
    this.series.set(null);
    void this.loadSeries();
    void this.posts.refilter();
  }

  /** The selected account's daily figures over the last four weeks. */
  protected async loadSeries(): Promise<void> {
    const request = ++this.seriesRequest;
    const id = this.selectedId();
    this.seriesProblem.set(null);
    if (!id) {
      this.seriesLoading.set(false);
      return;
    }
    this.seriesLoading.set(true);
    try {
      const from = new Date(Date.now() - chartDays * 24 * 3600 * 1000).toISOString();
      const series = await this.api.getSocialAccountMetrics({ id, from, interval: 'day' });
      if (request === this.seriesRequest) {
        this.series.set(series);
      }
    } catch (e) {
      if (request === this.seriesRequest) {
        this.series.set(null);
        this.seriesProblem.set(toProblem(e, "The account's figures over time could not be loaded."));
      }
    } finally {
      if (request === this.seriesRequest) {
        this.seriesLoading.set(false);
      }
    }
  }

  protected onLive(on: boolean): void {
    if (on) {
      void this.live.start({ accountSynced: (id) => void this.reloadAccount(id), resumed: () => void this.reloadAll() });
    } else {
      void this.live.stop();
    }
  }

  /** An account has new figures: its card, and its charts and posts when it is selected, load again in place. */
  protected async reloadAccount(id: string): Promise<void> {
    let account: SocialAccountDto;
    try {
      account = await this.api.getSocialAccount({ id });
    } catch {
      // Gone (disconnected elsewhere) or unreadable: the list as the API has it now tells which.
      await this.loadAccounts();
      return;
    }
    this.replace(account);
  }

  private async reloadAll(): Promise<void> {
    await this.loadAccounts();
    await this.reloadSelected();
  }

  private replace(account: SocialAccountDto): void {
    const known = this.accounts().some((a) => a.id === account.id);
    this.accounts.update((accounts) => (known ? accounts.map((a) => (a.id === account.id ? account : a)) : [...accounts, account]));
    this.now.set(new Date());
    if (account.id === this.selectedId()) {
      void this.reloadSelected();
    } else if (this.selectedId() === null) {
      this.select(account.id);
    }
  }

  private async reloadSelected(): Promise<void> {
    await Promise.all([this.loadSeries(), this.posts.reload()]);
  }

  /** Syncs the account now; a network's trouble comes back in its status, which the card shows. */
  protected async refresh(account: SocialAccountDto): Promise<void> {
    this.actionProblem.set(null);
    this.status.set(null);
    this.refreshing.update((ids) => new Set(ids).add(account.id));
    try {
      const synced = await this.api.syncSocialAccount({ id: account.id });
      this.replace(synced);
      this.status.set(synced.syncStatus === 'Succeeded' ? `Refreshed ${accountName(synced)}.` : `Could not refresh ${accountName(synced)}: see its sync status.`);
    } catch (e) {
      this.actionProblem.set(toProblem(e, `${accountName(account)} could not be refreshed.`));
    } finally {
      this.refreshing.update((ids) => {
        const left = new Set(ids);
        left.delete(account.id);
        return left;
      });
    }
  }

  /** Asks the API where to authorize a new sandbox account on the network and opens it in a popup. */
  protected connect(provider: string, displayName: string): Promise<void> {
    return this.authorize(() => this.api.connectSocialAccount({ body: { provider, sandbox: true } }), `The ${displayName} sandbox account could not be connected.`);
  }

  protected reconnect(account: SocialAccountDto): Promise<void> {
    return this.authorize(() => this.api.reconnectSocialAccount({ id: account.id }), `${accountName(account)} could not be reconnected.`);
  }

  private async authorize(start: () => Promise<{ url: string }>, failure: string): Promise<void> {
    this.actionProblem.set(null);
    this.status.set(null);
    const problem = await this.consent.open(start, failure);
    if (problem) {
      this.actionProblem.set(problem);
    }
  }

  private async onConnected(): Promise<void> {
    this.actionProblem.set(null);
    await this.loadAccounts();
    this.status.set('Connected the account.');
  }

  protected async disconnect(account: SocialAccountDto): Promise<void> {
    const name = `${account.providerDisplayName} account ${account.displayName}`;
    const sure = await confirmed(this.dialog, {
      title: `Disconnect the ${name}?`,
      message: 'Pikar forgets its access at once and removes its figures. Connecting it again needs a new authorization.',
      action: 'Disconnect',
    });
    if (!sure) {
      return;
    }

    this.actionProblem.set(null);
    this.status.set(null);
    try {
      await this.api.disconnectSocialAccount({ id: account.id });
    } catch (e) {
      this.actionProblem.set(toProblem(e, `The ${name} could not be disconnected.`));
      return;
    }

    await this.loadAccounts();
    this.status.set(`Disconnected the ${name}.`);
  }

  protected metric(post: SocialPostDto, name: MetricName): MetricView {
    return metricView(post.metrics, name);
  }
}
