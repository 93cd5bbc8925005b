import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { PlatformFeatures } from '../core/platform-features';
import { Problem, toProblem } from '../core/problem';
import { Session } from '../core/session';
import { IdentityPermissions } from '../identity/identity-permissions';
import { UsersService } from '../proxy/services/users.service';

const tiers = ['Solopreneur', 'Startup', 'Sme', 'Enterprise'] as const;

/** How many users the tenant has: unknown without Identity.Users, else being counted, counted, or failed. */
type UserCount =
  | { readonly state: 'hidden' }
  | { readonly state: 'loading' }
  | { readonly state: 'counted'; readonly used: number }
  | { readonly state: 'failed'; readonly problem: Problem };

/** The tenant's plan at a glance: edition, the tier modules that are on, and its usage against the limits. */
@Component({
  selector: 'app-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>Welcome{{ session.user()?.name ? ', ' + session.user()?.name : '' }}</h1>
    @if (session.tenant()?.isAvailable) {
      <p>Tenant <strong>{{ session.tenant()?.name }}</strong>, edition <strong>{{ session.tenant()?.editionName ?? 'none' }}</strong>.</p>
      <h2>Modules</h2>
      <ul aria-label="Modules">
        @for (tier of modules(); track tier.name) {
          <li>{{ tier.name }}: {{ tier.on ? 'on' : 'off' }}</li>
        }
      </ul>
      <h2>Usage and limits</h2>
      @let count = userCount();
      @switch (count.state) {
        @case ('loading') {
          <p aria-busy="true">Users: counting… ({{ limitText() }})</p>
        }
        @case ('counted') {
          <p>Users: {{ count.used }} {{ seats() === 0 ? '(no limit)' : 'of ' + seats() }}</p>
        }
        @case ('failed') {
          <p>Users: {{ limitText() }}</p>
          <p role="alert" class="error">{{ count.problem.message }}</p>
        }
        @default {
          <p>Users: {{ limitText() }}</p>
        }
      }
    } @else {
      <p>You are signed in to the host: manage tenants, editions and their features.</p>
    }
  `,
})
export class HomePage {
  protected readonly session = inject(Session);
  private readonly users = inject(UsersService);

  protected readonly modules = computed(() =>
    tiers.map((name) => ({
      name: name === 'Sme' ? 'SME' : name,
      on: Object.entries(this.session.features()).some(([feature, value]) => feature.startsWith(name + '.') && value === 'true'),
    })),
  );
  /** The seat limit; 0 means no limit. */
  protected readonly seats = computed(() => Number(this.session.features()[PlatformFeatures.MaxUsers] ?? '0') || 0);
  protected readonly limitText = computed(() => (this.seats() === 0 ? 'no limit' : `up to ${this.seats()}`));
  protected readonly userCount = signal<UserCount>({ state: 'hidden' });

  constructor() {
    if (this.session.tenant()?.isAvailable && this.session.isGranted(IdentityPermissions.Users.Default)) {
      void this.countUsers();
    }
  }

  /** One user per page is enough: the API's total is the count. */
  private async countUsers(): Promise<void> {
    this.userCount.set({ state: 'loading' });
    try {
      const { totalCount } = await this.users.getUsers({ maxResultCount: 1 });
      this.userCount.set({ state: 'counted', used: totalCount });
    } catch (e) {
      this.userCount.set({ state: 'failed', problem: toProblem(e, 'The number of users could not be read.') });
    }
  }
}
