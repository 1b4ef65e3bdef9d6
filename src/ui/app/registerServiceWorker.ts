import type { UpdateStore } from './createUpdateStore';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

interface RegisterServiceWorkerOptions {
  readonly updates: UpdateStore;
  readonly container: ServiceWorkerContainer;
  readonly scriptUrl: string;
  readonly scope: string;
  readonly reload: () => void;
  /** Where to listen for the page becoming visible again, a moment to look for a new version. */
  readonly visibility?: Pick<Document, 'addEventListener' | 'visibilityState'>;
}

/**
 * Registers the build's service worker (it precaches the whole app, so it opens offline) and offers
 * each new version that waits behind the running one to `updates`. Nothing reloads by itself: only
 * the tab whose user applies the update reloads, once the new worker controls it.
 */
export async function registerServiceWorker({
  updates,
  container,
  scriptUrl,
  scope,
  reload,
  visibility,
}: RegisterServiceWorkerOptions): Promise<void> {
  let isReloadRequested = false;
  container.addEventListener('controllerchange', () => {
    if (isReloadRequested) reload();
  });
  const registration = await container.register(scriptUrl, { scope, type: 'classic' });

  const applyUpdate = () => {
    const waiting = registration.waiting;
    // Another tab may have activated it already: this tab then only needs to reload.
    if (waiting === null) {
      reload();
      return;
    }
    isReloadRequested = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  const offerWaitingWorker = () => {
    // With no controller this is the first install, which takes the page at once: nothing to offer.
    if (registration.waiting !== null && container.controller !== null) updates.offer(applyUpdate);
  };

  offerWaitingWorker();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offerWaitingWorker();
    });
  });

  // Offline, or with the server gone, there is simply no new version to find.
  const checkForUpdate = () => void registration.update().catch(() => undefined);
  visibility?.addEventListener('visibilitychange', () => {
    if (visibility.visibilityState === 'visible') checkForUpdate();
  });
  setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
}
