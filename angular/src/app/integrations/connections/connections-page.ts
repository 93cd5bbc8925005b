import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { confirmed } from '../../core/confirm-dialog';
import { Icon, IconName } from '../../core/icon';
import { PagedList } from '../../core/paged-list';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
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

/** The name of the popup the provider's consent opens in; the blocked-popup link opens the same window. */
export const connectWindow = 'pikar-connect';

/**
 * The tenant's connected accounts (X, LinkedIn, Facebook) and their health: filtered, sorted and paged by the API.
 * Disconnecting asks first and shows only with its permission. Connecting (the X sandbox only, for now) opens the
 * provider's consent in a popup, which posts `pikar:connected` back to this window when the account is connected.
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
  protected readonly connectWindow = connectWindow;
  protected readonly health = connectionHealth;
  protected readonly healthStates = Object.keys(connectionHealth) as ConnectionHealth[];

  /** What the user may do here; the API checks the same permission. */
  protected readonly can = computed(() => ({
    connect: this.session.isGranted(IntegrationsPermissions.Connections.Connect),
    disconnect: this.session.isGranted(IntegrationsPermissions.Connections.Disconnect),
  }));
  protected readonly columns = computed(() => [
    'provider', 'displayName', 'health', 'accessTokenExpiresAt', 'creationTime', ...(this.can().disconnect ? ['actions'] : []),
  ]);
  protected readonly list = new PagedList<ConnectionDto>({
    load: (query) => {
      // Every load, whatever started it, clears the last action's status; `disconnect` sets it again after.
      this.status.set(null);
      return this.connections.getConnections({
        provider: this.provider() || undefined,
        health: this.healthFilter() || undefined,
        ...query,
      });
    },
    failure: 'The connected accounts could not be loaded.',
    sort: { active: 'creationTime', direction: 'desc' },
    emptyOnError: true,
  });
  protected readonly provider = signal<string>('');
  protected readonly healthFilter = signal<ConnectionHealth | ''>('');
  protected readonly filtered = computed(() => this.provider() !== '' || this.healthFilter() !== '');
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly status = signal<string | null>(null);
  /** The consent's URL when the browser blocked its popup: the page offers it as a link instead. */
  protected readonly blockedUrl = signal<string | null>(null);
  protected readonly connecting = signal(false);

  constructor() {
    void this.list.reload();
    const onMessage = (event: MessageEvent) => void this.onMessage(event);
    window.addEventListener('message', onMessage);
    inject(DestroyRef).onDestroy(() => window.removeEventListener('message', onMessage));
  }

  /** Asks the API where to authorize the X sandbox account and opens it in a popup. */
  protected async connect(): Promise<void> {
    this.actionProblem.set(null);
    this.blockedUrl.set(null);
    this.connecting.set(true);
    let url: string;
    try {
      ({ url } = await this.connections.authorizeConnection({ body: { provider: 'x', sandbox: true } }));
    } catch (e) {
      this.actionProblem.set(toProblem(e, 'The X sandbox account could not be connected.'));
      return;
    } finally {
      this.connecting.set(false);
    }

    const popup = window.open(url, connectWindow, 'popup,width=600,height=720');
    if (!popup) {
      this.blockedUrl.set(url);
    }
  }

  /** The popup's word that the account is connected; messages from any other origin are ignored. */
  private async onMessage(event: MessageEvent): Promise<void> {
    const data: unknown = event.data;
    if (event.origin !== window.location.origin || !data || typeof data !== 'object' || (data as { type?: unknown }).type !== 'pikar:connected') {
      return;
    }

    this.blockedUrl.set(null);
    this.actionProblem.set(null);
    await this.list.reload();
    this.status.set('Connected the account.');
  }

  protected stateOf(connection: ConnectionDto): (typeof connectionHealth)[ConnectionHealth] {
    return connectionHealth[connection.health];
  }

  protected onProvider(provider: string): void {
    this.provider.set(provider);
    void this.list.refilter();
  }

  protected onHealth(health: ConnectionHealth | ''): void {
    this.healthFilter.set(health);
    void this.list.refilter();
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

    await this.list.reload();
    this.status.set(`Disconnected the ${account}.`);
  }
}
