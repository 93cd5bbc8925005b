import { DestroyRef, inject, signal } from '@angular/core';
import { Problem, toProblem } from './problem';

/** The name of the popup a provider's consent opens in; the blocked-popup link opens the same window. */
export const consentWindow = 'pikar-connect';

/** What the connect callback posts to its opener once the account is connected. */
const connectedMessage = 'pikar:connected';

/**
 * Connecting or reconnecting an account: the API gives the provider's consent URL, which opens in a popup (or, when
 * the browser blocks it, as `blockedUrl` for the page to offer as a link). The popup posts `pikar:connected` back when
 * the account is connected; only that message from this origin calls `connected`. Create it in a component's
 * injection context: it stops listening when the component is destroyed.
 */
export class ConsentPopup {
  private readonly _blockedUrl = signal<string | null>(null);
  private readonly _opening = signal(false);
  private readonly connected: () => unknown;
  private destroyed = false;

  /** The consent's URL when the browser blocked its popup. */
  readonly blockedUrl = this._blockedUrl.asReadonly();
  /** True while the API is asked where to authorize. */
  readonly opening = this._opening.asReadonly();

  /** `connected` runs on the popup's word that the account is connected, after `blockedUrl` is cleared. */
  constructor(connected: () => unknown) {
    this.connected = connected;
    const onMessage = (event: MessageEvent) => this.onMessage(event);
    window.addEventListener('message', onMessage);
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      window.removeEventListener('message', onMessage);
    });
  }

  /**
   * Asks the API where to authorize (`authorize`) and opens it in the popup. The problem is the API's reason, or
   * `failure`, when it gives none; null when the consent was opened or offered as a link.
   */
  async open(authorize: () => Promise<{ readonly url: string }>, failure: string): Promise<Problem | null> {
    this._blockedUrl.set(null);
    this._opening.set(true);
    let url: string;
    try {
      ({ url } = await authorize());
    } catch (e) {
      return toProblem(e, failure);
    } finally {
      this._opening.set(false);
    }

    if (this.destroyed) {
      return null;
    }
    const popup = window.open(url, consentWindow, 'popup,width=600,height=720');
    if (!popup) {
      this._blockedUrl.set(url);
    }
    return null;
  }

  private onMessage(event: MessageEvent): void {
    const data: unknown = event.data;
    if (event.origin !== window.location.origin || !data || typeof data !== 'object' || (data as { type?: unknown }).type !== connectedMessage) {
      return;
    }

    this._blockedUrl.set(null);
    void this.connected();
  }
}
