import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LIVE_CONNECTOR, LiveConnection, SocialLive } from './social-live';

/** A hub connection the test drives: it starts when told, and raises the hub's events on demand. */
class FakeConnection implements LiveConnection {
  readonly handlers = new Map<string, (accountId: string) => void>();
  reconnecting?: (error?: Error) => void;
  reconnected?: (connectionId?: string) => void;
  closed?: (error?: Error) => void;
  start = vi.fn(() => Promise.resolve());
  stop = vi.fn(() => Promise.resolve());

  on(method: string, handler: (accountId: string) => void): void {
    this.handlers.set(method, handler);
  }
  onreconnecting(callback: (error?: Error) => void): void {
    this.reconnecting = callback;
  }
  onreconnected(callback: (connectionId?: string) => void): void {
    this.reconnected = callback;
  }
  onclose(callback: (error?: Error) => void): void {
    this.closed = callback;
  }
}

@Component({ selector: 'app-live-host', template: '', providers: [SocialLive] })
class Host {
  readonly live = inject(SocialLive);
}

function create(connection: FakeConnection) {
  const connector = vi.fn(() => Promise.resolve(connection));
  TestBed.configureTestingModule({ providers: [{ provide: LIVE_CONNECTOR, useValue: connector }] });
  const fixture = TestBed.createComponent(Host);
  const handlers = { accountSynced: vi.fn(), resumed: vi.fn() };
  return { live: fixture.componentInstance.live, fixture, connector, handlers };
}

describe('SocialLive', () => {
  it("connects to the social performance hub, is live once started, and passes on the hub's accountSynced", async () => {
    const connection = new FakeConnection();
    const { live, connector, handlers } = create(connection);

    const started = live.start(handlers);
    expect(live.state()).toBe('connecting');
    await started;

    expect(connector).toHaveBeenCalledWith('/hubs/social-performance');
    expect(live.state()).toBe('live');
    connection.handlers.get('accountSynced')!('6f1c1d7e-0000-4000-8000-000000000001');
    expect(handlers.accountSynced).toHaveBeenCalledWith('6f1c1d7e-0000-4000-8000-000000000001');
  });

  it('tells when it reconnects, and asks for everything again once back', async () => {
    const connection = new FakeConnection();
    const { live, handlers } = create(connection);
    await live.start(handlers);

    connection.reconnecting!(new Error('offline'));
    expect(live.state()).toBe('reconnecting');
    connection.reconnected!('c2');

    expect(live.state()).toBe('live');
    expect(handlers.resumed).toHaveBeenCalledTimes(1);
  });

  it('turns off with the reason when it cannot start', async () => {
    const connection = new FakeConnection();
    connection.start.mockRejectedValue(new Error("Failed to complete negotiation with the server: Error: Forbidden: Status code '403'"));
    const { live, handlers } = create(connection);

    await live.start(handlers);

    expect(live.state()).toBe('off');
    expect(live.problem()).toBe("Live updates could not start: Failed to complete negotiation with the server: Error: Forbidden: Status code '403'");
  });

  it('turns off with the reason when the connection is lost for good', async () => {
    const connection = new FakeConnection();
    const { live, handlers } = create(connection);
    await live.start(handlers);

    connection.closed!(new Error('Server timeout elapsed without receiving a message from the server.'));

    expect(live.state()).toBe('off');
    expect(live.problem()).toBe('Live updates stopped: Server timeout elapsed without receiving a message from the server.');
  });

  it('stops the connection when turned off, without calling that a problem', async () => {
    const connection = new FakeConnection();
    const { live, handlers } = create(connection);
    await live.start(handlers);

    await live.stop();
    connection.closed!();

    expect(connection.stop).toHaveBeenCalledTimes(1);
    expect(live.state()).toBe('off');
    expect(live.problem()).toBeNull();
  });

  it('stays off when turned off while still starting', async () => {
    const connection = new FakeConnection();
    let finishStart!: () => void;
    connection.start.mockReturnValue(new Promise<void>((resolve) => (finishStart = resolve)));
    const { live, handlers } = create(connection);

    const started = live.start(handlers);
    await vi.waitFor(() => expect(connection.start).toHaveBeenCalled());
    await live.stop();
    finishStart();
    await started;

    expect(live.state()).toBe('off');
    expect(connection.stop).toHaveBeenCalledTimes(1);
  });

  it('closes the connection with its page', async () => {
    const connection = new FakeConnection();
    const { live, fixture, handlers } = create(connection);
    await live.start(handlers);

    fixture.destroy();

    expect(connection.stop).toHaveBeenCalledTimes(1);
  });
});
