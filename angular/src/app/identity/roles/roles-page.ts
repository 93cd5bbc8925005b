import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { firstValueFrom } from 'rxjs';
import { confirmed } from '../../core/confirm-dialog';
import { PagedList } from '../../core/paged-list';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
import { openPermissionsDialog } from '../../permission-management/permissions-dialog';
import { PermissionManagementPermissions } from '../../permission-management/permission-management-permissions';
import { PermissionProviders } from '../../permission-management/permission-providers';
import { IdentityRoleDto } from '../../proxy/models';
import { RolesService } from '../../proxy/services';
import { fieldError, showFieldErrors } from '../../core/form-problems';
import { IdentityPermissions } from '../identity-permissions';
import { RoleFormDialog } from './role-form-dialog';

/**
 * The tenant's roles: paged by the API; created with a name; edited, given permissions, and deleted
 * with confirmation (built-in roles keep their name and cannot be deleted). Actions show only with their permission.
 */
@Component({
  selector: 'app-roles-page',
  imports: [
    FormsModule, MatTableModule, MatPaginatorModule, MatFormFieldModule, MatInputModule, MatCheckboxModule, MatButtonModule,
    MatProgressBarModule,
  ],
  templateUrl: './roles-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RolesPage {
  private readonly roles = inject(RolesService);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(Session);

  protected readonly can = computed(() => ({
    create: this.session.isGranted(IdentityPermissions.Roles.Create),
    update: this.session.isGranted(IdentityPermissions.Roles.Update),
    delete: this.session.isGranted(IdentityPermissions.Roles.Delete),
    managePermissions: this.session.isGranted(PermissionManagementPermissions.ManagePermissions),
  }));
  protected readonly columns = computed(() => {
    const { update, delete: remove, managePermissions } = this.can();
    return ['name', 'isDefault', ...(update || remove || managePermissions ? ['actions'] : [])];
  });
  protected readonly list = new PagedList<IdentityRoleDto>({
    load: ({ skipCount, maxResultCount }) => {
      // Every load clears the last action's outcome; `done` sets the status again after.
      this.actionProblem.set(null);
      this.status.set(null);
      return this.roles.getRoles({ skipCount, maxResultCount });
    },
    failure: 'The roles could not be loaded.',
  });
  private readonly actionProblem = signal<Problem | null>(null);
  protected readonly problem = computed(() => this.actionProblem() ?? this.list.problem());
  protected readonly createProblem = signal<Problem | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly fieldError = fieldError;
  protected draft = { name: '', isDefault: false };

  constructor() {
    void this.list.reload();
  }

  protected async create(form: NgForm): Promise<void> {
    this.createProblem.set(null);
    if (form.invalid) {
      return;
    }

    try {
      const role = await this.roles.createRole({ body: { ...this.draft } });
      form.resetForm({ name: '', isDefault: false });
      await this.done(`Created the role ${role.name}.`);
    } catch (e) {
      const problem = toProblem(e, 'The role could not be created.');
      this.createProblem.set(showFieldErrors(form.form, problem));
    }
  }

  protected async edit(role: IdentityRoleDto): Promise<void> {
    const ref = this.dialog.open<RoleFormDialog, IdentityRoleDto, IdentityRoleDto>(RoleFormDialog, { data: role, width: '28rem' });
    const saved = await firstValueFrom(ref.afterClosed());
    if (saved) {
      await this.done(`Saved the role ${saved.name}.`);
    }
  }

  protected async openPermissions(role: IdentityRoleDto): Promise<void> {
    const saved = await openPermissionsDialog(this.dialog, { providerName: PermissionProviders.Role, providerKey: role.name, title: `role ${role.name}` });
    if (saved) {
      this.status.set(`Saved the permissions of ${role.name}.`);
    }
  }

  protected async remove(role: IdentityRoleDto): Promise<void> {
    const sure = await confirmed(this.dialog, {
      title: `Delete the role ${role.name}?`,
      message: 'Its users lose what it grants.',
      action: 'Delete',
    });
    if (!sure) {
      return;
    }

    try {
      await this.roles.deleteRole({ id: role.id });
      await this.done(`Deleted the role ${role.name}.`);
    } catch (e) {
      this.actionProblem.set(toProblem(e, 'The role could not be deleted.'));
    }
  }

  private async done(message: string): Promise<void> {
    await this.list.reload();
    this.status.set(message);
  }
}
