import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { NotificationsService } from '../proxy/services/notifications.service';

/** The signed-in user's unread count, shared by the bell's badge and its panel (which refreshes it after marking). */
@Injectable({ providedIn: 'root' })
export class UnreadNotifications {
  private readonly api = inject(NotificationsService);

  readonly count = signal(0);
  /** Whether the last refresh failed: the badge then keeps the count it had. */
  readonly failed = signal(false);

  async refresh(): Promise<void> {
    try {
      const { count } = await this.api.getUnreadNotificationCount();
      this.count.set(count);
      this.failed.set(false);
    } catch (e) {
      if (!(e instanceof HttpErrorResponse)) {
        throw e;
      }
      this.failed.set(true);
    }
  }
}
