import { IconName } from '../core/icon';
import { ConnectionDto, ConnectionHealth } from '../proxy/models';

/** Each health state's words and icon: the state is never told by colour alone. */
export const connectionHealth: Readonly<Record<ConnectionHealth, { readonly label: string; readonly icon: IconName }>> = {
  Healthy: { label: 'Healthy', icon: 'check_circle' },
  Expiring: { label: 'Expiring', icon: 'schedule' },
  RefreshFailed: { label: 'Refresh failed', icon: 'sync_problem' },
  ReauthRequired: { label: 'Reconnect needed', icon: 'link_off' },
};

/** Reconnecting is offered when the provider no longer accepts the account's access, or renewing it failed. */
export function healthNeedsReconnect(connection: Pick<ConnectionDto, 'health'>): boolean {
  return connection.health === 'ReauthRequired' || connection.health === 'RefreshFailed';
}
