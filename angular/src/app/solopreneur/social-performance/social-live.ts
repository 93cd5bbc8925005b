import { DestroyRef, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';

/** The API's SocialPerformanceHub: where the dashboard hears that an account has new figures. */
export const socialPerformanceHub = { path: '/hubs/social-performance', accountSynced: 'accountSynced' } as const;

/** What the page uses of a SignalR HubConnection. */
export interface LiveConnection {
  on(method: string, handler: (accountId: string) => void): void;
  onreconnecting(callback: (error?: Error) => void): void;
  onreconnected(callback: (connectionId?: string) => void): void;
  onclose(callback: (error?: Error) => void): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Builds the connection to the hub at a path. SignalR loads only when live updates are first turned on. The hub
 * takes the bearer token from the query string (a WebSocket carries no header), read fresh at each (re)connect.
 */
export const LIVE_CONNECTOR = new InjectionToken<(path: string) => Promise<LiveConnection>>('LIVE_CONNECTOR', {
  providedIn: 'root',
  factory: () => {
    const oauth = inject(OAuthService);
    return async (path) => {
      const signalR = await import('@microsoft/signalr');
      return new signalR.HubConnectionBuilder()
        .withUrl(path, { accessTokenFactory: () => oauth.getAccessToken() })
        .withAutomaticReconnect()
        .configureLogging(signalR.LogLevel.Warning)
        .build();
    };
  },
});

export type LiveState = 'off' | 'connecting' | 'live' | 'reconnecting';

export const liveStateLabels: Readonly<Record<LiveState, string>> = {
  off: 'Off',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

export interface LiveHandlers {
  /** An account has new figures. */
  accountSynced(accountId: string): void;
  /** The connection came back after a break: what happened meanwhile was not heard. */
  resumed(): void;
}

/**
 * The dashboard's live connection, provided by the page and closed with it. Its state tells the toggle and the
 * words beside it; a connection that cannot start, or is lost for good, turns it off with the reason.
 */
@Injectable()
export class SocialLive {
  private readonly connect = inject(LIVE_CONNECTOR);
  private connection: LiveConnection | null = null;
  /** Counts starts and stops, so that a start overtaken by a stop leaves no trace. */
  private attempt = 0;

  readonly state = signal<LiveState>('off');
  readonly problem = signal<string | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => void this.stop());
  }

  async start(handlers: LiveHandlers): Promise<void> {
    if (this.state() !== 'off') {
      return;
    }

    const attempt = ++this.attempt;
    const current = () => attempt === this.attempt;
    this.problem.set(null);
    this.state.set('connecting');
    try {
      const connection = await this.connect(socialPerformanceHub.path);
      if (!current()) {
        return;
      }
      this.connection = connection;
      connection.on(socialPerformanceHub.accountSynced, (accountId) => handlers.accountSynced(accountId));
      connection.onreconnecting(() => this.state.set('reconnecting'));
      connection.onreconnected(() => {
        this.state.set('live');
        handlers.resumed();
      });
      connection.onclose((error) => {
        if (this.connection === connection) {
          this.connection = null;
          this.state.set('off');
          this.problem.set(`Live updates stopped: ${error?.message ?? 'the connection closed.'}`);
        }
      });
      await connection.start();
      if (current()) {
        this.state.set('live');
      }
    } catch (e) {
      if (current()) {
        this.connection = null;
        this.state.set('off');
        this.problem.set(`Live updates could not start: ${e instanceof Error ? e.message : 'the connection failed.'}`);
      }
    }
  }

  async stop(): Promise<void> {
    this.attempt++;
    const connection = this.connection;
    this.connection = null;
    this.state.set('off');
    this.problem.set(null);
    await connection?.stop();
  }
}
