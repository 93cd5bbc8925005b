import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
import { IdentityRoleDto, IdentityUserDto } from '../../proxy/models';
import { RolesService, UsersService } from '../../proxy/services';
import { fieldError, showFieldErrors } from '../../core/form-problems';
import { IdentityErrorCodes } from '../identity-error-codes';
import { IdentityPermissions } from '../identity-permissions';

/** The user to edit, or null to create one. */
export type UserFormDialogData = IdentityUserDto | null;

/**
 * Creates a user (with roles, the default ones preselected) or edits one; the edit sends the
 * concurrency stamp, and an empty password keeps the current one. Roles of an existing user are
 * changed in the roles dialog, which needs its own permission.
 */
@Component({
  selector: 'app-user-form-dialog',
  imports: [FormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatCheckboxModule, MatButtonModule],
  templateUrl: './user-form-dialog.html',
  styleUrl: '../identity-dialogs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserFormDialog {
  private readonly users = inject(UsersService);
  private readonly rolesApi = inject(RolesService);
  private readonly dialogRef = inject<MatDialogRef<UserFormDialog, IdentityUserDto>>(MatDialogRef);
  protected readonly user = inject<UserFormDialogData>(MAT_DIALOG_DATA);
  protected readonly title = this.user ? `Edit user ${this.user.userName}` : 'New user';
  protected readonly fieldError = fieldError;

  protected readonly draft = {
    userName: this.user?.userName ?? '',
    email: this.user?.email ?? '',
    name: this.user?.name ?? '',
    surname: this.user?.surname ?? '',
    phoneNumber: this.user?.phoneNumber ?? '',
    password: '',
    isActive: this.user?.isActive ?? true,
    lockoutEnabled: this.user?.lockoutEnabled ?? true,
  };

  /** The roles a new user can get; empty when editing or when the roles cannot be listed (then the API gives the default roles). */
  protected readonly roles = signal<IdentityRoleDto[]>([]);
  protected readonly chosenRoles = signal<ReadonlySet<string>>(new Set());
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    if (!this.user && inject(Session).isGranted(IdentityPermissions.Roles.Default)) {
      void this.loadRoles();
    }
  }

  protected chooseRole(name: string, chosen: boolean): void {
    this.chosenRoles.update((current) => {
      const next = new Set(current);
      if (chosen) {
        next.add(name);
      } else {
        next.delete(name);
      }
      return next;
    });
  }

  protected async save(form: NgForm): Promise<void> {
    if (form.invalid) {
      return;
    }

    this.saving.set(true);
    this.problem.set(null);
    const value = this.draft;
    const fields = { ...value, name: value.name || null, surname: value.surname || null, phoneNumber: value.phoneNumber || null };
    try {
      const saved = this.user
        ? await this.users.updateUser({
            id: this.user.id,
            body: { ...fields, password: value.password || null, concurrencyStamp: this.user.concurrencyStamp },
          })
        : await this.users.createUser({
            body: { ...fields, roleNames: this.roles().length > 0 ? [...this.chosenRoles()] : null },
          });
      this.dialogRef.close(saved);
    } catch (e) {
      const problem = toUserProblem(e, this.user ? 'The user could not be saved.' : 'The user could not be created.');
      this.problem.set(showFieldErrors(form.form, problem));
    } finally {
      this.saving.set(false);
    }
  }

  private async loadRoles(): Promise<void> {
    try {
      const result = await this.rolesApi.getAllRoles();
      this.roles.set(result.items);
      this.chosenRoles.set(new Set(result.items.filter((r) => r.isDefault).map((r) => r.name)));
    } catch (e) {
      this.problem.set(toProblem(e, 'The roles could not be loaded; the user will get the default roles.'));
    }
  }
}

/** A full tenant (422 Identity:MaxUsersReached) says so first; the API's text names the limit. */
function toUserProblem(error: unknown, fallback: string): Problem {
  const problem = toProblem(error, fallback);
  const code = error instanceof HttpErrorResponse ? (error.error as { code?: string } | null)?.code : undefined;
  return code === IdentityErrorCodes.MaxUsersReached ? { ...problem, message: `No seat left. ${problem.message}` } : problem;
}
