import { ChangeDetectionStrategy, Component, DestroyRef, DOCUMENT, ElementRef, Injector, computed, inject, signal, viewChild } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { Icon } from '../core/icon';
import { UnreadNotifications } from './unread-notifications';

/** How often the badge asks for the unread count while the tab is visible. */
export const unreadRefreshInterval = 60_000;

/**
 * The shell's bell: the unread count as a badge and in the button's name, refreshed when it appears (on sign-in),
 * every minute while the tab is visible, and when the tab is shown again. The panel loads on the first click.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [MatButtonModule, MatBadgeModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      #trigger
      mat-icon-button
      type="button"
      [attr.aria-label]="label()"
      aria-haspopup="dialog"
      [attr.aria-expanded]="open()"
      [matBadge]="unread.count()"
      [matBadgeHidden]="unread.count() === 0"
      (click)="toggle()"
    >
      <app-icon name="notifications" />
    </button>
  `,
})
export class NotificationBell {
  protected readonly unread = inject(UnreadNotifications);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly trigger = viewChild.required('trigger', { read: ElementRef<HTMLButtonElement> });
  private closePanel: (() => void) | null = null;

  protected readonly open = signal(false);
  protected readonly label = computed(() => {
    const count = this.unread.count();
    if (this.unread.failed()) {
      return 'Notifications, unread count unavailable';
    }
    return count > 0 ? `Notifications, ${count} unread` : 'Notifications, none unread';
  });

  constructor() {
    void this.unread.refresh();
    const refreshWhenVisible = () => {
      if (this.document.visibilityState === 'visible') {
        void this.unread.refresh();
      }
    };
    const timer = setInterval(refreshWhenVisible, unreadRefreshInterval);
    this.document.addEventListener('visibilitychange', refreshWhenVisible);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      this.document.removeEventListener('visibilitychange', refreshWhenVisible);
      this.closePanel?.();
    });
  }

  protected async toggle(): Promise<void> {
    if (this.open()) {
      this.closePanel?.();
      return;
    }

    this.open.set(true);
    try {
      const { openNotificationsPanel } = await import('./notifications-panel');
      this.closePanel = openNotificationsPanel(this.injector, this.trigger(), () => {
        this.closePanel = null;
        this.open.set(false);
      });
    } catch (e) {
      // The panel's code could not be loaded (e.g. a new release replaced it): the bell stays usable.
      this.open.set(false);
      throw e;
    }
  }
}
