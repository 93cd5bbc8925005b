import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '../core/session';
import { Shell } from './shell';

function fakeSession(granted: string[], tenant: string | null) {
  const user = signal({ isAuthenticated: true, userName: 'admin', roles: ['admin'] });
  return {
    user,
    tenant: signal(tenant ? { name: tenant, isAvailable: true } : null),
    isSignedIn: computed(() => user().isAuthenticated),
    error: signal(null),
    features: signal({}),
    isGranted: (policy: string) => granted.includes(policy),
    isFeatureOn: () => true,
    signOut: () => undefined,
  };
}

async function navigationFor(granted: string[], tenant: string | null): Promise<string[]> {
  TestBed.configureTestingModule({
    imports: [Shell],
    providers: [provideRouter([]), { provide: Session, useValue: fakeSession(granted, tenant) }],
  });
  const fixture = TestBed.createComponent(Shell);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return Array.from(element.querySelectorAll('mat-nav-list a')).map((a) => a.textContent?.trim() ?? '');
}

describe('Shell', () => {
  it('shows the users page to a user who holds Identity.Users', async () => {
    const items = await navigationFor(['Identity.Users', 'Identity.Roles', 'AuditLogging.AuditLogs'], 'solo');

    expect(items).toEqual(['Home', 'Users', 'Roles', 'Audit logs']);
  });

  it('shows the host admin the tenants page', async () => {
    const items = await navigationFor(['TenantManagement.Tenants', 'Identity.Users'], null);

    expect(items).toEqual(['Home', 'Tenants', 'Users']);
  });

  it('hides the users page from a user without Identity.Users', async () => {
    const items = await navigationFor(['AuditLogging.AuditLogs'], 'solo');

    expect(items).toEqual(['Home', 'Audit logs']);
  });
});
