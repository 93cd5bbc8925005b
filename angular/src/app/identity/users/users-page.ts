import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { IdentityUserDto } from '../../proxy/models';
import { UsersService } from '../../proxy/services';

/** The tenant's users: paged, sorted and filtered by the API, never over a full list in the browser. */
@Component({
  selector: 'app-users-page',
  imports: [MatTableModule, MatPaginatorModule, MatSortModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  templateUrl: './users-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly users = inject(UsersService);

  protected readonly columns = ['userName', 'email', 'name', 'isActive'];
  protected readonly items = signal<IdentityUserDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  private filter = '';
  private sorting = 'userName';
  private page = { index: 0, size: 10 };

  constructor() {
    void this.load();
  }

  protected onFilter(value: string): void {
    this.filter = value.trim();
    this.page = { ...this.page, index: 0 };
    void this.load();
  }

  protected onSort(sort: Sort): void {
    this.sorting = sort.direction ? `${sort.active} ${sort.direction}` : 'userName';
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.page = { index: event.pageIndex, size: event.pageSize };
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.users.getUsers({
        filter: this.filter || undefined,
        sorting: this.sorting,
        skipCount: this.page.index * this.page.size,
        maxResultCount: this.page.size,
      });
      this.items.set(result.items);
      this.total.set(result.totalCount);
    } catch (e) {
      this.error.set(e instanceof HttpErrorResponse ? (e.error?.detail ?? e.message) : 'The users could not be loaded.');
    } finally {
      this.loading.set(false);
    }
  }
}
