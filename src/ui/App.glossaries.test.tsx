// @vitest-environment jsdom
// First: Dexie reads the global indexedDB when it loads, and liveQuery needs it.
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGlossary, listGlossaries, listProjectGlossaryIds } from '../db/glossaryRepository';
import { loadSampleCorpus } from '../db/loadSampleCorpus';
import { listProjects } from '../db/projectRepository';
import { seedSampleProjectIfMissing } from '../db/seedSampleProject';
import { openTestDatabase } from '../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import type { ProjectId } from '../domain/ids';
import { App } from './App';
import type { SegmentFocus } from './app/workbenchScreen';
import { renderWithProviders } from './testing/renderWithProviders';
import { stubJsdomLayout } from './testing/stubJsdomLayout';

beforeAll(stubJsdomLayout);

let database: WorkbenchDatabase;
beforeEach(async () => {
  localStorage.clear();
  database = openTestDatabase();
  await seedSampleProjectIfMissing(database, loadSampleCorpus());
});
afterEach(async () => {
  cleanup();
  database.close();
  await database.delete();
});

function renderApp() {
  const user = userEvent.setup({ applyAccept: false });
  renderWithProviders(
    <App
      renderProject={(projectId: ProjectId, focus?: SegmentFocus) => (
        <output data-testid="open-project">{`${projectId} ${focus?.segmentId ?? ''}`}</output>
      )}
    />,
    { database },
  );
  return user;
}

describe('App: glossaries', () => {
  it('creates a project with the glossaries ticked in the New project dialog', async () => {
    const team = await createGlossary(database, 'Team terms');
    const user = renderApp();
    await user.click(await screen.findByRole('button', { name: 'New project' }));
    const dialog = within(screen.getByRole('dialog', { name: 'New project' }));
    expect(await dialog.findByRole('checkbox', { name: 'Starter glossary' })).toBeChecked();
    await user.click(dialog.getByRole('checkbox', { name: 'Starter glossary' }));
    await user.click(dialog.getByRole('checkbox', { name: 'Team terms' }));
    await user.type(dialog.getByRole('textbox', { name: 'Project name' }), 'Terms');
    await user.click(dialog.getByRole('textbox', { name: 'Source text' }));
    await user.paste('高校很多。');
    await user.click(dialog.getByRole('button', { name: 'Create project' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const project = (await listProjects(database)).find((candidate) => candidate.name === 'Terms');
    if (project === undefined) throw new Error('no project');
    await waitFor(async () =>
      expect(await listProjectGlossaryIds(database, project.id)).toEqual([team.id]),
    );
  });

  it('opens the glossary screen, and goes from an entry’s segment to the translate view there', async () => {
    const user = renderApp();
    await screen.findByTestId('open-project');
    await user.click(
      document.querySelector<HTMLElement>('[data-action="open-glossary"]') ?? document.body,
    );
    expect(
      await screen.findByRole('heading', { name: 'Glossary' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.queryByTestId('open-project')).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: 'Search the glossary' }), 'lgjbsx');
    const row = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[data-entry-id]');
      if (found?.textContent?.includes('两个基本实现') !== true) throw new Error('not yet');
      return found;
    });
    await user.click(within(row).getByRole('button', { name: /segments?$/ }));
    const [link] = within(row).getAllByRole('button', { name: /^#\d/ });
    if (link === undefined) throw new Error('no segment link');
    await user.click(link);
    expect(await screen.findByTestId('open-project')).toHaveTextContent(
      link.getAttribute('data-occurrence-segment-id') ?? 'missing',
    );
    expect((await listGlossaries(database)).map((glossary) => glossary.isStarter)).toEqual([true]);
  });
});
