import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Problem, toProblem } from '../core/problem';
import { AuditLogDto } from '../proxy/models';
import { AuditLogsService } from '../proxy/services';

/** The audit trail, newest first, filtered by the API. */
@Component({
  selector: 'app-audit-logs-page',
  imports: [
    DatePipe, FormsModule, RouterLink, MatTableModule, MatPaginatorModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    MatButtonModule, MatProgressBarModule,
  ],
  templateUrl: './audit-logs-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogsPage {
  private readonly auditLogs = inject(AuditLogsService);

  protected readonly columns = ['executionTime', 'httpMethod', 'url', 'httpStatusCode', 'userName', 'executionDuration'];
  protected readonly items = signal<AuditLogDto[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected filters: { httpMethod: string; url: string; userName: string; hasException: string } = {
    httpMethod: '',
    url: '',
    userName: '',
    hasException: '',
  };

  private page = { index: 0, size: 25 };

  constructor() {
    void this.load();
  }

  protected search(): void {
    this.page = { ...this.page, index: 0 };
    void this.load();
  }

  protected onPage(event: PageEvent): void {
    this.page = { index: event.pageIndex, size: event.pageSize };
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const result = await this.auditLogs.getAuditLogs({
        httpMethod: this.filters.httpMethod || undefined,
        url: this.filters.url.trim() || undefined,
        userName: this.filters.userName.trim() || undefined,
        hasException: this.filters.hasException === '' ? undefined : this.filters.hasException === 'true',
        skipCount: this.page.index * this.page.size,
        maxResultCount: this.page.size,
      });
      this.items.set(result.items);
      this.total.set(result.totalCount);
    } catch (e) {
      this.problem.set(toProblem(e, 'The audit logs could not be loaded.'));
    } finally {
      this.loading.set(false);
    }
  }
}
