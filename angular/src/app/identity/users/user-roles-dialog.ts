import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Problem, toProblem } from '../../core/problem';
import { IdentityRoleDto, IdentityUserDto } from '../../proxy/models';
import { RolesService, UsersService } from '../../proxy/services';

/** Replaces the roles of a user, chosen among all roles of the tenant. */
@Component({
  selector: 'app-user-roles-dialog',
  imports: [MatDialogModule, MatCheckboxModule, MatButtonModule, MatProgressBarModule],
  templateUrl: './user-roles-dialog.html',
  styleUrl: '../identity-dialogs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserRolesDialog {
  private readonly users = inject(UsersService);
  private readonly rolesApi = inject(RolesService);
  private readonly dialogRef = inject<MatDialogRef<UserRolesDialog, boolean>>(MatDialogRef);
  protected readonly user = inject<IdentityUserDto>(MAT_DIALOG_DATA);

  protected readonly roles = signal<IdentityRoleDto[]>([]);
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    void this.load();
  }

  protected choose(name: string, chosen: boolean): void {
    this.chosen.update((current) => {
      const next = new Set(current);
      if (chosen) {
        next.add(name);
      } else {
        next.delete(name);
      }
      return next;
    });
  }

  protected async save(): Promise<void> {
    this.saving.set(true);
    this.problem.set(null);
    try {
      await this.users.updateUserRoles({ id: this.user.id, body: { roleNames: [...this.chosen()] } });
      this.dialogRef.close(true);
    } catch (e) {
      this.problem.set(toProblem(e, 'The roles could not be saved.'));
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const [all, current] = await Promise.all([this.rolesApi.getAllRoles(), this.users.getUserRoles({ id: this.user.id })]);
      this.roles.set(all.items);
      this.chosen.set(new Set(current.items.map((r) => r.name)));
    } catch (e) {
      this.problem.set(toProblem(e, 'The roles could not be loaded.'));
    } finally {
      this.loading.set(false);
    }
  }
}
