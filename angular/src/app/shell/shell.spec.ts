import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '../core/session';
import { NotificationsService } from '../proxy/services';
import { Shell } from './shell';

function fakeSession(granted: string[], tenant: string | null, signOut: () => void = () => undefined, featuresOff: string[] = []) {
  const user = signal({ isAuthenticated: true, userName: 'admin', roles: ['admin'] });
  return {
    user,
    tenant: signal(tenant ? { name: tenant, isAvailable: true } : null),
    isSignedIn: computed(() => user().isAuthenticated),
    error: signal(null),
    features: signal({}),
    isGranted: (policy: string) => granted.includes(policy),
    isFeatureOn: (feature: string) => !featuresOff.includes(feature),
    signOut,
  };
}

async function render(granted: string[], tenant: string | null, signOut?: () => void, featuresOff: string[] = []): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [Shell],
    providers: [
      provideRouter([]),
      { provide: Session, useValue: fakeSession(granted, tenant, signOut, featuresOff) },
      { provide: NotificationsService, useValue: { getUnreadNotificationCount: vi.fn().mockResolvedValue({ count: 3 }) } },
    ],
  });
  const fixture = TestBed.createComponent(Shell);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

async function navigationFor(granted: string[], tenant: string | null, featuresOff: string[] = []): Promise<string[]> {
  const element = await render(granted, tenant, undefined, featuresOff);
  return Array.from(element.querySelectorAll('mat-nav-list a')).map((a) => a.textContent?.trim() ?? '');
}

async function hostLinksFor(tenant: string | null): Promise<string[]> {
  const element = await render([], tenant);
  return Array.from(element.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Host tools"] a')).map((a) => a.getAttribute('href') ?? '');
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

  it('shows the host admin the editions page after the tenants page', async () => {
    const items = await navigationFor(['TenantManagement.Tenants', 'TenantManagement.Editions'], null);

    expect(items).toEqual(['Home', 'Tenants', 'Editions']);
  });

  it('shows the connections page after the audit logs to a user who holds Integrations.Connections', async () => {
    const items = await navigationFor(['AuditLogging.AuditLogs', 'Integrations.Connections'], 'sme');

    expect(items).toEqual(['Home', 'Audit logs', 'Connections']);
  });

  it('shows social performance after the connections to a user who holds its permission, while its feature is on', async () => {
    const items = await navigationFor(['Integrations.Connections', 'Solopreneur.SocialPerformance'], 'solo');

    expect(items).toEqual(['Home', 'Connections', 'Social performance']);
  });

  it('hides social performance from a user without its permission', async () => {
    const items = await navigationFor(['Integrations.Connections'], 'solo');

    expect(items).toEqual(['Home', 'Connections']);
  });

  it('hides social performance when its feature is off', async () => {
    const items = await navigationFor(['Solopreneur.SocialPerformance'], 'solo', ['Solopreneur.SocialPerformance']);

    expect(items).toEqual(['Home']);
  });

  it('puts the notification bell with its unread count in the toolbar', async () => {
    const element = await render([], 'solo');

    const bell = element.querySelector('mat-toolbar app-notification-bell button');
    expect(bell?.getAttribute('aria-label')).toBe('Notifications, 3 unread');
  });

  it('links the host admin to the API docs and the jobs dashboard outside the client', async () => {
    const links = await hostLinksFor(null);

    expect(links).toEqual(['/scalar/', '/hangfire']);
  });

  it('shows no host links inside a tenant', async () => {
    const links = await hostLinksFor('solo');

    expect(links).toEqual([]);
  });

  it('says who is signed in and logs out from there', async () => {
    const signOut = vi.fn();
    const element = await render([], 'solo', signOut);

    const who = element.querySelector('section[aria-label="Signed in as"]') as HTMLElement;
    who.querySelector('button')?.click();

    expect(who.textContent?.replace(/\s+/g, ' ')).toContain('admin · solo');
    expect(who.querySelector('button')?.textContent?.trim()).toBe('Log out');
    expect(signOut).toHaveBeenCalledOnce();
  });

  it('puts the page in a main landmark beside the navigation', async () => {
    const element = await render([], 'solo');

    expect(element.querySelector('main router-outlet')).not.toBeNull();
    expect(element.querySelector('header mat-toolbar')).not.toBeNull();
  });
});
