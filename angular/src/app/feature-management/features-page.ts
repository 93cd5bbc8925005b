import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { Problem, toProblem } from '../core/problem';
import { FeatureGroupDto } from '../proxy/models';
import { EditionsService, FeaturesService, TenantsService } from '../proxy/services';
import { EditableFeature, changedValues, errorMessage, showFieldErrors, toEditable } from './feature-value';

/** The providers the host sets features for: an edition (E) or a tenant (T), which falls back to its edition. */
export type FeatureProviderName = 'E' | 'T';

const providers = {
  E: { noun: 'edition', listPath: '/tenant-management/editions', listLabel: 'Back to editions', resetLabel: 'Reset to defaults' },
  T: { noun: 'tenant', listPath: '/tenant-management/tenants', listLabel: 'Back to tenants', resetLabel: 'Reset to edition' },
} as const;

/** The host sets an edition's or a tenant's features: toggles and limits per group, where each value comes from, and a reset. */
@Component({
  selector: 'app-features-page',
  imports: [
    ReactiveFormsModule, MatTabsModule, MatSlideToggleModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule,
    MatProgressBarModule, RouterLink,
  ],
  templateUrl: './features-page.html',
  styles: '.features mat-form-field { width: 26rem; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeaturesPage implements OnInit {
  private readonly features = inject(FeaturesService);
  private readonly tenants = inject(TenantsService);
  private readonly editions = inject(EditionsService);

  /** The edition's or tenant's id, from the route. */
  readonly id = input.required<string>();
  /** Whose features these are, from the route's data. */
  readonly providerName = input.required<FeatureProviderName>();

  protected readonly provider = computed(() => providers[this.providerName()]);
  protected readonly ownerName = signal<string | null>(null);
  protected readonly groups = signal<{ group: FeatureGroupDto; features: EditableFeature[] }[]>([]);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly errorMessage = errorMessage;

  ngOnInit(): void {
    void this.loadOwnerName();
    void this.load();
  }

  protected sourceOf(item: EditableFeature): string {
    const source = item.feature.provider.name;
    if (source === this.providerName()) {
      return `set for this ${this.provider().noun}`;
    }

    return source === 'E' ? 'from the edition' : 'default';
  }

  protected async save(): Promise<void> {
    this.status.set(null);
    this.problem.set(null);
    const all = this.groups().flatMap((g) => g.features);
    const invalid = all.filter((item) => item.control.invalid);
    if (invalid.length > 0) {
      invalid.forEach((item) => item.control.markAsTouched());
      this.problem.set({ message: `Fix ${invalid.map((i) => i.feature.displayName).join(', ')} before saving.`, fieldErrors: {} });
      return;
    }

    const changes = changedValues(all);
    if (changes.length === 0) {
      this.status.set('Nothing changed.');
      return;
    }

    try {
      await this.features.updateFeatures({ ...this.providerParams(), body: { features: changes } });
      await this.load();
      this.status.set('Saved.');
    } catch (e) {
      const problem = toProblem(e, 'The features could not be saved.');
      showFieldErrors(all, problem.fieldErrors);
      this.problem.set(problem);
    }
  }

  protected async reset(): Promise<void> {
    this.status.set(null);
    this.problem.set(null);
    try {
      await this.features.resetFeatures(this.providerParams());
      await this.load();
      this.status.set('Reset.');
    } catch (e) {
      this.problem.set(toProblem(e, 'The features could not be reset.'));
    }
  }

  private providerParams(): { providerName: FeatureProviderName; providerKey: string } {
    return { providerName: this.providerName(), providerKey: this.id() };
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    try {
      const result = await this.features.getFeatures(this.providerParams());
      this.groups.set(result.groups.map((group) => ({ group, features: group.features.map(toEditable) })));
    } catch (e) {
      this.problem.set(toProblem(e, 'The features could not be loaded.'));
    } finally {
      this.loading.set(false);
    }
  }

  /** The heading names the edition or tenant; when it cannot be read, it says which kind it is. */
  private async loadOwnerName(): Promise<void> {
    try {
      this.ownerName.set(
        this.providerName() === 'E'
          ? (await this.editions.getEdition({ id: this.id() })).displayName
          : (await this.tenants.getTenant({ id: this.id() })).name,
      );
    } catch {
      this.ownerName.set(`this ${this.provider().noun}`);
    }
  }
}
