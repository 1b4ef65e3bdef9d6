import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUpdateStore } from './createUpdateStore';
import { registerServiceWorker } from './registerServiceWorker';

class FakeWorker extends EventTarget {
  readonly messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  becomes(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  readonly update = vi.fn(async () => undefined);
  /** What the browser does when it finds a new sw.js: installs it, then leaves it waiting. */
  findNewVersion(): FakeWorker {
    const worker = new FakeWorker('installing');
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.becomes('installed');
    return worker;
  }
}

class FakeContainer extends EventTarget {
  readonly registration = new FakeRegistration();
  constructor(public controller: FakeWorker | null) {
    super();
  }
  readonly register = vi.fn(async () => this.registration);
  /** What the browser does once a new worker activates and claims this tab. */
  changeController(worker: FakeWorker): void {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

async function register(controller: FakeWorker | null) {
  const container = new FakeContainer(controller);
  const updates = createUpdateStore();
  const reload = vi.fn();
  const visibility = Object.assign(new EventTarget(), { visibilityState: 'visible' as const });
  await registerServiceWorker({
    updates,
    container: container as unknown as ServiceWorkerContainer,
    scriptUrl: '/sw.js',
    scope: '/',
    reload,
    visibility: visibility as unknown as Document,
  });
  return { container, updates, reload, visibility };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('registerServiceWorker', () => {
  it('registers the script for the scope', async () => {
    const { container } = await register(null);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/', type: 'classic' });
  });

  it('offers nothing on the first install, and never reloads when that worker takes the page', async () => {
    const { container, updates, reload } = await register(null);
    const first = container.registration.findNewVersion();
    container.changeController(first);
    expect(updates.getSnapshot()).toBeUndefined();
    expect(reload).not.toHaveBeenCalled();
  });

  it('offers a new version found while one runs, and applies it only when asked', async () => {
    const { container, updates, reload } = await register(new FakeWorker('activated'));
    const next = container.registration.findNewVersion();
    const applyUpdate = updates.getSnapshot();
    if (applyUpdate === undefined) throw new Error('No update was offered.');
    expect(next.messages).toEqual([]);
    expect(reload).not.toHaveBeenCalled();

    applyUpdate();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    container.changeController(next);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a version that was already waiting when the page opened', async () => {
    const container = new FakeContainer(new FakeWorker('activated'));
    container.registration.waiting = new FakeWorker('installed');
    const updates = createUpdateStore();
    await registerServiceWorker({
      updates,
      container: container as unknown as ServiceWorkerContainer,
      scriptUrl: '/sw.js',
      scope: '/',
      reload: vi.fn(),
    });
    expect(updates.getSnapshot()).toBeTypeOf('function');
  });

  it('does not reload a tab whose user did not ask, when another tab applied the update', async () => {
    const { container, updates, reload } = await register(new FakeWorker('activated'));
    const next = container.registration.findNewVersion();
    container.registration.waiting = null;
    container.changeController(next);
    expect(reload).not.toHaveBeenCalled();

    updates.getSnapshot()?.();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('looks for a new version when the page becomes visible and every hour', async () => {
    const { container, visibility } = await register(new FakeWorker('activated'));
    visibility.dispatchEvent(new Event('visibilitychange'));
    expect(container.registration.update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(container.registration.update).toHaveBeenCalledTimes(2);
  });
});
