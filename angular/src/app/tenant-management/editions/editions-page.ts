import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule, NgForm } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { PagedList } from '../../core/paged-list';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
import { FeatureManagementPermissions } from '../../feature-management/feature-management-permissions';
import { EditionDto } from '../../proxy/models';
import { EditionsService } from '../../proxy/services';
import { confirmed } from '../../core/confirm-dialog';
import { fieldError, showFieldErrors } from '../../core/form-problems';
import { TenantManagementPermissions } from '../tenant-management-permissions';
import { EditionEditDialog } from './edition-edit-dialog';

/** The host's editions: filtered, sorted and paged by the API; created, renamed, deleted when no tenant uses them; a link to their features. */
@Component({
  selector: 'app-editions-page',
  imports: [
    FormsModule, DatePipe, MatTableModule, MatPaginatorModule, MatSortModule, MatFormFieldModule, MatInputModule, MatButtonModule,
    MatProgressBarModule, RouterLink,
  ],
  templateUrl: './editions-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditionsPage {
  private readonly editions = inject(EditionsService);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(Session);

  /** What the user may do here; the API checks the same permissions. */
  protected readonly can = computed(() => ({
    create: this.session.isGranted(TenantManagementPermissions.Editions.Create),
    update: this.session.isGranted(TenantManagementPermissions.Editions.Update),
    delete: this.session.isGranted(TenantManagementPermissions.Editions.Delete),
    manageFeatures: this.session.isGranted(FeatureManagementPermissions.ManageHostFeatures),
  }));

  protected readonly columns = ['name', 'displayName', 'tenantCount', 'creationTime', 'actions'];
  protected readonly list = new PagedList<EditionDto>({
    load: (query) => this.editions.getEditions({ filter: this.filter || undefined, ...query }),
    failure: 'The editions could not be loaded.',
    sort: { active: 'name', direction: 'asc' },
  });
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly creating = signal(false);
  protected readonly createProblem = signal<Problem | null>(null);
  protected readonly fieldError = fieldError;
  protected draft = { name: '', displayName: '' };

  private filter = '';

  constructor() {
    void this.list.reload();
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
      await this.editions.createEdition({ body: { name: this.draft.name.trim(), displayName: this.draft.displayName.trim() || null } });
      this.draft = { name: '', displayName: '' };
      form.resetForm(this.draft);
      this.creating.set(false);
      await this.list.reload();
    } catch (e) {
      this.createProblem.set(showFieldErrors(form.form, toProblem(e, 'The edition could not be created.')));
    }
  }

  protected async edit(edition: EditionDto): Promise<void> {
    const ref = this.dialog.open<EditionEditDialog, EditionDto, EditionDto>(EditionEditDialog, { data: edition });
    if (await firstValueFrom(ref.afterClosed())) {
      await this.list.reload();
    }
  }

  protected async remove(edition: EditionDto): Promise<void> {
    const sure = await confirmed(this.dialog, {
      title: `Delete the edition ${edition.displayName}?`,
      message: 'This cannot be undone.',
      action: 'Delete',
    });
    if (!sure) {
      return;
    }

    this.actionProblem.set(null);
    try {
      await this.editions.deleteEdition({ id: edition.id });
      await this.list.reload();
    } catch (e) {
      this.actionProblem.set(toProblem(e, 'The edition could not be deleted.'));
    }
  }
}
