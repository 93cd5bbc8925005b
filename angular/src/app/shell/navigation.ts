import { IntegrationsPermissions } from '../integrations/integrations-permissions';
import { SolopreneurFeatures } from '../solopreneur/solopreneur-features';
import { SolopreneurPermissions } from '../solopreneur/solopreneur-permissions';

/** The side navigation: an item shows only when the user holds its permission (and its feature is on). */
export interface NavigationItem {
  readonly label: string;
  readonly path: string;
  readonly icon: string;
  readonly requiredPolicy?: string;
  readonly requiredFeature?: string;
}

export const navigation: readonly NavigationItem[] = [
  { label: 'Home', path: '/', icon: 'home' },
  { label: 'Tenants', path: '/tenant-management/tenants', icon: 'domain', requiredPolicy: 'TenantManagement.Tenants' },
  { label: 'Editions', path: '/tenant-management/editions', icon: 'workspace_premium', requiredPolicy: 'TenantManagement.Editions' },
  { label: 'Users', path: '/identity/users', icon: 'group', requiredPolicy: 'Identity.Users' },
  { label: 'Roles', path: '/identity/roles', icon: 'badge', requiredPolicy: 'Identity.Roles' },
  { label: 'Audit logs', path: '/audit-logging/audit-logs', icon: 'history', requiredPolicy: 'AuditLogging.AuditLogs' },
  { label: 'Connections', path: '/integrations/connections', icon: 'link', requiredPolicy: IntegrationsPermissions.Connections.Default },
  {
    label: 'Social performance',
    path: '/solopreneur/social',
    icon: 'insights',
    requiredPolicy: SolopreneurPermissions.SocialPerformance.Default,
    requiredFeature: SolopreneurFeatures.SocialPerformance,
  },
];

/** Server pages (outside the client's router) that only the host's administrators use. */
export interface HostLink {
  readonly label: string;
  readonly href: string;
}

/** The role the host's administrators hold; the jobs dashboard admits it only without a tenant. */
export const hostAdminRole = 'admin';

export const hostLinks: readonly HostLink[] = [
  { label: 'API docs', href: '/scalar/' },
  { label: 'Jobs dashboard', href: '/hangfire' },
];
