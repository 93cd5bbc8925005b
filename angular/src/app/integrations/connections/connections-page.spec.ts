import { HttpErrorResponse } from '@angular/common/http';
import { computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Session } from '../../core/session';
import { ConnectionDto } from '../../proxy/models';
import { ConnectionsService } from '../../proxy/services';
import { ConnectionsPage } from './connections-page';

function connection(provider: string, providerDisplayName: string, extra: Partial<ConnectionDto> = {}): ConnectionDto {
  return {
    id: `id-${provider}`,
    provider,
    providerDisplayName,
    isSandbox: true,
    accountId: `sandbox-${provider}-1`,
    displayName: `Pikar Demo ${providerDisplayName}`,
    scopes: ['read', 'write'],
    connectedByUserId: 'admin',
    connectedTime: '2026-11-01T10:00:00Z',
    accessTokenExpiresAt: '2026-12-31T10:00:00Z',
    health: 'Healthy',
    lastError: null,
    lastRefreshTime: null,
    ...extra,
  };
}

const demo = [
  connection('x', 'X'),
  connection('linkedin', 'LinkedIn', { health: 'ReauthRequired', lastError: 'The provider revoked the grant.', isSandbox: false }),
  connection('facebook', 'Facebook'),
];

async function render(granted: string[], items: ConnectionDto[] = demo) {
  const api = {
    getConnections: vi.fn().mockResolvedValue({ totalCount: items.length, items }),
    disconnectConnection: vi.fn().mockResolvedValue(undefined),
    authorizeConnection: vi.fn().mockResolvedValue({ url: '/integrations/connect?ticket=t1', expiresAt: '2026-11-01T10:10:00Z' }),
    reauthorizeConnection: vi.fn().mockResolvedValue({ url: '/integrations/connect?ticket=t2', expiresAt: '2026-11-01T10:10:00Z' }),
  };
  TestBed.configureTestingModule({
    imports: [ConnectionsPage],
    providers: [
      { provide: ConnectionsService, useValue: api },
      { provide: Session, useValue: { isSignedIn: computed(() => true), isGranted: (p: string) => granted.includes(p) } },
    ],
  });
  const fixture = TestBed.createComponent(ConnectionsPage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  /** Opens the select labelled `label` and picks the option `option`. */
  const choose = async (label: string, option: string) => {
    const field = Array.from(element.querySelectorAll('mat-form-field')).find((f) => f.querySelector('mat-label')?.textContent === label)!;
    (field.querySelector('.mat-mdc-select-trigger') as HTMLElement).click();
    await fixture.whenStable();
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    options.find((o) => o.textContent?.trim() === option)!.click();
    await settle();
  };
  const rows = () => Array.from(element.querySelectorAll('tr[mat-row]')).map((r) => r.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  const buttons = () => Array.from(element.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim());
  /** Clicks the confirmation dialog's button labelled `label`. */
  const answer = async (label: string) => {
    const button = () => Array.from(document.querySelectorAll<HTMLElement>('mat-dialog-container button')).find((b) => b.textContent?.trim() === label);
    await vi.waitFor(() => expect(button()).toBeDefined());
    button()!.click();
    await vi.waitFor(() => expect(document.querySelector('mat-dialog-container')).toBeNull());
    await settle();
  };
  return { api, element, fixture, choose, rows, buttons, answer, settle };
}

describe('ConnectionsPage', () => {
  it('asks the API for the first page, newest connections first', async () => {
    const { api } = await render(['Integrations.Connections']);

    expect(api.getConnections).toHaveBeenCalledWith({
      provider: undefined,
      health: undefined,
      sorting: 'creationTime desc',
      skipCount: 0,
      maxResultCount: 10,
    });
  });

  it('filters by provider and health through the API', async () => {
    const { api, choose } = await render(['Integrations.Connections']);

    await choose('Provider', 'LinkedIn');
    expect(api.getConnections).toHaveBeenLastCalledWith(expect.objectContaining({ provider: 'linkedin', health: undefined, skipCount: 0 }));

    await choose('Health', 'Reconnect needed');
    expect(api.getConnections).toHaveBeenLastCalledWith(expect.objectContaining({ provider: 'linkedin', health: 'ReauthRequired', skipCount: 0 }));

    await choose('Provider', 'Any');
    expect(api.getConnections).toHaveBeenLastCalledWith(expect.objectContaining({ provider: undefined, health: 'ReauthRequired' }));
  });

  it('shows each account with its sandbox label, health in words and last error', async () => {
    const { element } = await render(['Integrations.Connections']);

    const [x, linkedIn] = Array.from(element.querySelectorAll('tr[mat-row]'));
    const text = (row: Element, column: string, part = '') => row.querySelector(`td.mat-column-${column} ${part}`)?.textContent?.trim();
    expect(text(x, 'provider')).toBe('X');
    expect(text(x, 'displayName', '.sandbox')).toBe('Sandbox');
    expect(text(x, 'displayName', '.detail')).toBe('sandbox-x-1');
    expect(text(x, 'health')).toBe('Healthy');
    expect(text(linkedIn, 'displayName', '.sandbox')).toBeUndefined();
    expect(text(linkedIn, 'health', '.health')).toBe('Reconnect needed');
    expect(text(linkedIn, 'health', '.detail')).toBe('The provider revoked the grant.');
  });

  it('offers no disconnecting without Integrations.Connections.Disconnect', async () => {
    const { buttons, element } = await render(['Integrations.Connections']);

    expect(buttons().filter((b) => b?.startsWith('Disconnect'))).toEqual([]);
    expect(element.querySelector('th.mat-column-actions')).toBeNull();
  });

  it('asks before disconnecting, and disconnects only on confirmation', async () => {
    const { api, element, buttons, answer } = await render(['Integrations.Connections', 'Integrations.Connections.Disconnect']);
    expect(buttons()).toContain('Disconnect Facebook Pikar Demo Facebook');
    const disconnect = () => (element.querySelector('button[aria-label="Disconnect Facebook Pikar Demo Facebook"]') as HTMLElement).click();

    disconnect();
    await vi.waitFor(() => expect(document.querySelector('mat-dialog-container h2')?.textContent).toBe('Disconnect the Facebook account Pikar Demo Facebook?'));
    await answer('Cancel');
    expect(api.disconnectConnection).not.toHaveBeenCalled();

    disconnect();
    await answer('Disconnect');
    expect(api.disconnectConnection).toHaveBeenCalledWith({ id: 'id-facebook' });
    expect(api.getConnections).toHaveBeenCalledTimes(2);
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Disconnected the Facebook account Pikar Demo Facebook.');
  });

  describe('connecting a sandbox account', () => {
    const connectButton = (element: HTMLElement, network = 'X') =>
      Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === `Connect ${network} (sandbox)`);
    const popup = {} as Window;

    afterEach(() => vi.restoreAllMocks());

    it('is not offered without Integrations.Connections.Connect', async () => {
      const { element } = await render(['Integrations.Connections', 'Integrations.Connections.Disconnect']);

      expect(['X', 'LinkedIn', 'Facebook'].map((network) => connectButton(element, network))).toEqual([undefined, undefined, undefined]);
    });

    it('offers each network, asks the API where to authorize, and opens it in a popup', async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue(popup);
      const { api, element, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect']);
      expect(element.querySelector('[role="group"][aria-label="Connect an account"]')).not.toBeNull();
      expect(['X', 'LinkedIn', 'Facebook'].map((network) => connectButton(element, network) !== undefined)).toEqual([true, true, true]);

      connectButton(element, 'LinkedIn')!.click();
      await settle();

      expect(api.authorizeConnection).toHaveBeenCalledWith({ body: { provider: 'linkedin', sandbox: true } });
      expect(open).toHaveBeenCalledWith('/integrations/connect?ticket=t1', 'pikar-connect', expect.stringContaining('popup'));
      expect(element.querySelector('[role="alert"]')).toBeNull();
    });

    it('connects the X sandbox with its own button', async () => {
      vi.spyOn(window, 'open').mockReturnValue(popup);
      const { api, element, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect']);

      connectButton(element, 'X')!.click();
      await settle();

      expect(api.authorizeConnection).toHaveBeenCalledWith({ body: { provider: 'x', sandbox: true } });
    });

    it('offers a link when the browser blocks the popup', async () => {
      vi.spyOn(window, 'open').mockReturnValue(null);
      const { element, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect']);

      connectButton(element)!.click();
      await settle();

      const alert = element.querySelector('[role="alert"]')!;
      expect(alert.textContent).toContain('The browser blocked the window to authorize the account.');
      expect(alert.querySelector('a')?.getAttribute('href')).toBe('/integrations/connect?ticket=t1');
      expect(alert.querySelector('a')?.getAttribute('target')).toBe('pikar-connect');
    });

    it("tells the API's reason when the account cannot be connected", async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue(popup);
      const { api, element, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect']);
      api.authorizeConnection.mockRejectedValue(
        new HttpErrorResponse({ status: 400, error: { detail: 'Facebook cannot be connected through its sandbox.' } }),
      );

      connectButton(element, 'Facebook')!.click();
      await settle();

      expect(open).not.toHaveBeenCalled();
      expect(element.querySelector('[role="alert"]')?.textContent).toContain('Facebook cannot be connected through its sandbox.');
      expect(connectButton(element, 'Facebook')!.disabled).toBe(false);
    });

    it('says which account could not be connected when the API gives no reason', async () => {
      const { api, element, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect']);
      api.authorizeConnection.mockRejectedValue(new Error('offline'));

      connectButton(element, 'LinkedIn')!.click();
      await settle();

      expect(element.querySelector('[role="alert"]')?.textContent).toBe('The LinkedIn sandbox account could not be connected.');
    });

    it("ignores a message from another origin, and reloads on the popup's word that the account is connected", async () => {
      const { api, element, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect']);
      expect(api.getConnections).toHaveBeenCalledTimes(1);

      window.dispatchEvent(new MessageEvent('message', { data: { type: 'pikar:connected' }, origin: 'https://evil.example' }));
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'other' }, origin: window.location.origin }));
      await settle();
      expect(api.getConnections).toHaveBeenCalledTimes(1);
      expect(element.querySelector('[role="status"]')?.textContent).toBe('');

      window.dispatchEvent(new MessageEvent('message', { data: { type: 'pikar:connected' }, origin: window.location.origin }));
      await settle();
      expect(api.getConnections).toHaveBeenCalledTimes(2);
      expect(element.querySelector('[role="status"]')?.textContent).toBe('Connected the account.');
    });

    it('stops listening once the page is gone', async () => {
      const { api, fixture, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect']);

      fixture.destroy();
      window.dispatchEvent(new MessageEvent('message', { data: { type: 'pikar:connected' }, origin: window.location.origin }));
      await settle();
      expect(api.getConnections).toHaveBeenCalledTimes(1);
    });
  });

  describe('reconnecting an account', () => {
    const troubled = [
      connection('x', 'X'),
      connection('linkedin', 'LinkedIn', { health: 'ReauthRequired', displayName: 'Acme Ltd' }),
      connection('facebook', 'Facebook', { health: 'RefreshFailed', displayName: 'Acme Page' }),
      connection('x', 'X', { id: 'id-x-expiring', health: 'Expiring', displayName: '@acme_soon' }),
    ];
    const reconnects = (buttons: () => (string | null | undefined)[]) => buttons().filter((b) => b?.startsWith('Reconnect'));

    afterEach(() => vi.restoreAllMocks());

    it('is offered only on an account whose access broke or could not be renewed', async () => {
      const { buttons } = await render(['Integrations.Connections', 'Integrations.Connections.Connect'], troubled);

      expect(reconnects(buttons)).toEqual(['Reconnect LinkedIn Acme Ltd', 'Reconnect Facebook Acme Page']);
      expect(buttons().filter((b) => b?.startsWith('Disconnect'))).toEqual([]);
    });

    it('is not offered without Integrations.Connections.Connect', async () => {
      const { buttons } = await render(['Integrations.Connections', 'Integrations.Connections.Disconnect'], troubled);

      expect(reconnects(buttons)).toEqual([]);
      expect(buttons()).toContain('Disconnect LinkedIn Acme Ltd');
    });

    it('asks the API where to renew the authorization and opens it in a popup', async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
      const { api, element, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect'], troubled);

      (element.querySelector('button[aria-label="Reconnect LinkedIn Acme Ltd"]') as HTMLElement).click();
      await settle();

      expect(api.reauthorizeConnection).toHaveBeenCalledWith({ id: 'id-linkedin' });
      expect(api.authorizeConnection).not.toHaveBeenCalled();
      expect(open).toHaveBeenCalledWith('/integrations/connect?ticket=t2', 'pikar-connect', expect.stringContaining('popup'));
    });

    it("tells the API's reason, or names the account, when it cannot be reconnected", async () => {
      vi.spyOn(window, 'open').mockReturnValue({} as Window);
      const { api, element, settle } = await render(['Integrations.Connections', 'Integrations.Connections.Connect'], troubled);
      const reconnect = () => (element.querySelector('button[aria-label="Reconnect Facebook Acme Page"]') as HTMLButtonElement).click();

      api.reauthorizeConnection.mockRejectedValueOnce(new HttpErrorResponse({ status: 404, error: { detail: 'The connection was not found.' } }));
      reconnect();
      await settle();
      expect(element.querySelector('[role="alert"]')?.textContent).toBe('The connection was not found.');

      api.reauthorizeConnection.mockRejectedValueOnce(new Error('offline'));
      reconnect();
      await settle();
      expect(element.querySelector('[role="alert"]')?.textContent).toBe('The Facebook account Acme Page could not be reconnected.');
    });
  });

  it('has no actions column without Connect or Disconnect', async () => {
    const { element, buttons } = await render(['Integrations.Connections'], [connection('linkedin', 'LinkedIn', { health: 'ReauthRequired' })]);

    expect(element.querySelector('th.mat-column-actions')).toBeNull();
    expect(buttons().filter((b) => /^(Connect|Reconnect|Disconnect)/.test(b ?? ''))).toEqual([]);
  });

  it('says when no account is connected yet', async () => {
    const { element } = await render(['Integrations.Connections'], []);

    expect(element.textContent).toContain('No connected accounts yet');
    expect(element.querySelector('table')).toBeNull();
  });

  it('tells when the accounts could not be loaded', async () => {
    const api = { getConnections: vi.fn().mockRejectedValue(new Error('offline')) };
    TestBed.configureTestingModule({
      imports: [ConnectionsPage],
      providers: [
        { provide: ConnectionsService, useValue: api },
        { provide: Session, useValue: { isSignedIn: computed(() => true), isGranted: () => true } },
      ],
    });
    const fixture = TestBed.createComponent(ConnectionsPage);
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('The connected accounts could not be loaded.');
    expect(element.textContent).not.toContain('No connected accounts yet');
  });
});
