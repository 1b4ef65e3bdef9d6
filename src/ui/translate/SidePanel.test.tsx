// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { SIDE_PANEL_STORAGE_KEY, SidePanel } from './SidePanel';

const PANEL_HEADING = 'Terms in this segment';

function renderPanel(language: UiLanguage = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <SidePanel>
        <h2>{PANEL_HEADING}</h2>
      </SidePanel>
    </I18nextProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('SidePanel', () => {
  it('shows its content with a button that folds it away, by mouse or keyboard', async () => {
    const user = userEvent.setup();
    renderPanel();
    const toggle = screen.getByRole('button', { name: 'Side panel' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('title', 'Hide the side panel');
    expect(screen.getByRole('heading', { name: PANEL_HEADING })).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('title', 'Show the side panel');
    expect(screen.queryByRole('heading', { name: PANEL_HEADING })).toBeNull();

    await user.tab();
    await user.tab({ shift: true });
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: PANEL_HEADING })).toBeVisible();
  });

  it('stays folded the next time it opens', async () => {
    const user = userEvent.setup();
    const first = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Side panel' }));
    expect(localStorage.getItem(SIDE_PANEL_STORAGE_KEY)).toBe('collapsed');
    first.unmount();

    renderPanel();
    expect(screen.getByRole('button', { name: 'Side panel' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('names its button in Chinese', () => {
    renderPanel('zh');
    expect(screen.getByRole('button', { name: '侧栏' })).toHaveAttribute('title', '隐藏侧栏');
    expect(screen.getByRole('complementary', { name: '术语与历史' })).toBeInTheDocument();
  });
});
