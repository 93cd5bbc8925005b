import { Routes } from '@angular/router';
import { ForbiddenPage } from './core/forbidden-page';
import { permissionGuard } from './core/guards';
import { HomePage } from './home/home-page';
import { IntegrationsPermissions } from './integrations/integrations-permissions';
import { SolopreneurFeatures } from './solopreneur/solopreneur-features';
import { SolopreneurPermissions } from './solopreneur/solopreneur-permissions';

export const routes: Routes = [
  { path: '', component: HomePage },
  {
    path: 'identity/users',
    loadComponent: () => import('./identity/users/users-page').then((m) => m.UsersPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: 'Identity.Users' },
  },
  {
    path: 'tenant-management/tenants',
    loadComponent: () => import('./tenant-management/tenants/tenants-page').then((m) => m.TenantsPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: 'TenantManagement.Tenants' },
  },
  {
    path: 'tenant-management/tenants/:id/features',
    loadComponent: () => import('./feature-management/features-page').then((m) => m.FeaturesPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: 'FeatureManagement.ManageHostFeatures', providerName: 'T' },
  },
  {
    path: 'tenant-management/editions',
    loadComponent: () => import('./tenant-management/editions/editions-page').then((m) => m.EditionsPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: 'TenantManagement.Editions' },
  },
  {
    path: 'tenant-management/editions/:id/features',
    loadComponent: () => import('./feature-management/features-page').then((m) => m.FeaturesPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: 'FeatureManagement.ManageHostFeatures', providerName: 'E' },
  },
  {
    path: 'identity/roles',
    loadComponent: () => import('./identity/roles/roles-page').then((m) => m.RolesPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: 'Identity.Roles' },
  },
  {
    path: 'audit-logging/audit-logs',
    loadComponent: () => import('./audit-logging/audit-logs-page').then((m) => m.AuditLogsPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: 'AuditLogging.AuditLogs' },
  },
  {
    path: 'audit-logging/audit-logs/:id',
    loadComponent: () => import('./audit-logging/audit-log-page').then((m) => m.AuditLogPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: 'AuditLogging.AuditLogs' },
  },
  {
    path: 'integrations/connections',
    loadComponent: () => import('./integrations/connections/connections-page').then((m) => m.ConnectionsPage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: IntegrationsPermissions.Connections.Default },
  },
  {
    path: 'solopreneur/social',
    loadComponent: () =>
      import('./solopreneur/social-performance/social-performance-page').then((m) => m.SocialPerformancePage),
    canActivate: [permissionGuard],
    data: { requiredPolicy: SolopreneurPermissions.SocialPerformance.Default, requiredFeature: SolopreneurFeatures.SocialPerformance },
  },
  { path: 'forbidden', component: ForbiddenPage },
  { path: '**', redirectTo: '' },
];
