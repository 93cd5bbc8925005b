import { HttpErrorResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { NotificationDto } from '../proxy/models';
import { NotificationsService } from '../proxy/services';
import { NotificationBell, unreadRefreshInterval } from './notification-bell';

@Component({ selector: 'app-users-stub', template: '' })
class UsersStub {}

function notification(title: string, extra: Partial<NotificationDto> = {}): NotificationDto {
  return {
    id: `id-${title}`,
    title,
    message: `About ${title}.`,
    severity: 'Info',
    link: null,
    creationTime: new Date(Date.now() - 5 * 60_000).toISOString(),
    readTime: null,
    ...extra,
  };
}

function fakeApi(items: NotificationDto[], counts: number[]) {
  const remaining = [...counts];
  return {
    getUnreadNotificationCount: vi.fn(() => Promise.resolve({ count: remaining.length > 1 ? remaining.shift()! : remaining[0] })),
    getNotifications: vi.fn().mockResolvedValue({ totalCount: items.length, items }),
    markNotificationRead: vi.fn(({ id }: { id: string }) =>
      Promise.resolve({ ...items.find((n) => n.id === id)!, readTime: new Date().toISOString() }),
    ),
    markAllNotificationsRead: vi.fn().mockResolvedValue(undefined),
  };
}

async function render(api: ReturnType<typeof fakeApi>) {
  TestBed.configureTestingModule({
    imports: [NotificationBell],
    providers: [provideRouter([{ path: 'identity/users', component: UsersStub }]), { provide: NotificationsService, useValue: api }],
  });
  const fixture = TestBed.createComponent(NotificationBell);
  await fixture.whenStable();
  const bell = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const open = async () => {
    bell.click();
    await vi.waitFor(() => expect(document.querySelector('app-notifications-panel')).not.toBeNull());
    await vi.waitFor(() => expect(document.querySelector('app-notifications-panel mat-progress-bar')).toBeNull());
    await fixture.whenStable();
    return document.querySelector('app-notifications-panel') as HTMLElement;
  };
  const button = (panel: HTMLElement, text: string) =>
    Array.from(panel.querySelectorAll('button')).find((b) => b.textContent?.includes(text)) as HTMLButtonElement;
  return { fixture, bell, open, settle, button };
}

describe('NotificationBell', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the unread count in its badge and in its name', async () => {
    const { bell } = await render(fakeApi([], [2]));

    expect(bell.getAttribute('aria-label')).toBe('Notifications, 2 unread');
    expect(bell.querySelector('.mat-badge-content')?.textContent?.trim()).toBe('2');
  });

  it('says when the unread count could not be fetched', async () => {
    const api = fakeApi([], [0]);
    api.getUnreadNotificationCount.mockRejectedValue(new HttpErrorResponse({ status: 503 }));

    const { bell } = await render(api);

    expect(bell.getAttribute('aria-label')).toBe('Notifications, unread count unavailable');
  });

  it('asks for the count again every minute while the tab is visible, and not while it is hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const api = fakeApi([], [1]);
    await render(api);
    expect(api.getUnreadNotificationCount).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(unreadRefreshInterval);
    expect(api.getUnreadNotificationCount).toHaveBeenCalledTimes(2);

    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    vi.advanceTimersByTime(unreadRefreshInterval);
    hidden.mockRestore();
    expect(api.getUnreadNotificationCount).toHaveBeenCalledTimes(2);
  });

  it('lists the newest ten with severity as text, unread ones marked', async () => {
    const api = fakeApi([notification('Welcome to Pikar'), notification('Token expiring', { severity: 'Warning', readTime: '2026-01-01T00:00:00Z' })], [1]);
    const { open, bell } = await render(api);

    const panel = await open();

    expect(api.getNotifications).toHaveBeenCalledWith({ maxResultCount: 10 });
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    expect(panel.getAttribute('role')).toBe('dialog');
    const items = Array.from(panel.querySelectorAll('li')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items[0]).toBe('Info, Unread, 5 minutes ago, Welcome to Pikar, About Welcome to Pikar.');
    expect(items[1]).toContain('Warning');
    expect(items[1]).not.toContain('Unread');
  });

  it('marks a clicked notification read, refreshes the count and follows its link', async () => {
    const api = fakeApi([notification('Welcome to Pikar', { link: '/identity/users' })], [1, 0]);
    const { open, bell, button, settle } = await render(api);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl');
    const panel = await open();

    button(panel, 'Welcome to Pikar').click();
    await settle();

    expect(api.markNotificationRead).toHaveBeenCalledWith({ id: 'id-Welcome to Pikar' });
    expect(navigate).toHaveBeenCalledWith('/identity/users');
    expect(document.querySelector('app-notifications-panel')).toBeNull();
    expect(bell.getAttribute('aria-label')).toBe('Notifications, none unread');
  });

  it('does not follow a link that leaves the app', async () => {
    const api = fakeApi([notification('Elsewhere', { link: '//example.com/x' })], [1, 0]);
    const { open, button, settle } = await render(api);
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl');
    const panel = await open();

    button(panel, 'Elsewhere').click();
    await settle();

    expect(api.markNotificationRead).toHaveBeenCalled();
    expect(navigate).not.toHaveBeenCalled();
    expect(panel.querySelector('li')?.textContent).not.toContain('Unread');
  });

  it('marks all as read', async () => {
    const api = fakeApi([notification('One'), notification('Two')], [2, 0]);
    const { open, bell, button, settle } = await render(api);
    const panel = await open();

    button(panel, 'Mark all as read').click();
    await settle();

    expect(api.markAllNotificationsRead).toHaveBeenCalledOnce();
    expect(panel.querySelectorAll('.unread').length).toBe(0);
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Marked all as read.');
    expect(bell.getAttribute('aria-label')).toBe('Notifications, none unread');
  });

  it('says so when there are no notifications', async () => {
    const { open, button } = await render(fakeApi([], [0]));

    const panel = await open();

    expect(panel.textContent).toContain('No notifications');
    expect(button(panel, 'Mark all as read').disabled).toBe(true);
  });

  it('tells when the notifications could not be loaded', async () => {
    const api = fakeApi([], [0]);
    api.getNotifications.mockRejectedValue(new Error('offline'));
    const { open } = await render(api);

    const panel = await open();

    expect(panel.querySelector('[role="alert"]')?.textContent).toContain('The notifications could not be loaded.');
    expect(panel.textContent).not.toContain('No notifications');
  });

  it('closes on Escape and gives the focus back to the bell', async () => {
    const { open, bell, settle } = await render(fakeApi([notification('One')], [1]));
    const panel = await open();

    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();

    expect(document.querySelector('app-notifications-panel')).toBeNull();
    expect(document.activeElement).toBe(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('false');
  });
});
