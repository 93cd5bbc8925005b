import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Problem, toProblem } from '../../core/problem';
import { IdentityRoleDto } from '../../proxy/models';
import { RolesService } from '../../proxy/services';

/** The tenant's roles: paged by the API; created with a name; deleted with confirmation (built-in roles cannot be). */
@Component({
  selector: 'app-roles-page',
  imports: [
    FormsModule, MatTableModule, MatPaginatorModule, MatFormFieldModule, MatInputModule, MatCheckboxModule, MatButtonModule, MatProgressBarModule,
  ],
  templateUrl: './roles-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RolesPage {
  private readonly roles = inject(RolesService);

  protected readonly columns = ['name', 'isDefault', 'actions'];
  protected readonly items = signal<IdentityRoleDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly createProblem = signal<Problem | null>(null);
  protected draft = { name: '', isDefault: false };

  private page = { index: 0, size: 10 };

  constructor() {
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.page = { index: event.pageIndex, size: event.pageSize };
    void this.load();
  }

  protected async create(): Promise<void> {
    this.createProblem.set(null);
    try {
      await this.roles.createRole({ body: { name: this.draft.name, isDefault: this.draft.isDefault } });
      this.draft = { name: '', isDefault: false };
      await this.load();
    } catch (e) {
      this.createProblem.set(toProblem(e, 'The role could not be created.'));
    }
  }

  protected async remove(role: IdentityRoleDto): Promise<void> {
    if (!window.confirm(`Delete the role ${role.name}? Its users lose what it grants.`)) {
      return;
    }

    try {
      await this.roles.deleteRole({ id: role.id });
      await this.load();
    } catch (e) {
      this.problem.set(toProblem(e, 'The role could not be deleted.'));
    }
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const result = await this.roles.getRoles({ skipCount: this.page.index * this.page.size, maxResultCount: this.page.size });
      this.items.set(result.items);
      this.total.set(result.totalCount);
    } catch (e) {
      this.problem.set(toProblem(e, 'The roles could not be loaded.'));
    } finally {
      this.loading.set(false);
    }
  }
}
