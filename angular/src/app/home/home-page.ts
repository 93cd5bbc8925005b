import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Session } from '../core/session';

const tiers = ['Solopreneur', 'Startup', 'Sme', 'Enterprise'] as const;

/** The tenant's plan at a glance: edition, the tier modules that are on, and the limits that apply. */
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
      <h2>Limits</h2>
      <p>Users: {{ seats() === '0' ? 'no limit' : 'up to ' + seats() }}</p>
    } @else {
      <p>You are signed in to the host: manage tenants, editions and their features.</p>
    }
  `,
})
export class HomePage {
  protected readonly session = inject(Session);
  protected readonly modules = computed(() =>
    tiers.map((name) => ({
      name: name === 'Sme' ? 'SME' : name,
      on: Object.entries(this.session.features()).some(([feature, value]) => feature.startsWith(name + '.') && value === 'true'),
    })),
  );
  protected readonly seats = computed(() => this.session.features()['Platform.MaxUsers'] ?? '0');
}
