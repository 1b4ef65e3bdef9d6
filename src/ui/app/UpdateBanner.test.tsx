// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { createUpdateStore } from './createUpdateStore';
import { UpdateBanner } from './UpdateBanner';

afterEach(cleanup);

function renderBanner(language: UiLanguage = 'en') {
  const updates = createUpdateStore();
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <UpdateBanner updates={updates} />
    </I18nextProvider>,
  );
  return updates;
}

const banner = () => document.querySelector('[data-role="update-banner"]');

describe('UpdateBanner', () => {
  it('shows nothing until a new version waits, then offers to reload, and reloads only on click', async () => {
    const updates = renderBanner();
    expect(banner()).toBeNull();
    const applyUpdate = vi.fn();
    act(() => updates.offer(applyUpdate));
    expect(banner()).toHaveTextContent('A new version of the workbench is ready.');
    expect(applyUpdate).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
  });

  it('goes away on Later, and comes back for the next version', async () => {
    const updates = renderBanner();
    act(() => updates.offer(vi.fn()));
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(banner()).toBeNull();
    act(() => updates.offer(vi.fn()));
    expect(banner()).not.toBeNull();
  });

  it('speaks Chinese', () => {
    const updates = renderBanner('zh');
    act(() => updates.offer(vi.fn()));
    expect(banner()).toHaveTextContent('工作台有新版本可用');
    expect(screen.getByRole('button', { name: '立即重新加载' })).toBeInTheDocument();
  });
});
