import { ChangeDetectionStrategy, Component, ElementRef, InjectionToken, Injector, afterNextRender, inject, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { CdkTrapFocus } from '@angular/cdk/a11y';
import { createFlexibleConnectedPositionStrategy, createOverlayRef, createRepositionScrollStrategy } from '@angular/cdk/overlay';
import { ComponentPortal } from '@angular/cdk/portal';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { Icon, IconName } from '../core/icon';
import { Problem, toProblem } from '../core/problem';
import { NotificationDto, NotificationSeverity } from '../proxy/models';
import { NotificationsService } from '../proxy/services/notifications.service';
import { relativeTime } from './relative-time';
import { UnreadNotifications } from './unread-notifications';

/** How many of the newest notifications the panel lists. */
export const panelSize = 10;

/** Closes the panel that holds the component. */
export const CLOSE_NOTIFICATIONS_PANEL = new InjectionToken<() => void>('CLOSE_NOTIFICATIONS_PANEL');

const severities: Readonly<Record<NotificationSeverity, { readonly icon: IconName; readonly label: string }>> = {
  Info: { icon: 'info', label: 'Info' },
  Warning: { icon: 'warning', label: 'Warning' },
  Error: { icon: 'error', label: 'Error' },
};

/** A link the router can follow: a path in this app, never another origin ("//host", "https:…"). */
function isAppPath(link: string | null): link is string {
  return !!link && link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\');
}

/**
 * The newest notifications under the bell. Clicking one marks it read and follows its link; "Mark all as read"
 * marks the rest. Escape or a click outside closes it, and the focus goes back to the bell.
 */
@Component({
  selector: 'app-notifications-panel',
  imports: [NgTemplateOutlet, MatButtonModule, MatProgressBarModule, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-panel.html',
  styleUrl: './notifications-panel.scss',
  host: { role: 'dialog', 'aria-labelledby': 'notifications-panel-title', tabindex: '-1' },
  hostDirectives: [CdkTrapFocus],
})
export class NotificationsPanel {
  private readonly api = inject(NotificationsService);
  private readonly router = inject(Router);
  private readonly close = inject(CLOSE_NOTIFICATIONS_PANEL);
  protected readonly unread = inject(UnreadNotifications);
  protected readonly severities = severities;

  protected readonly items = signal<NotificationDto[]>([]);
  protected readonly now = signal(new Date());
  protected readonly loading = signal(true);
  protected readonly loadProblem = signal<Problem | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly status = signal<string | null>(null);

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef);
    afterNextRender(() => host.nativeElement.focus());
    void this.load();
  }

  protected relative(time: string): string {
    return relativeTime(time, this.now());
  }

  protected hasUnread(): boolean {
    return this.unread.count() > 0 || this.items().some((n) => !n.readTime);
  }

  /** Whether clicking the notification does anything: it is unread, or it leads somewhere. */
  protected isActionable(notification: NotificationDto): boolean {
    return !notification.readTime || isAppPath(notification.link);
  }

  protected async select(notification: NotificationDto): Promise<void> {
    this.problem.set(null);
    if (!notification.readTime) {
      try {
        const read = await this.api.markNotificationRead({ id: notification.id });
        this.items.update((items) => items.map((n) => (n.id === read.id ? read : n)));
        void this.unread.refresh();
      } catch (e) {
        this.problem.set(toProblem(e, 'The notification could not be marked as read.'));
        return;
      }
    }

    if (isAppPath(notification.link)) {
      this.close();
      await this.router.navigateByUrl(notification.link);
    }
  }

  protected async markAll(): Promise<void> {
    this.problem.set(null);
    this.status.set(null);
    try {
      await this.api.markAllNotificationsRead();
      const readTime = new Date().toISOString();
      this.items.update((items) => items.map((n) => (n.readTime ? n : { ...n, readTime })));
      this.status.set('Marked all as read.');
      void this.unread.refresh();
    } catch (e) {
      this.problem.set(toProblem(e, 'The notifications could not be marked as read.'));
    }
  }

  private async load(): Promise<void> {
    try {
      const result = await this.api.getNotifications({ maxResultCount: panelSize });
      this.now.set(new Date());
      this.items.set(result.items);
    } catch (e) {
      this.loadProblem.set(toProblem(e, 'The notifications could not be loaded.'));
    } finally {
      this.loading.set(false);
    }
  }
}

/**
 * Opens the panel under the bell (`origin`) and returns what closes it; `closed` runs once it has closed,
 * after the focus went back to the bell.
 */
export function openNotificationsPanel(injector: Injector, origin: ElementRef<HTMLElement>, closed: () => void): () => void {
  const overlay = createOverlayRef(injector, {
    hasBackdrop: true,
    backdropClass: 'cdk-overlay-transparent-backdrop',
    positionStrategy: createFlexibleConnectedPositionStrategy(injector, origin)
      .withPositions([
        { originX: 'end', originY: 'bottom', overlayX: 'end', overlayY: 'top', offsetY: 4 },
        { originX: 'start', originY: 'bottom', overlayX: 'start', overlayY: 'top', offsetY: 4 },
      ])
      .withViewportMargin(8),
    scrollStrategy: createRepositionScrollStrategy(injector),
  });
  const close = () => overlay.dispose();
  const panelInjector = Injector.create({ parent: injector, providers: [{ provide: CLOSE_NOTIFICATIONS_PANEL, useValue: close }] });

  overlay.attach(new ComponentPortal(NotificationsPanel, null, panelInjector));
  overlay.backdropClick().subscribe(close);
  overlay.keydownEvents().subscribe((event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  overlay.detachments().subscribe(() => {
    origin.nativeElement.focus();
    closed();
  });
  return close;
}
