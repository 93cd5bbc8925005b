import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Session } from '../../core/session';
import { SocialAccountDto, SocialMetricsDto, SocialPostDto } from '../../proxy/models';
import { SocialPerformanceService } from '../../proxy/services';
import { SocialChart } from './social-chart';
import { LIVE_CONNECTOR, LiveConnection } from './social-live';
import { SocialPerformancePage } from './social-performance-page';

const view = 'Solopreneur.SocialPerformance';
const manage = 'Solopreneur.SocialPerformance.Manage';
const noReach = 'X does not report reach (unique viewers), only impressions.';

function figures(extra: Partial<SocialMetricsDto> = {}): SocialMetricsDto {
  return {
    capturedAt: '2026-11-20T12:00:00Z',
    followers: 1234,
    impressions: 5000,
    reach: null,
    likes: 200,
    comments: 25,
    shares: 15,
    engagements: 240,
    engagementRate: 0.048,
    unavailable: { reach: noReach },
    ...extra,
  };
}

function account(provider: string, providerDisplayName: string, extra: Partial<SocialAccountDto> = {}): SocialAccountDto {
  return {
    id: `id-${provider}`,
    provider,
    providerDisplayName,
    displayName: `Pikar Demo ${providerDisplayName}`,
    isSandbox: true,
    health: 'Healthy',
    healthError: null,
    syncStatus: 'Succeeded',
    lastSyncTime: new Date(Date.now() - 5 * 60_000).toISOString(),
    nextSyncTime: new Date(Date.now() + 55 * 60_000).toISOString(),
    lastSyncError: null,
    latest: figures(),
    pageInsights: null,
    ...extra,
  };
}

const demo = () => [
  account('x', 'X', { displayName: '@demo_1a2b3c4d' }),
  account('linkedin', 'LinkedIn', {
    health: 'ReauthRequired',
    healthError: 'The member revoked the grant.',
    syncStatus: 'ReauthRequired',
    lastSyncError: 'LinkedIn refused the access token.',
    isSandbox: false,
  }),
  account('facebook', 'Facebook', { syncStatus: 'Pending', lastSyncTime: null, latest: null }),
];

function post(id: string, extra: Partial<SocialPostDto> = {}): SocialPostDto {
  return {
    id,
    accountId: 'id-x',
    providerPostId: `p-${id}`,
    text: `Post ${id}`,
    publishedAt: '2026-11-18T09:00:00Z',
    url: `https://x.com/i/web/status/${id}`,
    metrics: figures({ followers: null }),
    ...extra,
  };
}

/** A hub connection that starts at once and raises accountSynced when the test says. */
class FakeConnection implements LiveConnection {
  synced?: (accountId: string) => void;
  start = vi.fn(() => Promise.resolve());
  stop = vi.fn(() => Promise.resolve());
  on(_method: string, handler: (accountId: string) => void): void {
    this.synced = handler;
  }
  onreconnecting(): void {}
  onreconnected(): void {}
  onclose(): void {}
}

