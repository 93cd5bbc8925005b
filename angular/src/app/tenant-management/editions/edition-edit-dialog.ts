import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Problem, toProblem } from '../../core/problem';
import { EditionDto } from '../../proxy/models';
import { EditionsService } from '../../proxy/services';
import { fieldError, showFieldErrors } from '../../core/form-problems';

/** Renames an edition; sends the concurrency stamp, closes with the saved edition. */
@Component({
  selector: 'app-edition-edit-dialog',
  imports: [FormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  templateUrl: './edition-edit-dialog.html',
  styles: 'mat-form-field { display: block; min-width: 20rem; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditionEditDialog {
  private readonly editions = inject(EditionsService);
  private readonly dialogRef = inject<MatDialogRef<EditionEditDialog, EditionDto>>(MatDialogRef);
  protected readonly edition = inject<EditionDto>(MAT_DIALOG_DATA);
  protected readonly fieldError = fieldError;

  protected readonly draft = { name: this.edition.name, displayName: this.edition.displayName };
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected async save(form: NgForm): Promise<void> {
    if (form.invalid) {
      form.form.markAllAsTouched();
      return;
    }

    this.saving.set(true);
    this.problem.set(null);
    try {
      const saved = await this.editions.updateEdition({
        id: this.edition.id,
        body: { name: this.draft.name.trim(), displayName: this.draft.displayName.trim() || null, concurrencyStamp: this.edition.concurrencyStamp },
      });
      this.dialogRef.close(saved);
    } catch (e) {
      this.problem.set(showFieldErrors(form.form, toProblem(e, 'The edition could not be saved.')));
    } finally {
      this.saving.set(false);
    }
  }
}
