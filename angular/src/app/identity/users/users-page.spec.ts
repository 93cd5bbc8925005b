import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Session } from '../../core/session';
import { IdentityUserDto } from '../../proxy/models';
import { UsersService } from '../../proxy/services';
import { UsersPage } from './users-page';

function user(userName: string, extra: Partial<IdentityUserDto> = {}): IdentityUserDto {
  return {
    id: `id-${userName}`,
    tenantId: 't',
    userName,
    email: `${userName}@solo.test`,
    name: null,
    surname: null,
    phoneNumber: null,
    emailConfirmed: true,
    isActive: true,
    lockoutEnabled: true,
    lockoutEnd: null,
    isLockedOut: false,
    accessFailedCount: 0,
    creationTime: '2026-01-01T00:00:00Z',
    concurrencyStamp: 'stamp',
    ...extra,
  };
}

async function render(granted: string[]) {
  const users = [user('admin'), user('alex', { isLockedOut: true, lockoutEnd: '9999-12-31T23:59:59.9999999+00:00' })];
  TestBed.configureTestingModule({
    imports: [UsersPage],
    providers: [
      { provide: UsersService, useValue: { getUsers: vi.fn().mockResolvedValue({ totalCount: users.length, items: users }) } },
      {
        provide: Session,
        useValue: { user: signal({ id: 'id-admin' }), isSignedIn: computed(() => true), isGranted: (p: string) => granted.includes(p) },
      },
    ],
  });
  const fixture = TestBed.createComponent(UsersPage);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

const buttons = (element: HTMLElement) => Array.from(element.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());

describe('UsersPage', () => {
  it('shows only the list to a user who may just read users', async () => {
    const element = await render(['Identity.Users']);

    expect(buttons(element)).not.toContain('New user');
    expect(buttons(element)).not.toContain('Actions for alex');
  });

  it('offers creating and the row actions with their permissions', async () => {
    const element = await render(['Identity.Users', 'Identity.Users.Create', 'Identity.Users.Update']);

    expect(buttons(element)).toContain('New user');
    expect(buttons(element)).toContain('Actions for alex');
  });

  it('shows who is locked out', async () => {
    const element = await render(['Identity.Users']);

    const rows = Array.from(element.querySelectorAll('tr[mat-row]')).map((r) => r.textContent ?? '');
    expect(rows.find((r) => r.includes('alex'))).toContain('until unlocked');
    expect(rows.find((r) => r.includes('admin'))).toContain('no');
  });
});
