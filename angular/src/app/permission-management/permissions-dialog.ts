import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { firstValueFrom } from 'rxjs';
import { Problem, toProblem } from '../core/problem';
import { Session } from '../core/session';
import { PermissionGrantInfoDto, PermissionGroupDto, ProviderInfoDto } from '../proxy/models';
import { PermissionsService } from '../proxy/services';
import { PermissionProviderName, PermissionProviders } from './permission-providers';
import { PermissionSelection } from './permission-selection';

/** Whose permissions the dialog edits: a role (key: its name) or a user (key: its id), and how to call it in the title. */
export interface PermissionsDialogData {
  readonly providerName: PermissionProviderName;
  readonly providerKey: string;
  /** For the title, e.g. "role editor" or "user alex". */
  readonly title: string;
}

/** A permission with its children, as the dialog nests them. */
interface PermissionNode {
  readonly permission: PermissionGrantInfoDto;
  readonly children: readonly PermissionNode[];
}

interface GroupView {
  readonly group: PermissionGroupDto;
  readonly names: readonly string[];
  readonly roots: readonly PermissionNode[];
}

/** Opens the dialog; resolves to true when permissions were saved. */
export async function openPermissionsDialog(dialog: MatDialog, data: PermissionsDialogData): Promise<boolean> {
  const ref = dialog.open<PermissionsDialog, PermissionsDialogData, boolean>(PermissionsDialog, { data, width: '44rem', autoFocus: 'dialog' });
  return (await firstValueFrom(ref.afterClosed())) === true;
}

/**
 * Grants and revokes the permissions of a role or a user, group by group. Permissions whose feature
 * is off are shown disabled; a user's grants from its roles are shown checked but are changed on the role.
 */
@Component({
  selector: 'app-permissions-dialog',
  imports: [NgTemplateOutlet, MatDialogModule, MatButtonModule, MatCheckboxModule, MatProgressBarModule],
  templateUrl: './permissions-dialog.html',
  styleUrl: './permissions-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PermissionsDialog {
  private readonly permissions = inject(PermissionsService);
  private readonly session = inject(Session);
  private readonly dialogRef = inject<MatDialogRef<PermissionsDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<PermissionsDialogData>(MAT_DIALOG_DATA);

  protected readonly groups = signal<GroupView[]>([]);
  protected readonly selection = signal<PermissionSelection | null>(null);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly allNames = computed(() => this.groups().flatMap((g) => g.names));

  constructor() {
    void this.load();
  }

  protected toggle(name: string, granted: boolean): void {
    this.selection.update((s) => s?.set(name, granted) ?? s);
  }

  protected toggleAll(names: readonly string[], granted: boolean): void {
    this.selection.update((s) => s?.setAll(names, granted) ?? s);
  }

  /** The hint beside a disabled checkbox; null when it can be changed here. */
  protected whyNotEditable(selection: PermissionSelection, name: string): string | null {
    if (!selection.isAvailable(name)) {
      return 'Unavailable: a feature it needs is off for this tenant.';
    }

    const sources = selection.grantedElsewhere(name);
    return sources.length === 0 ? null : `Granted by ${sources.map(describeProvider).join(', ')}`;
  }

  protected async save(): Promise<void> {
    const changes = this.selection()?.changes() ?? [];
    if (changes.length === 0) {
      this.dialogRef.close(false);
      return;
    }

    this.saving.set(true);
    this.problem.set(null);
    try {
      await this.permissions.updatePermissions({
        providerName: this.data.providerName,
        providerKey: this.data.providerKey,
        body: { permissions: changes },
      });
      await this.session.reload();
      this.dialogRef.close(true);
    } catch (e) {
      this.problem.set(toProblem(e, 'The permissions could not be saved.'));
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      const result = await this.permissions.getPermissions({ providerName: this.data.providerName, providerKey: this.data.providerKey });
      const provider = { providerName: this.data.providerName, providerKey: this.data.providerKey };
      this.selection.set(PermissionSelection.of(result.groups.flatMap((g) => g.permissions), provider));
      this.groups.set(result.groups.map((group) => ({ group, names: group.permissions.map((p) => p.name), roots: toTree(group.permissions) })));
    } catch (e) {
      this.problem.set(toProblem(e, 'The permissions could not be loaded.'));
    } finally {
      this.loading.set(false);
    }
  }
}

function describeProvider(provider: ProviderInfoDto): string {
  return provider.providerName === PermissionProviders.Role ? `role ${provider.providerKey}` : `user ${provider.providerKey}`;
}

/** Nests each group's permissions under their parents (a parent outside the group makes a root). */
function toTree(permissions: readonly PermissionGrantInfoDto[]): PermissionNode[] {
  const names = new Set(permissions.map((p) => p.name));
  const node = (permission: PermissionGrantInfoDto): PermissionNode => ({
    permission,
    children: permissions.filter((p) => p.parentName === permission.name).map(node),
  });
  return permissions.filter((p) => !p.parentName || !names.has(p.parentName)).map(node);
}
