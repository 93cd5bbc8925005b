import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { firstValueFrom } from 'rxjs';
import { confirmed } from '../../core/confirm-dialog';
import { PagedList } from '../../core/paged-list';
import { Problem, toProblem } from '../../core/problem';
import { Session } from '../../core/session';
import { openPermissionsDialog } from '../../permission-management/permissions-dialog';
import { PermissionManagementPermissions } from '../../permission-management/permission-management-permissions';
import { PermissionProviders } from '../../permission-management/permission-providers';
import { IdentityUserDto } from '../../proxy/models';
import { UsersService } from '../../proxy/services';
import { IdentityPermissions } from '../identity-permissions';
import { UserFormDialog, UserFormDialogData } from './user-form-dialog';
import { UserRolesDialog } from './user-roles-dialog';

/**
 * The tenant's users: paged, sorted and filtered by the API, never over a full list in the browser.
 * Creating, editing, roles, permissions, locking and deleting show only with their permission.
 */
@Component({
  selector: 'app-users-page',
  imports: [
    DatePipe, MatTableModule, MatPaginatorModule, MatSortModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatMenuModule,
    MatProgressBarModule,
  ],
  templateUrl: './users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly users = inject(UsersService);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(Session);

  protected readonly can = computed(() => ({
    create: this.session.isGranted(IdentityPermissions.Users.Create),
    update: this.session.isGranted(IdentityPermissions.Users.Update),
    delete: this.session.isGranted(IdentityPermissions.Users.Delete),
    // Choosing roles lists them all, which needs the roles permission too.
    manageRoles: this.session.isGranted(IdentityPermissions.Users.ManageRoles) && this.session.isGranted(IdentityPermissions.Roles.Default),
    managePermissions: this.session.isGranted(PermissionManagementPermissions.ManagePermissions),
  }));
  protected readonly columns = computed(() => {
    const { update, delete: remove, manageRoles, managePermissions } = this.can();
    const hasActions = update || remove || manageRoles || managePermissions;
    return ['userName', 'email', 'name', 'isActive', 'lockout', ...(hasActions ? ['actions'] : [])];
  });
  protected readonly currentUserId = computed(() => this.session.user()?.id ?? null);
  /** The table starts in the API's default order, by user name, which its header shows as ascending. */
  protected readonly list = new PagedList<IdentityUserDto>({
    load: (query) => {
      // Every load clears the last action's outcome; `done` sets the status again after.
      this.actionProblem.set(null);
      this.status.set(null);
      return this.users.getUsers({ filter: this.filter || undefined, ...query, sorting: query.sorting ?? 'userName' });
    },
    failure: 'The users could not be loaded.',
    sort: { active: 'userName', direction: '' },
    emptyOnError: true,
  });
  private readonly actionProblem = signal<Problem | null>(null);
  protected readonly problem = computed(() => this.actionProblem() ?? this.list.problem());
  protected readonly status = signal<string | null>(null);

  private filter = '';

  constructor() {
    void this.list.reload();
  }

  protected onFilter(value: string): void {
    this.filter = value.trim();
    void this.list.refilter();
  }

  /** Keeps a row (and its open menu) when a reload returns the same user. */
  protected readonly trackById = (_: number, user: IdentityUserDto): string => user.id;

  /** A lockout that ends after year 9000 is the API's "until unlocked". */
  protected isLockedForGood(user: IdentityUserDto): boolean {
    return user.lockoutEnd !== null && new Date(user.lockoutEnd).getUTCFullYear() >= 9000;
  }

  protected async openForm(user: IdentityUserDto | null): Promise<void> {
    const ref = this.dialog.open<UserFormDialog, UserFormDialogData, IdentityUserDto>(UserFormDialog, { data: user, width: '32rem' });
    const saved = await firstValueFrom(ref.afterClosed());
    if (saved) {
      await this.done(user ? `Saved the user ${saved.userName}.` : `Created the user ${saved.userName}.`);
    }
  }

  protected async openRoles(user: IdentityUserDto): Promise<void> {
    const ref = this.dialog.open<UserRolesDialog, IdentityUserDto, boolean>(UserRolesDialog, { data: user, width: '28rem' });
    if (await firstValueFrom(ref.afterClosed())) {
      await this.done(`Saved the roles of ${user.userName}.`);
    }
  }

  protected async openPermissions(user: IdentityUserDto): Promise<void> {
    const saved = await openPermissionsDialog(this.dialog, {
      providerName: PermissionProviders.User,
      providerKey: user.id,
      title: `user ${user.userName}`,
    });
    if (saved) {
      this.status.set(`Saved the permissions of ${user.userName}.`);
    }
  }

  protected async lock(user: IdentityUserDto): Promise<void> {
    const sure = await confirmed(this.dialog, {
      title: `Lock ${user.userName} out?`,
      message: 'They cannot sign in until someone unlocks them.',
      action: 'Lock',
    });
    if (!sure) {
      return;
    }

    await this.act(() => this.users.lockUser({ id: user.id, body: { lockoutEnd: null } }), `Locked ${user.userName} out.`, 'The user could not be locked.');
  }

  protected async unlock(user: IdentityUserDto): Promise<void> {
    await this.act(() => this.users.unlockUser({ id: user.id }), `Unlocked ${user.userName}.`, 'The user could not be unlocked.');
  }

  protected async remove(user: IdentityUserDto): Promise<void> {
    const sure = await confirmed(this.dialog, {
      title: `Delete the user ${user.userName}?`,
      message: 'This cannot be undone.',
      action: 'Delete',
    });
    if (!sure) {
      return;
    }

    await this.act(() => this.users.deleteUser({ id: user.id }), `Deleted the user ${user.userName}.`, 'The user could not be deleted.');
  }

  private async act(call: () => Promise<unknown>, success: string, failure: string): Promise<void> {
    this.status.set(null);
    try {
      await call();
      await this.done(success);
    } catch (e) {
      this.actionProblem.set(toProblem(e, failure));
    }
  }

  private async done(message: string): Promise<void> {
    await this.list.reload();
    this.status.set(message);
  }
}
