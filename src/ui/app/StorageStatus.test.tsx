// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { StorageStatus } from './StorageStatus';
import type { StorageManagerLike } from './useStorageStatus';

afterEach(cleanup);

function fakeStorage({ isPersisted = false, grants = false, usage = 1_234_567, quota = 300e9 }) {
  return {
    persisted: vi.fn(async () => isPersisted),
    persist: vi.fn(async () => grants),
    estimate: vi.fn(async () => ({ usage, quota })),
  } satisfies StorageManagerLike;
}

async function renderStatus(storage: StorageManagerLike | undefined, language: UiLanguage = 'en') {
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <StorageStatus storage={storage} />
    </I18nextProvider>,
  );
  return screen.findByText(/^(Storage: |存储：)/, { selector: '.storage-status__state' });
}

describe('StorageStatus', () => {
  it('asks for persistent storage at start, and says when the browser grants it', async () => {
    const storage = fakeStorage({ grants: true });
    const state = await renderStatus(storage);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(state).toHaveTextContent('Storage: persistent');
    expect(document.querySelector('[data-role="storage-status"]')).toHaveAttribute(
      'data-persisted',
      'true',
    );
  });

  it('says the data may be cleared when the browser refuses', async () => {
    const state = await renderStatus(fakeStorage({ grants: false }));
    expect(state).toHaveTextContent('Storage: may be cleared by the browser');
    expect(document.querySelector('[data-role="storage-status"]')).toHaveAttribute(
      'data-persisted',
      'false',
    );
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = fakeStorage({ isPersisted: true });
    await renderStatus(storage);
    expect(storage.persist).not.toHaveBeenCalled();
    expect(document.querySelector('[data-role="storage-status"]')).toHaveAttribute(
      'data-persisted',
      'true',
    );
  });

  it.each([
    ['en', '1.23 MB of 300 GB used', 'Storage: may be cleared by the browser'],
    ['zh', '已用 1.23 MB，共 300 GB', '存储：可能被浏览器清除'],
  ] as const)('shows usage and quota in %s', async (language, usage, state) => {
    expect(await renderStatus(fakeStorage({}), language)).toHaveTextContent(state);
    expect(screen.getByText(usage)).toBeInTheDocument();
  });

  it('reports may-be-cleared, without figures, where the Storage API is missing', async () => {
    const state = await renderStatus(undefined);
    expect(state).toHaveTextContent('Storage: may be cleared by the browser');
    expect(screen.queryByText(/used$/)).not.toBeInTheDocument();
  });
});
