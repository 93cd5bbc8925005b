import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { PagedList } from '../../core/paged-list';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
import { FeatureManagementPermissions } from '../../feature-management/feature-management-permissions';
import { CreateTenantInput, EditionDto, TenantDto } from '../../proxy/models';
import { EditionsService, TenantsService } from '../../proxy/services';
import { confirmed } from '../../core/confirm-dialog';
import { fieldError, showFieldErrors } from '../../core/form-problems';
import { TenantManagementPermissions } from '../tenant-management-permissions';
import { TenantEditDialog, TenantEditRequest } from './tenant-edit-dialog';

const emptyDraft = (): CreateTenantInput => ({ name: '', editionName: null, adminEmailAddress: '', adminPassword: '' });

/** The host's tenants: filtered, sorted and paged by the API; created with an edition and admin credentials, edited, (de)activated, deleted. */
@Component({
  selector: 'app-tenants-page',
  imports: [
    FormsModule, DatePipe, MatTableModule, MatPaginatorModule, MatSortModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    MatButtonModule, MatProgressBarModule, RouterLink,
  ],
  templateUrl: './tenants-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantsPage {
  private readonly tenants = inject(TenantsService);
  private readonly editionsApi = inject(EditionsService);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(Session);

  /** What the user may do here; the API checks the same permissions. */
  protected readonly can = computed(() => ({
    create: this.session.isGranted(TenantManagementPermissions.Tenants.Create),
    update: this.session.isGranted(TenantManagementPermissions.Tenants.Update),
    delete: this.session.isGranted(TenantManagementPermissions.Tenants.Delete),
    manageFeatures: this.session.isGranted(FeatureManagementPermissions.ManageHostFeatures),
  }));

  protected readonly columns = ['name', 'editionName', 'isActive', 'creationTime', 'actions'];
  protected readonly list = new PagedList<TenantDto>({
    load: (query) => this.tenants.getTenants({ filter: this.filter || undefined, ...query }),
    failure: 'The tenants could not be loaded.',
    sort: { active: 'name', direction: 'asc' },
  });
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly editions = signal<EditionDto[]>([]);
  protected readonly creating = signal(false);
  protected readonly createProblem = signal<Problem | null>(null);
  protected readonly fieldError = fieldError;
  protected draft = emptyDraft();

  private filter = '';

  constructor() {
    void this.list.reload();
    void this.loadEditions();
  }

  protected onFilter(value: string): void {
    if (value.trim() === this.filter) {
      return;
    }

    this.filter = value.trim();
    void this.list.refilter();
  }

  protected async create(form: NgForm): Promise<void> {
    if (form.invalid) {
      form.form.markAllAsTouched();
      return;
    }

    this.createProblem.set(null);
    try {
      await this.tenants.createTenant({ body: { ...this.draft, name: this.draft.name.trim() } });
      this.draft = emptyDraft();
      form.resetForm(this.draft);
      this.creating.set(false);
      await this.list.reload();
    } catch (e) {
      this.createProblem.set(showFieldErrors(form.form, toProblem(e, 'The tenant could not be created.')));
    }
  }

  protected async edit(tenant: TenantDto): Promise<void> {
    const ref = this.dialog.open<TenantEditDialog, TenantEditRequest, TenantDto>(TenantEditDialog, {
      data: { tenant, editions: this.editions() },
    });
    if (await firstValueFrom(ref.afterClosed())) {
      await this.list.reload();
    }
  }

  protected async setActive(tenant: TenantDto, active: boolean): Promise<void> {
    await this.act(
      () => (active ? this.tenants.activateTenant({ id: tenant.id }) : this.tenants.deactivateTenant({ id: tenant.id })),
      'The tenant could not be changed.',
    );
  }

  protected async remove(tenant: TenantDto): Promise<void> {
    const sure = await confirmed(this.dialog, {
      title: `Delete the tenant ${tenant.name}?`,
      message: 'Its users can no longer sign in.',
      action: 'Delete',
    });
    if (sure) {
      await this.act(() => this.tenants.deleteTenant({ id: tenant.id }), 'The tenant could not be deleted.');
    }
  }

  private async act(call: () => Promise<unknown>, fallback: string): Promise<void> {
    this.actionProblem.set(null);
    try {
      await call();
      await this.list.reload();
    } catch (e) {
      this.actionProblem.set(toProblem(e, fallback));
    }
  }

  /** The editions a tenant can be put in; without the permission to read them only "None" is offered. */
  private async loadEditions(): Promise<void> {
    if (!this.session.isGranted(TenantManagementPermissions.Editions.Default)) {
      return;
    }

    try {
      this.editions.set((await this.editionsApi.getEditions({ maxResultCount: 1000 })).items);
    } catch (e) {
      this.actionProblem.set(toProblem(e, 'The editions could not be loaded.'));
    }
  }
}
