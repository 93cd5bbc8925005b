import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { DatePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { PagedList } from '../core/paged-list';
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
  protected readonly list = new PagedList<AuditLogDto>({
    load: ({ skipCount, maxResultCount }) =>
      this.auditLogs.getAuditLogs({
        httpMethod: this.filters.httpMethod || undefined,
        url: this.filters.url.trim() || undefined,
        userName: this.filters.userName.trim() || undefined,
        hasException: this.filters.hasException === '' ? undefined : this.filters.hasException === 'true',
        skipCount,
        maxResultCount,
      }),
    failure: 'The audit logs could not be loaded.',
    pageSize: 25,
  });
  protected filters: { httpMethod: string; url: string; userName: string; hasException: string } = {
    httpMethod: '',
    url: '',
    userName: '',
    hasException: '',
  };

  constructor() {
    void this.list.reload();
  }

  protected search(): void {
    void this.list.refilter();
  }
}
