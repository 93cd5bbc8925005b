import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Problem, toProblem } from '../../core/problem';
import { EditionDto, TenantDto } from '../../proxy/models';
import { TenantsService } from '../../proxy/services';
import { fieldError, showFieldErrors } from '../../core/form-problems';

export interface TenantEditRequest {
  readonly tenant: TenantDto;
  readonly editions: readonly EditionDto[];
}

/** Renames a tenant and moves it to another edition (or none); sends the concurrency stamp, closes with the saved tenant. */
@Component({
  selector: 'app-tenant-edit-dialog',
  imports: [FormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule],
  templateUrl: './tenant-edit-dialog.html',
  styles: 'mat-form-field { display: block; min-width: 20rem; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantEditDialog {
  private readonly tenants = inject(TenantsService);
  private readonly dialogRef = inject<MatDialogRef<TenantEditDialog, TenantDto>>(MatDialogRef);
  protected readonly request = inject<TenantEditRequest>(MAT_DIALOG_DATA);
  protected readonly fieldError = fieldError;

  protected readonly draft = { name: this.request.tenant.name, editionName: this.request.tenant.editionName };
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected async save(form: NgForm): Promise<void> {
    if (form.invalid) {
      form.form.markAllAsTouched();
      return;
    }

    this.saving.set(true);
    this.problem.set(null);
    const { tenant } = this.request;
    try {
      const saved = await this.tenants.updateTenant({
        id: tenant.id,
        body: { name: this.draft.name.trim(), editionName: this.draft.editionName, isActive: null, concurrencyStamp: tenant.concurrencyStamp },
      });
      this.dialogRef.close(saved);
    } catch (e) {
      this.problem.set(showFieldErrors(form.form, toProblem(e, 'The tenant could not be saved.')));
    } finally {
      this.saving.set(false);
    }
  }
}
