import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Problem, toProblem } from '../../core/problem';
import { CreateTenantInput, EditionDto, TenantDto } from '../../proxy/models';
import { EditionsService, TenantsService } from '../../proxy/services';

/** The host's tenants: paged and sorted by the API, created with an edition and admin credentials, (de)activated. */
@Component({
  selector: 'app-tenants-page',
  imports: [
    FormsModule, MatTableModule, MatPaginatorModule, MatSortModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    MatButtonModule, MatProgressBarModule, RouterLink,
  ],
  templateUrl: './tenants-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantsPage {
  private readonly tenants = inject(TenantsService);
  private readonly editionsApi = inject(EditionsService);

  protected readonly columns = ['name', 'editionName', 'isActive', 'actions'];
  protected readonly items = signal<TenantDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly editions = signal<EditionDto[]>([]);
  protected readonly creating = signal(false);
  protected readonly createProblem = signal<Problem | null>(null);
  protected draft: CreateTenantInput = { name: '', editionName: null, adminEmailAddress: '', adminPassword: '' };

  private filter = '';
  private sorting = 'name';
  private page = { index: 0, size: 10 };

  constructor() {
    void this.load();
    void this.editionsApi.getEditions({ maxResultCount: 100 }).then((result) => this.editions.set(result.items));
  }

  protected onFilter(value: string): void {
    this.filter = value.trim();
    this.page = { ...this.page, index: 0 };
    void this.load();
  }

  protected onSort(sort: Sort): void {
    this.sorting = sort.direction ? `${sort.active} ${sort.direction}` : 'name';
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.page = { index: event.pageIndex, size: event.pageSize };
    void this.load();
  }

  protected async create(): Promise<void> {
    this.createProblem.set(null);
    try {
      await this.tenants.createTenant({ body: this.draft });
      this.draft = { name: '', editionName: null, adminEmailAddress: '', adminPassword: '' };
      this.creating.set(false);
      await this.load();
    } catch (e) {
      this.createProblem.set(toProblem(e, 'The tenant could not be created.'));
    }
  }

  protected async setActive(tenant: TenantDto, active: boolean): Promise<void> {
    try {
      await (active ? this.tenants.activateTenant({ id: tenant.id }) : this.tenants.deactivateTenant({ id: tenant.id }));
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e, 'The tenant could not be changed.'));
    }
  }

  protected fieldError(field: string): string | null {
    return this.createProblem()?.fieldErrors[field]?.[0] ?? null;
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const result = await this.tenants.getTenants({
        filter: this.filter || undefined,
        sorting: this.sorting,
        skipCount: this.page.index * this.page.size,
        maxResultCount: this.page.size,
      });
      this.items.set(result.items);
      this.total.set(result.totalCount);
    } catch (e) {
      this.problem.set(toProblem(e, 'The tenants could not be loaded.'));
    } finally {
      this.loading.set(false);
    }
  }
}