async function render(granted: string[] = [view, manage], accounts: SocialAccountDto[] = demo()) {
  const api = {
    getSocialAccounts: vi.fn().mockResolvedValue(accounts),
    getSocialAccount: vi.fn(),
    getSocialAccountMetrics: vi.fn().mockResolvedValue({
      points: [figures({ capturedAt: '2026-11-19T12:00:00Z', followers: 1200 }), figures({ engagements: null, unavailable: { engagements: 'Needs likes, comments and shares.' } })],
      unavailable: {},
    }),
    getSocialPosts: vi.fn().mockResolvedValue({ totalCount: 12, items: [post('1'), post('2', { metrics: figures({ impressions: null, unavailable: { impressions: 'Too old for X.' } }) })] }),
    syncSocialAccount: vi.fn(),
    disconnectSocialAccount: vi.fn().mockResolvedValue(undefined),
    connectSocialAccount: vi.fn().mockResolvedValue({ url: '/integrations/connect?ticket=t1', expiresAt: '2026-11-20T12:10:00Z' }),
    reconnectSocialAccount: vi.fn().mockResolvedValue({ url: '/integrations/connect?ticket=t2', expiresAt: '2026-11-20T12:10:00Z' }),
  };
  const connection = new FakeConnection();
  const connector = vi.fn(() => Promise.resolve(connection));
  TestBed.configureTestingModule({
    imports: [SocialPerformancePage],
    providers: [
      { provide: SocialPerformanceService, useValue: api },
      { provide: Session, useValue: { isGranted: (p: string) => granted.includes(p) } },
      { provide: LIVE_CONNECTOR, useValue: connector },
    ],
  });
  // ECharts needs a real canvas: the stand-in shows the chart's text alternative only.
  TestBed.overrideComponent(SocialChart, { set: { imports: [], providers: [], template: '<div role="img" [attr.aria-label]="view().summary"></div>' } });
  const fixture = TestBed.createComponent(SocialPerformancePage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const card = (provider: string) =>
    Array.from(element.querySelectorAll<HTMLElement>('app-social-account-card')).find((c) => c.querySelector('.network')?.textContent === provider);
  /** A card's figure: its text, then its reason when it is missing. */
  const figure = (provider: string, metric: string) =>
    Array.from(card(provider)?.querySelectorAll(`.metric-${metric} dd > span`) ?? []).map((s) => s.textContent?.trim()).join(' | ');
  const button = (name: string) =>
    Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  /** Clicks the confirmation dialog's button labelled `label`. */
  const answer = async (label: string) => {
    const choice = () => Array.from(document.querySelectorAll<HTMLElement>('mat-dialog-container button')).find((b) => b.textContent?.trim() === label);
    await vi.waitFor(() => expect(choice()).toBeDefined());
    choice()!.click();
    await vi.waitFor(() => expect(document.querySelector('mat-dialog-container')).toBeNull());
    await settle();
  };
  const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return { api, element, fixture, settle, card, figure, button, answer, text, connection, connector };
}

describe('SocialPerformancePage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a card per account: network, name, sandbox label, health and sync in words with their errors, and when it synced', async () => {
    const { card, text } = await render();

    expect(text('h1')).toBe('Social performance');
    const x = card('X')!;
    expect(x.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('X @demo_1a2b3c4d');
    expect(x.querySelector('.sandbox')?.textContent).toBe('Sandbox');
    expect(x.textContent).toContain('Connection: Healthy');
    expect(x.textContent).toContain('Sync: Synced');
    expect(Array.from(x.querySelectorAll('.times > span')).map((t) => t.textContent?.trim())).toEqual(['Last synced 5 minutes ago', 'Next sync in 54 minutes']);

    const linkedIn = card('LinkedIn')!;
    expect(linkedIn.querySelector('.sandbox')).toBeNull();
    expect(linkedIn.textContent).toContain('Connection: Reconnect needed');
    expect(linkedIn.textContent).toContain('The member revoked the grant.');
    expect(linkedIn.textContent).toContain('LinkedIn refused the access token.');

    const facebook = card('Facebook')!;
    expect(facebook.textContent).toContain('Sync: Waiting for its first sync');
    expect(facebook.textContent).toContain('Not synced yet');
    expect(facebook.textContent).toContain('No figures yet: they show after the first sync.');
  });

  it('shows the latest figures, and a missing one as Unavailable with its reason', async () => {
    const { figure } = await render();

    expect(figure('X', 'followers')).toBe('1,234');
    expect(figure('X', 'impressions')).toBe('5,000');
    expect(figure('X', 'engagements')).toBe('240');
    expect(figure('X', 'engagementRate')).toBe('4.8%');
    expect(figure('X', 'reach')).toBe(`Unavailable | ${noReach}`);
  });

  it("shows a Facebook Page's own last 28 days, a refused metric as Unavailable with Facebook's reason, and nothing of the kind for other networks", async () => {
    const refused = '(#100) The value must be a valid insights metric';
    const { card } = await render([view, manage], [
      account('x', 'X'),
      account('facebook', 'Facebook', { pageInsights: { impressions: 4321, reach: null, unavailable: { reach: refused } } }),
    ]);

    const page = card('Facebook')!;
    expect(page.querySelector('h4')?.textContent).toBe('The page, last 28 days');
    const figures = Array.from(page.querySelectorAll('.page-insights dd')).map((d) =>
      Array.from(d.querySelectorAll('span')).map((s) => s.textContent?.trim()).join(' | '));
    expect(figures).toEqual(['4,321', `Unavailable | ${refused}`]);
    expect(card('X')!.querySelector('.page-insights')).toBeNull();
  });

  it('selects the first account, and shows its last 28 days, daily, and its posts, newest first', async () => {
    const { api, element, button, text } = await render();

    expect(button('X @demo_1a2b3c4d')?.getAttribute('aria-pressed')).toBe('true');
    expect(button('LinkedIn Pikar Demo LinkedIn')?.getAttribute('aria-pressed')).toBe('false');
    expect(api.getSocialAccountMetrics).toHaveBeenCalledWith({ id: 'id-x', from: expect.any(String), interval: 'day' });
    const from = new Date(api.getSocialAccountMetrics.mock.calls[0][0].from).getTime();
    expect(Math.round((Date.now() - from) / 86_400_000)).toBe(28);
    expect(api.getSocialPosts).toHaveBeenLastCalledWith({ id: 'id-x', skipCount: 0, maxResultCount: 10, sorting: 'publishedAt desc' });

    expect(text('#figures-heading')).toBe('X @demo_1a2b3c4d: the last 28 days');
    const charts = Array.from(element.querySelectorAll('[role="img"]')).map((c) => c.getAttribute('aria-label'));
    expect(charts).toEqual(['Last 28 days. Followers: from 1,200 to 1,234.', 'Last 28 days. Impressions: from 5,000 to 5,000. Engagements: 240.']);
    expect(Array.from(element.querySelectorAll('.note')).map((n) => n.textContent)).toEqual([
      'Engagements unavailable on 1 of 2 days: Needs likes, comments and shares.',
    ]);
  });

  it("lists the account's posts with their figures, a missing one as Unavailable with its reason", async () => {
    const { element } = await render();

    const rows = Array.from(element.querySelectorAll('tr[mat-row]'));
    expect(rows).toHaveLength(2);
    const cell = (row: Element, column: string) => row.querySelector(`td.mat-column-${column}`)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(cell(rows[0], 'text')).toBe('Post 1 (opens in a new tab)');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('https://x.com/i/web/status/1');
    expect(cell(rows[0], 'impressions')).toBe('5,000');
    expect(cell(rows[0], 'likes')).toBe('200');
    expect(cell(rows[0], 'engagementRate')).toBe('4.8%');
    expect(cell(rows[1], 'impressions')).toBe('Unavailable Too old for X.');
    expect(rows[1].querySelector('td.mat-column-impressions .reason')?.textContent).toBe('Too old for X.');
    expect(element.querySelector('mat-paginator')).not.toBeNull();
  });

  it("shows another account's charts and posts when its card is selected", async () => {
    const { api, button, settle, text } = await render();

    button('LinkedIn Pikar Demo LinkedIn')!.click();
    await settle();

    expect(button('LinkedIn Pikar Demo LinkedIn')?.getAttribute('aria-pressed')).toBe('true');
    expect(api.getSocialAccountMetrics).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'id-linkedin' }));
    expect(api.getSocialPosts).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'id-linkedin', skipCount: 0 }));
    expect(text('#figures-heading')).toBe('LinkedIn Pikar Demo LinkedIn: the last 28 days');
  });

  it('offers Reconnect only on an account whose access needs it, and opens the consent in a popup', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
    const { api, button, settle } = await render();

    expect(button('Reconnect X @demo_1a2b3c4d')).toBeUndefined();
    expect(button('Reconnect Facebook Pikar Demo Facebook')).toBeUndefined();
    button('Reconnect LinkedIn Pikar Demo LinkedIn')!.click();
    await settle();

    expect(api.reconnectSocialAccount).toHaveBeenCalledWith({ id: 'id-linkedin' });
    expect(open).toHaveBeenCalledWith('/integrations/connect?ticket=t2', 'pikar-connect', expect.stringContaining('popup'));
  });

  it('offers no connecting, refreshing or disconnecting without Solopreneur.SocialPerformance.Manage', async () => {
    const { element } = await render([view]);

    const labels = Array.from(element.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '');
    expect(labels.filter((l) => /^(Connect|Refresh|Reconnect|Disconnect)/.test(l))).toEqual([]);
  });

  it('refreshes an account now, showing progress, and updates its card', async () => {
    const { api, button, figure, settle, element } = await render();
    let finish!: (value: SocialAccountDto) => void;
    api.syncSocialAccount.mockReturnValue(new Promise((resolve) => (finish = resolve)));

    button('Refresh now X @demo_1a2b3c4d')!.click();
    await settle();
    expect(button('Refreshing X @demo_1a2b3c4d')?.disabled).toBe(true);
    expect(element.querySelector('mat-progress-bar[aria-label="Refreshing X @demo_1a2b3c4d"]')).not.toBeNull();

    finish(account('x', 'X', { displayName: '@demo_1a2b3c4d', latest: figures({ followers: 1300 }) }));
    await settle();

    expect(api.syncSocialAccount).toHaveBeenCalledWith({ id: 'id-x' });
    expect(figure('X', 'followers')).toBe('1,300');
    expect(button('Refresh now X @demo_1a2b3c4d')?.disabled).toBe(false);
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Refreshed X @demo_1a2b3c4d.');
    expect(api.getSocialAccountMetrics).toHaveBeenCalledTimes(2);
  });

  it('asks before disconnecting, and disconnects only on confirmation', async () => {
    const { api, button, answer, element } = await render();

    button('Disconnect Facebook Pikar Demo Facebook')!.click();
    await vi.waitFor(() => expect(document.querySelector('mat-dialog-container h2')?.textContent).toBe('Disconnect the Facebook account Pikar Demo Facebook?'));
    await answer('Cancel');
    expect(api.disconnectSocialAccount).not.toHaveBeenCalled();

    api.getSocialAccounts.mockResolvedValue(demo().slice(0, 2));
    button('Disconnect Facebook Pikar Demo Facebook')!.click();
    await answer('Disconnect');

    expect(api.disconnectSocialAccount).toHaveBeenCalledWith({ id: 'id-facebook' });
    expect(element.querySelectorAll('app-social-account-card')).toHaveLength(2);
    expect(element.querySelector('[role="status"]')?.textContent).toBe('Disconnected the Facebook account Pikar Demo Facebook.');
  });

  describe('connecting a sandbox account', () => {
    it('offers each network, asks the API where to authorize, and opens it in a popup', async () => {
      const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
      const { api, button, settle } = await render();
      expect(['Connect X (sandbox)', 'Connect LinkedIn (sandbox)', 'Connect Facebook (sandbox)'].map((n) => button(n) !== undefined)).toEqual([true, true, true]);

      button('Connect LinkedIn (sandbox)')!.click();
      await settle();

      expect(api.connectSocialAccount).toHaveBeenCalledWith({ body: { provider: 'linkedin', sandbox: true } });
      expect(open).toHaveBeenCalledWith('/integrations/connect?ticket=t1', 'pikar-connect', expect.stringContaining('popup'));
    });

    it("tells the plan's limit in the API's words", async () => {
      const open = vi.spyOn(window, 'open');
      const { api, button, settle, element } = await render();
      api.connectSocialAccount.mockRejectedValue(
        new HttpErrorResponse({
          status: 422,
          error: { code: 'Solopreneur:MaxConnectedAccountsReached', detail: 'Your plan connects at most 3 social accounts.' },
        }),
      );

      button('Connect X (sandbox)')!.click();
      await settle();

      expect(open).not.toHaveBeenCalled();
      expect(element.querySelector('[role="alert"]')?.textContent).toBe('Your plan connects at most 3 social accounts.');
      expect(button('Connect X (sandbox)')!.disabled).toBe(false);
    });

    it('offers a link when the browser blocks the popup', async () => {
      vi.spyOn(window, 'open').mockReturnValue(null);
      const { button, settle, element } = await render();

      button('Connect X (sandbox)')!.click();
      await settle();

      const link = element.querySelector('[role="alert"] a');
      expect(link?.getAttribute('href')).toBe('/integrations/connect?ticket=t1');
      expect(link?.getAttribute('target')).toBe('pikar-connect');
    });

    it("reloads the accounts on the popup's word from this origin only", async () => {
      const { api, settle, element } = await render();

      window.dispatchEvent(new MessageEvent('message', { data: { type: 'pikar:connected' }, origin: 'https://evil.example' }));
      await settle();
      expect(api.getSocialAccounts).toHaveBeenCalledTimes(1);

      window.dispatchEvent(new MessageEvent('message', { data: { type: 'pikar:connected' }, origin: window.location.origin }));
      await settle();
      expect(api.getSocialAccounts).toHaveBeenCalledTimes(2);
      expect(element.querySelector('[role="status"]')?.textContent).toBe('Connected the account.');
    });
  });

  it('says when no account is connected yet, and still offers connecting', async () => {
    const { element, button } = await render([view, manage], []);

    expect(element.textContent).toContain('No accounts connected yet');
    expect(element.querySelector('app-social-account-card')).toBeNull();
    expect(element.querySelector('#figures-heading')).toBeNull();
    expect(button('Connect X (sandbox)')).toBeDefined();
  });

  it("tells the API's reason when the accounts cannot be loaded, and loads them again on Retry", async () => {
    const api = { getSocialAccounts: vi.fn() };
    api.getSocialAccounts.mockRejectedValueOnce(new HttpErrorResponse({ status: 403, error: { detail: "The feature 'Solopreneur.SocialPerformance' is not enabled." } }));
    api.getSocialAccounts.mockResolvedValue([]);
    TestBed.configureTestingModule({
      imports: [SocialPerformancePage],
      providers: [
        { provide: SocialPerformanceService, useValue: api },
        { provide: Session, useValue: { isGranted: () => true } },
        { provide: LIVE_CONNECTOR, useValue: vi.fn() },
      ],
    });
    const fixture = TestBed.createComponent(SocialPerformancePage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('[role="alert"]')?.textContent).toBe("The feature 'Solopreneur.SocialPerformance' is not enabled.");
    expect(element.textContent).not.toContain('No accounts connected yet');
    Array.from(element.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Retry')!.click();
    await vi.waitFor(() => expect(element.textContent).toContain('No accounts connected yet'));
    expect(api.getSocialAccounts).toHaveBeenCalledTimes(2);
  });

  describe('live updates', () => {
    const toggle = (element: HTMLElement) => element.querySelector<HTMLButtonElement>('mat-slide-toggle button[role="switch"]')!;

    it('are off until turned on, then connect and say so', async () => {
      const { element, connector, connection, settle, text } = await render();
      expect(text('.live-state')).toBe('Off');
      expect(connector).not.toHaveBeenCalled();

      toggle(element).click();
      await settle();

      expect(connection.start).toHaveBeenCalled();
      expect(text('.live-state')).toBe('Live');
      expect(toggle(element).getAttribute('aria-checked')).toBe('true');

      toggle(element).click();
      await settle();
      expect(connection.stop).toHaveBeenCalled();
      expect(text('.live-state')).toBe('Off');
    });

    it("reload a synced account's card, and its charts and posts when it is selected, without reloading the page", async () => {
      const { api, element, connection, settle, figure } = await render();
      toggle(element).click();
      await settle();
      api.getSocialAccount.mockImplementation(({ id }: { id: string }) =>
        Promise.resolve(id === 'id-x' ? account('x', 'X', { displayName: '@demo_1a2b3c4d', latest: figures({ followers: 1500 }) }) : account('facebook', 'Facebook', { latest: figures({ followers: 42 }) })),
      );

      connection.synced!('id-facebook');
      await settle();
      expect(figure('Facebook', 'followers')).toBe('42');
      expect(api.getSocialAccountMetrics).toHaveBeenCalledTimes(1);

      connection.synced!('id-x');
      await settle();
      expect(figure('X', 'followers')).toBe('1,500');
      expect(api.getSocialAccountMetrics).toHaveBeenCalledTimes(2);
      expect(api.getSocialPosts).toHaveBeenCalledTimes(2);
      expect(api.getSocialAccounts).toHaveBeenCalledTimes(1);
    });

    it('show the account that was connected meanwhile', async () => {
      const { api, element, connection, settle, card } = await render();
      toggle(element).click();
      await settle();
      api.getSocialAccount.mockResolvedValue(account('x', 'X', { id: 'id-new', displayName: '@e2e_live' }));

      connection.synced!('id-new');
      await settle();

      expect(card('X')).toBeDefined();
      expect(element.querySelectorAll('app-social-account-card')).toHaveLength(4);
    });
  });
});
