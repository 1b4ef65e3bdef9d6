// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId, type ProjectId } from '../../domain/ids';
import type { Project } from '../../domain/model';
import { createI18n } from '../../i18n/createI18n';
import type { UiLanguage } from '../../i18n/resources';
import { PROJECT_SIDEBAR_STORAGE_KEY, ProjectSidebar } from './ProjectSidebar';

const project: Project = {
  id: newId<ProjectId>(),
  name: 'Shanxi news',
  sourceLang: 'zh',
  targetLang: 'en',
  isSample: false,
  createdAt: 0,
  updatedAt: 0,
};

function renderSidebar(language: UiLanguage = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <ProjectSidebar
        projects={[project]}
        currentProjectId={project.id}
        onOpen={() => undefined}
        onNew={() => undefined}
        onRename={() => undefined}
        onDelete={() => undefined}
      />
    </I18nextProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('ProjectSidebar', () => {
  it('folds to a strip with only its button, and opens again from the keyboard', async () => {
    const user = userEvent.setup();
    renderSidebar();
    const sidebar = screen.getByRole('navigation', { name: 'Your projects' });
    const toggle = within(sidebar).getByRole('button', { name: 'Project list' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(sidebar).getByRole('button', { name: 'Shanxi news' })).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('title', 'Show the project list');
    expect(within(sidebar).getAllByRole('button')).toEqual([toggle]);
    expect(localStorage.getItem(PROJECT_SIDEBAR_STORAGE_KEY)).toBe('collapsed');

    toggle.blur();
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(sidebar).getByRole('button', { name: 'New project' })).toBeVisible();
  });

  it('starts folded when it was folded before, and reads a broken value as open', () => {
    localStorage.setItem(PROJECT_SIDEBAR_STORAGE_KEY, 'collapsed');
    const folded = renderSidebar();
    expect(screen.getByRole('button', { name: 'Project list' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    folded.unmount();

    localStorage.setItem(PROJECT_SIDEBAR_STORAGE_KEY, '{"collapsed":true}');
    renderSidebar();
    expect(screen.getByRole('button', { name: 'Project list' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('names its button in Chinese', () => {
    renderSidebar('zh');
    expect(screen.getByRole('button', { name: '项目列表' })).toHaveAttribute(
      'title',
      '隐藏项目列表',
    );
  });
});
