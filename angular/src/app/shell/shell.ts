import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Session } from '../core/session';
import { NotificationBell } from '../notifications/notification-bell';
import { hostAdminRole, hostLinks, navigation } from './navigation';

@Component({
  selector: 'app-shell',
  imports: [MatSidenavModule, MatToolbarModule, MatListModule, MatButtonModule, RouterOutlet, RouterLink, RouterLinkActive, NotificationBell],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly session = inject(Session);
  protected readonly items = computed(() =>
    navigation.filter(
      (item) =>
        this.session.isSignedIn() &&
        (!item.requiredPolicy || this.session.isGranted(item.requiredPolicy)) &&
        (!item.requiredFeature || this.session.isFeatureOn(item.requiredFeature)),
    ),
  );
  /** The API docs and jobs dashboard: for the host's administrators, signed in without a tenant. */
  protected readonly hostLinks = computed(() =>
    this.session.isSignedIn() && !this.session.tenant()?.isAvailable && this.session.user()?.roles.includes(hostAdminRole) ? hostLinks : [],
  );
}
