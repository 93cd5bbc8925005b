import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Problem, toProblem } from '../core/problem';
import { AuditLogDto } from '../proxy/models';
import { AuditLogsService } from '../proxy/services';

/** One audit log: the request, its actions with their inputs, and every entity change as an old/new table. */
@Component({
  selector: 'app-audit-log-page',
  imports: [DatePipe, RouterLink, MatTableModule],
  templateUrl: './audit-log-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage implements OnInit {
  private readonly auditLogs = inject(AuditLogsService);

  /** The log's id, from the route. */
  readonly id = input.required<string>();

  protected readonly log = signal<AuditLogDto | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly propertyColumns = ['propertyName', 'originalValue', 'newValue'];

  async ngOnInit(): Promise<void> {
    try {
      this.log.set(await this.auditLogs.getAuditLog({ id: this.id() }));
    } catch (e) {
      this.problem.set(toProblem(e, 'The audit log could not be loaded.'));
    }
  }
}
