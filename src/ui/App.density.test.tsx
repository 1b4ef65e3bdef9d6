// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import { App } from './App';
import { DENSITY_STORAGE_KEY } from './app/DensityToggle';
import { renderWithProviders } from './testing/renderWithProviders';

let database: WorkbenchDatabase;

beforeEach(() => {
  localStorage.clear();
  database = openTestDatabase();
});

afterEach(async () => {
  cleanup();
  database.close();
  await database.delete();
});

function renderApp(language: 'en' | 'zh' = 'en') {
  return renderWithProviders(<App renderProject={() => null} />, { database, language });
}

describe('App: density', () => {
  it('switches the workbench to compact rows and back, and remembers the choice', async () => {
    const user = userEvent.setup();
    const first = renderApp();
    const toggle = screen.getByRole('button', { name: 'Compact rows' });
    const workbench = first.container.querySelector('.workbench');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(workbench).toHaveAttribute('data-density', 'comfortable');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(workbench).toHaveAttribute('data-density', 'compact');
    expect(localStorage.getItem(DENSITY_STORAGE_KEY)).toBe('compact');
    first.unmount();

    const second = renderApp('zh');
    const chineseToggle = screen.getByRole('button', { name: '紧凑显示' });
    expect(chineseToggle).toHaveAttribute('aria-pressed', 'true');
    expect(second.container.querySelector('.workbench')).toHaveAttribute('data-density', 'compact');

    await user.click(chineseToggle);
    expect(chineseToggle).toHaveAttribute('aria-pressed', 'false');
    expect(second.container.querySelector('.workbench')).toHaveAttribute(
      'data-density',
      'comfortable',
    );
    expect(localStorage.getItem(DENSITY_STORAGE_KEY)).toBe('comfortable');
  });
});
