import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { consentWindow } from './consent-popup';

/** Offers the consent as a link when the browser blocked its popup (`ConsentPopup.blockedUrl`); it opens the same window. */
@Component({
  selector: 'app-consent-blocked',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p role="alert" class="error">
      The browser blocked the window to authorize the account.
      <a [href]="url()" [target]="window">Open the authorization</a> to continue.
    </p>
  `,
})
export class ConsentBlocked {
  readonly url = input.required<string>();
  protected readonly window = consentWindow;
}
