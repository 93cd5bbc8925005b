import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { confirmed } from '../../core/confirm-dialog';
import { Icon, IconName } from '../../core/icon';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
import { toSorting } from '../../core/sorting';
import { ConnectionDto, ConnectionHealth } from '../../proxy/models';
import { ConnectionsService } from '../../proxy/services';
import { IntegrationProviders } from '../integration-providers';
import { IntegrationsPermissions } from '../integrations-permissions';

/** Each health state's words and icon: the state is never told by colour alone. */
export const connectionHealth: Readonly<Record<ConnectionHealth, { readonly label: string; readonly icon: IconName }>> = {
  Healthy: { label: 'Healthy', icon: 'check_circle' },
  Expiring: { label: 'Expiring', icon: 'schedule' },
  RefreshFailed: { label: 'Refresh failed', icon: 'sync_problem' },
  ReauthRequired: { label: 'Reconnect needed', icon: 'link_off' },
};

/**
 * The tenant's connected accounts (X, LinkedIn, Facebook) and their health: filtered, sorted and paged by the API.
 * Disconnecting asks first and shows only with its permission. Connecting an account is not offered here yet.
 */
@Component({
  selector: 'app-connections-page',
  imports: [
    DatePipe, MatTableModule, MatPaginatorModule, MatSortModule, MatFormFieldModule, MatSelectModule, MatButtonModule,
    MatProgressBarModule, Icon,
  ],
  templateUrl: './connections-page.html',
  styleUrl: './connections-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConnectionsPage {
  private readonly connections = inject(ConnectionsService);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(Session);

  protected readonly providers = IntegrationProviders;
  protected readonly health = connectionHealth;
  protected readonly healthStates = Object.keys(connectionHealth) as ConnectionHealth[];

  /** What the user may do here; the API checks the same permission. */
  protected readonly can = computed(() => ({ disconnect: this.session.isGranted(IntegrationsPermissions.Connections.Disconnect) }));
  protected readonly columns = computed(() => [
    'provider', 'displayName', 'health', 'accessTokenExpiresAt', 'creationTime', ...(this.can().disconnect ? ['actions'] : []),
  ]);
  protected readonly items = signal<ConnectionDto[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(0);
  protected readonly sort = signal<Sort>({ active: 'creationTime', direction: 'desc' });
  protected readonly provider = signal<string>('');
  protected readonly healthFilter = signal<ConnectionHealth | ''>('');
  protected readonly filtered = computed(() => this.provider() !== '' || this.healthFilter() !== '');
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly status = signal<string | null>(null);

  private pageSize = 10;

  constructor() {
    void this.load();
  }

  protected stateOf(connection: ConnectionDto): (typeof connectionHealth)[ConnectionHealth] {
    return connectionHealth[connection.health];
  }

  protected onProvider(provider: string): void {
    this.provider.set(provider);
    this.pageIndex.set(0);
    void this.load();
  }

  protected onHealth(health: ConnectionHealth | ''): void {
    this.healthFilter.set(health);
    this.pageIndex.set(0);
    void this.load();
  }

  protected onSort(sort: Sort): void {
    this.sort.set(sort);
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize = event.pageSize;
    void this.load();
  }

  protected async disconnect(connection: ConnectionDto): Promise<void> {
    const account = `${connection.providerDisplayName} account ${connection.displayName}`;
    const sure = await confirmed(this.dialog, {
      title: `Disconnect the ${account}?`,
      message: 'Pikar forgets its access at once and stops using it. Connecting it again needs a new authorization.',
      action: 'Disconnect',
    });
    if (!sure) {
      return;
    }

    this.actionProblem.set(null);
    try {
      await this.connections.disconnectConnection({ id: connection.id });
    } catch (e) {
      this.actionProblem.set(toProblem(e, `The ${account} could not be disconnected.`));
      return;
    }

    await this.load();
    this.status.set(`Disconnected the ${account}.`);
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    this.status.set(null);
    try {
      const result = await this.connections.getConnections({
        provider: this.provider() || undefined,
        health: this.healthFilter() || undefined,
        sorting: toSorting(this.sort()),
        skipCount: this.pageIndex() * this.pageSize,
        maxResultCount: this.pageSize,
      });
      this.items.set(result.items);
      this.total.set(result.totalCount);
    } catch (e) {
      this.items.set([]);
      this.total.set(0);
      this.problem.set(toProblem(e, 'The connected accounts could not be loaded.'));
    } finally {
      this.loading.set(false);
    }
  }
}
