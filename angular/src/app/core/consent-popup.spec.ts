import { HttpErrorResponse } from '@angular/common/http';
import { createEnvironmentInjector, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ConsentPopup } from './consent-popup';

const consent = { url: '/integrations/connect?ticket=t1' };

function create(connected = vi.fn()) {
  const injector = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
  const popup = injector.runInContext(() => new ConsentPopup(connected));
  return { popup, connected, injector };
}

const post = (data: unknown, origin = window.location.origin) => window.dispatchEvent(new MessageEvent('message', { data, origin }));

describe('ConsentPopup', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens the consent the API names in the named popup, and is opening only while it asks', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
    const { popup } = create();
    let answer!: (value: { url: string }) => void;

    const opening = popup.open(() => new Promise((resolve) => (answer = resolve)), 'Could not connect.');
    expect(popup.opening()).toBe(true);
    answer(consent);

    expect(await opening).toBeNull();
    expect(popup.opening()).toBe(false);
    expect(open).toHaveBeenCalledWith('/integrations/connect?ticket=t1', 'pikar-connect', 'popup,width=600,height=720');
    expect(popup.blockedUrl()).toBeNull();
  });

  it('keeps the URL to offer as a link when the browser blocks the popup, until the next try', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { popup } = create();

    await popup.open(() => Promise.resolve(consent), 'Could not connect.');
    expect(popup.blockedUrl()).toBe('/integrations/connect?ticket=t1');

    open.mockReturnValue({} as Window);
    await popup.open(() => Promise.resolve({ url: '/integrations/connect?ticket=t2' }), 'Could not connect.');
    expect(popup.blockedUrl()).toBeNull();
  });

  it("gives the API's reason, or the fallback, when it tells no consent URL, and opens nothing", async () => {
    const open = vi.spyOn(window, 'open');
    const { popup } = create();

    const refused = await popup.open(
      () => Promise.reject(new HttpErrorResponse({ status: 422, error: { detail: 'The plan allows 3 connected social accounts.' } })),
      'Could not connect.',
    );
    const failed = await popup.open(() => Promise.reject(new Error('offline')), 'Could not connect.');

    expect(refused?.message).toBe('The plan allows 3 connected social accounts.');
    expect(failed?.message).toBe('Could not connect.');
    expect(popup.opening()).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it("heeds only the popup's word from this origin that the account is connected, and then drops the blocked link", async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const { popup, connected } = create();
    await popup.open(() => Promise.resolve(consent), 'Could not connect.');

    post({ type: 'pikar:connected' }, 'https://evil.example');
    post({ type: 'other' });
    post('pikar:connected');
    post(null);
    expect(connected).not.toHaveBeenCalled();
    expect(popup.blockedUrl()).not.toBeNull();

    post({ type: 'pikar:connected' });
    expect(connected).toHaveBeenCalledTimes(1);
    expect(popup.blockedUrl()).toBeNull();
  });

  it('stops listening, and opens no popup for an answer that comes late, once its component is gone', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
    const { popup, connected, injector } = create();
    let answer!: (value: { url: string }) => void;

    const opening = popup.open(() => new Promise((resolve) => (answer = resolve)), 'Could not connect.');
    injector.destroy();
    answer(consent);
    await opening;
    post({ type: 'pikar:connected' });

    expect(open).not.toHaveBeenCalled();
    expect(connected).not.toHaveBeenCalled();
  });
});
