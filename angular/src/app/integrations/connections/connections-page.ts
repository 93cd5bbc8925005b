import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
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
import { ConsentBlocked } from '../../core/consent-blocked';
import { ConsentPopup } from '../../core/consent-popup';
import { Icon } from '../../core/icon';
import { PagedList } from '../../core/paged-list';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
import { ConnectionDto, ConnectionHealth } from '../../proxy/models';
import { ConnectionsService } from '../../proxy/services';
import { connectionHealth, healthNeedsReconnect } from '../connection-health';
import { IntegrationProviders } from '../integration-providers';
import { IntegrationsPermissions } from '../integrations-permissions';

/**
 * The tenant's connected accounts (X, LinkedIn, Facebook) and their health: filtered, sorted and paged by the API.
 * Disconnecting asks first and shows only with its permission. Connecting a sandbox account, or reconnecting one whose
 * access broke, opens the provider's consent in a popup, which says back when the account is connected.
 */
@Component({
  selector: 'app-connections-page',
  imports: [
    DatePipe, MatTableModule, MatPaginatorModule, MatSortModule, MatFormFieldModule, MatSelectModule, MatButtonModule,
    MatProgressBarModule, Icon, ConsentBlocked,
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
  protected readonly can = computed(() => ({
    connect: this.session.isGranted(IntegrationsPermissions.Connections.Connect),
    disconnect: this.session.isGranted(IntegrationsPermissions.Connections.Disconnect),
  }));
  protected readonly columns = computed(() => [
    'provider', 'displayName', 'health', 'accessTokenExpiresAt', 'creationTime',
    ...(this.can().connect || this.can().disconnect ? ['actions'] : []),
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
  protected readonly consent = new ConsentPopup(() => this.onConnected());
  protected readonly needsReconnect = healthNeedsReconnect;

  constructor() {
    void this.list.reload();
  }

  /** Asks the API where to authorize a new sandbox account on the network and opens it in a popup. */
  protected connect(provider: string, displayName: string): Promise<void> {
    return this.authorize(
      () => this.connections.authorizeConnection({ body: { provider, sandbox: true } }),
      `The ${displayName} sandbox account could not be connected.`,
    );
  }

  /** Asks the API where to renew the account's authorization and opens it in a popup. */
  protected reconnect(connection: ConnectionDto): Promise<void> {
    return this.authorize(
      () => this.connections.reauthorizeConnection({ id: connection.id }),
      `The ${connection.providerDisplayName} account ${connection.displayName} could not be reconnected.`,
    );
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
