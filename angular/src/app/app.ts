import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/** The root: until the signed-in shell lands, a landing page that leads to the server's pages. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly links = [
    { href: '/account/login', label: 'Sign in' },
    { href: '/scalar', label: 'API reference' },
    { href: '/hangfire', label: 'Background jobs (host admins)' },
  ] as const;
}
