import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { Problem, toProblem } from '../core/problem';
import { FeatureDto, FeatureGroupDto } from '../proxy/models';
import { FeaturesService } from '../proxy/services';

/** One feature as edited: its value type tells toggle from limit. */
interface EditableFeature {
  readonly feature: FeatureDto;
  readonly isToggle: boolean;
  value: string;
}

/** The host sets a tenant's features (T): toggles and limits per group; a reset returns to the edition's values. */
@Component({
  selector: 'app-features-page',
  imports: [FormsModule, MatTabsModule, MatSlideToggleModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink],
  templateUrl: './features-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeaturesPage implements OnInit {
  private readonly features = inject(FeaturesService);

  /** The tenant's id, from the route. */
  readonly id = input.required<string>();

  protected readonly groups = signal<{ group: FeatureGroupDto; features: EditableFeature[] }[]>([]);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly saved = signal(false);
  protected readonly loading = computed(() => this.groups().length === 0 && this.problem() === null);

  ngOnInit(): void {
    void this.load();
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    this.problem.set(null);
    const changed = this.groups()
      .flatMap((g) => g.features)
      .filter((f) => f.value !== f.feature.value)
      .map((f) => ({ name: f.feature.name, value: f.value }));
    try {
      await this.features.updateFeatures({ providerName: 'T', providerKey: this.id(), body: { features: changed } });
      this.saved.set(true);
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e, 'The features could not be saved.'));
    }
  }

  protected async reset(): Promise<void> {
    try {
      await this.features.resetFeatures({ providerName: 'T', providerKey: this.id() });
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e, 'The features could not be reset.'));
    }
  }

  private async load(): Promise<void> {
    try {
      const result = await this.features.getFeatures({ providerName: 'T', providerKey: this.id() });
      this.groups.set(
        result.groups.map((group) => ({
          group,
          features: group.features.map((feature) => ({
            feature,
            isToggle: (feature.valueType as { name?: string }).name === 'ToggleStringValueType',
            value: feature.value,
          })),
        })),
      );
    } catch (e) {
      this.problem.set(toProblem(e, 'The features could not be loaded.'));
    }
  }
}
