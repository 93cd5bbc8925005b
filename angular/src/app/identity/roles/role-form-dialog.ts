import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Problem, toProblem } from '../../core/problem';
import { IdentityRoleDto } from '../../proxy/models';
import { RolesService } from '../../proxy/services';
import { fieldError, showFieldErrors } from '../../core/form-problems';

/** Renames a role and sets whether new users get it; a built-in role keeps its name. Sends the concurrency stamp. */
@Component({
  selector: 'app-role-form-dialog',
  imports: [FormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatCheckboxModule, MatButtonModule],
  templateUrl: './role-form-dialog.html',
  styleUrl: '../identity-dialogs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleFormDialog {
  private readonly roles = inject(RolesService);
  private readonly dialogRef = inject<MatDialogRef<RoleFormDialog, IdentityRoleDto>>(MatDialogRef);
  protected readonly role = inject<IdentityRoleDto>(MAT_DIALOG_DATA);
  protected readonly fieldError = fieldError;

  protected readonly draft = { name: this.role.name, isDefault: this.role.isDefault };
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected async save(form: NgForm): Promise<void> {
    if (form.invalid) {
      return;
    }

    this.saving.set(true);
    this.problem.set(null);
    const { name, isDefault } = this.draft;
    try {
      const saved = await this.roles.updateRole({
        id: this.role.id,
        body: { name, isDefault, isPublic: this.role.isPublic, concurrencyStamp: this.role.concurrencyStamp },
      });
      this.dialogRef.close(saved);
    } catch (e) {
      const problem = toProblem(e, 'The role could not be saved.');
      this.problem.set(showFieldErrors(form.form, problem));
    } finally {
      this.saving.set(false);
    }
  }
}
