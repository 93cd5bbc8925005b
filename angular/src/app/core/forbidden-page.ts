import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-forbidden-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>403 — not allowed</h1>
    <p>You do not have permission to open this page, or the module is not part of your plan.</p>
    <a routerLink="/">Back to the home page</a>
  `,
})
export class ForbiddenPage {}
