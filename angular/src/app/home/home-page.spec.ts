import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { Session } from '../core/session';
import { UsersService } from '../proxy/services';
import { HomePage } from './home-page';

interface Setup {
  readonly granted?: string[];
  readonly maxUsers?: string;
  readonly tenant?: string | null;
  readonly getUsers?: () => Promise<unknown>;
}

async function render({ granted = ['Identity.Users'], maxUsers = '3', tenant = 'solo', getUsers }: Setup = {}) {
  const users = { getUsers: vi.fn(getUsers ?? (() => Promise.resolve({ totalCount: 2, items: [] }))) };
  TestBed.configureTestingModule({
    imports: [HomePage],
    providers: [
      { provide: UsersService, useValue: users },
      {
        provide: Session,
        useValue: {
          user: signal({ name: 'Ada' }),
          tenant: signal(tenant ? { name: tenant, isAvailable: true, editionName: 'Solo' } : { isAvailable: false }),
          isSignedIn: computed(() => true),
          features: signal({ 'Platform.MaxUsers': maxUsers, 'Solopreneur.Invoicing': 'true' }),
          isGranted: (policy: string) => granted.includes(policy),
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(HomePage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const usersLine = () =>
    Array.from(element.querySelectorAll('p'))
      .map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .find((text) => text.startsWith('Users:'));
  return { element, fixture, users, usersLine };
}

describe('HomePage', () => {
  it('shows the users used against the limit, counted through one page of users', async () => {
    const { users, usersLine } = await render();

    expect(usersLine()).toBe('Users: 2 of 3');
    expect(users.getUsers).toHaveBeenCalledWith({ maxResultCount: 1 });
  });

  it('says there is no limit when the limit is 0', async () => {
    const { usersLine } = await render({ maxUsers: '0' });

    expect(usersLine()).toBe('Users: 2 (no limit)');
  });

  it('shows only the limit without Identity.Users', async () => {
    const { users, usersLine } = await render({ granted: [] });

    expect(usersLine()).toBe('Users: up to 3');
    expect(users.getUsers).not.toHaveBeenCalled();
  });

  it('says it is counting until the API answers', async () => {
    const { element, usersLine } = await render({ getUsers: () => new Promise(() => undefined) });

    expect(usersLine()).toBe('Users: counting… (up to 3)');
    expect(element.querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it('shows the limit and an alert when the users cannot be counted', async () => {
    const { element, usersLine } = await render({
      getUsers: () => Promise.reject(new HttpErrorResponse({ status: 503, error: { title: 'Service unavailable' } })),
    });

    expect(usersLine()).toBe('Users: up to 3');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Service unavailable');
  });

  it('counts nothing for the host', async () => {
    const { element, users } = await render({ tenant: null });

    expect(users.getUsers).not.toHaveBeenCalled();
    expect(element.textContent).toContain('You are signed in to the host');
  });
});
