// @vitest-environment jsdom
// First: Dexie reads the global indexedDB when it loads, and liveQuery needs it.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSampleCorpus, sampleProjectName } from '../db/loadSampleCorpus';
import { listProjects } from '../db/projectRepository';
import { seedSampleProjectIfMissing } from '../db/seedSampleProject';
import { listProjectSegments } from '../db/testing/listProjectSegments';
import { openTestDatabase } from '../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import type { ProjectId } from '../domain/ids';
import { countChineseCharacters } from '../domain/progress/countChineseCharacters';
import { MAX_TEXT_FILE_BYTES } from '../domain/text/checkTextFileSize';
import { LANGUAGE_STORAGE_KEY } from '../i18n/resources';
import { App } from './App';
import { LAST_PROJECT_STORAGE_KEY } from './app/useLastOpenedProject';
import { renderWithProviders } from './testing/renderWithProviders';

const fixturesDirectory = join(import.meta.dirname, '../../test/fixtures/text');

function fixtureFile(fileName: string, type = 'text/plain'): File {
  return new File([readFileSync(join(fixturesDirectory, fileName))], fileName, { type });
}

function startsWithSampleName(accessibleName: string): boolean {
  return accessibleName.startsWith(sampleProjectName);
}

function renderProjectStandIn(projectId: ProjectId) {
  return <output data-testid="open-project">{projectId}</output>;
}

let database: WorkbenchDatabase;
let sampleProjectId: ProjectId;

beforeEach(async () => {
  localStorage.clear();
  database = openTestDatabase();
  const seeded = await seedSampleProjectIfMissing(database, loadSampleCorpus());
  if (seeded === undefined) throw new Error('The fresh test database was already seeded.');
  sampleProjectId = seeded;
});

afterEach(async () => {
  cleanup();
  database.close();
  await database.delete();
});

function renderApp(language: 'en' | 'zh' = 'en') {
  const user = userEvent.setup({ applyAccept: false });
  const rendered = renderWithProviders(<App renderProject={renderProjectStandIn} />, {
    database,
    language,
  });
  return { user, ...rendered };
}

async function projectList() {
  const sidebar = screen.getByRole('navigation', { name: 'Your projects' });
  return within(await within(sidebar).findByRole('list'));
}

async function openNewProjectDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New project' }));
  return within(screen.getByRole('dialog', { name: 'New project' }));
}

describe('App: projects', () => {
  it('lists the seeded sample and opens it by default', async () => {
    renderApp();
    const list = await projectList();
    const sample = list.getByRole('button', { name: startsWithSampleName });
    expect(sample).toHaveAttribute('aria-current', 'page');
    expect(within(sample).getByText('Sample')).toBeInTheDocument();
    expect(screen.getByTestId('open-project')).toHaveTextContent(sampleProjectId);
  });

  it('creates a project from pasted text, taking HTML as plain text, and opens it', async () => {
    const { user } = renderApp();
    const dialog = await openNewProjectDialog(user);
    await user.type(dialog.getByRole('textbox', { name: 'Project name' }), '  Pasted news  ');
    await user.click(dialog.getByRole('textbox', { name: 'Source text' }));
    await user.paste('<b>第一句。</b>第二句！\n<script>alert(1)</script>第三句？');

    expect(dialog.getByText('The first 3 sentences:')).toBeInTheDocument();
    expect(dialog.getByText('<b>第一句。')).toBeInTheDocument();
    expect(document.querySelector('b, script')).toBeNull();

    await user.click(dialog.getByRole('button', { name: 'Create project' }));
    const created = await (await projectList()).findByRole('button', { name: 'Pasted news' });
    // The new project is listed first and opened once its glossaries are attached.
    await waitFor(() => expect(created).toHaveAttribute('aria-current', 'page'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const projects = await listProjects(database);
    const project = projects.find((candidate) => candidate.name === 'Pasted news');
    expect(project).toBeDefined();
    expect(screen.getByTestId('open-project')).toHaveTextContent(project?.id ?? 'missing');
    expect(localStorage.getItem(LAST_PROJECT_STORAGE_KEY)).toBe(project?.id);
    const segments = await listProjectSegments(database, project?.id ?? sampleProjectId);
    expect(segments.map((segment) => segment.source).join('')).toBe(
      '<b>第一句。</b>第二句！<script>alert(1)</script>第三句？',
    );
  });

  it('shows a project name with markup as text', async () => {
    const { user } = renderApp();
    const dialog = await openNewProjectDialog(user);
    const markup = '<img src=x onerror="alert(1)"><i>名</i>';
    await user.click(dialog.getByRole('textbox', { name: 'Project name' }));
    await user.paste(markup);
    await user.click(dialog.getByRole('textbox', { name: 'Source text' }));
    await user.paste('正文。');
    await user.click(dialog.getByRole('button', { name: 'Create project' }));
    expect(await (await projectList()).findByRole('button', { name: markup })).toBeInTheDocument();
    expect(document.querySelector('img, i')).toBeNull();
  });

  it('keeps Create disabled until there is text, and asks for a name', async () => {
    const { user } = renderApp();
    const dialog = await openNewProjectDialog(user);
    const create = dialog.getByRole('button', { name: 'Create project' });
    expect(create).toBeDisabled();
    await user.click(dialog.getByRole('textbox', { name: 'Source text' }));
    await user.paste(' \n ');
    expect(create).toBeDisabled();
    await user.paste('一句。');
    expect(create).toBeEnabled();
    await user.click(create);
    expect(dialog.getByRole('alert')).toHaveTextContent('Give the project a name.');
    expect(await listProjects(database)).toHaveLength(1);
  });

  it('counts the Chinese characters of a pasted text, formatted for the UI language', async () => {
    const { user } = renderApp('zh');
    await user.click(await screen.findByRole('button', { name: '新建项目' }));
    const dialog = within(screen.getByRole('dialog', { name: '新建项目' }));
    await user.click(dialog.getByRole('textbox', { name: '原文' }));
    await user.paste(`${'山西转型发展快。'.repeat(20_381)}Shanxi, 2024！`);
    expect(dialog.getByText('142,667 个汉字')).toBeInTheDocument();
  });

  it.each([
    ['NUL characters', '第一句。\u0000第二句。\u0000', 'holds 2 characters', '第一句。第二句。'],
    ['a lone surrogate', '第一句。\ud842第二句。', 'holds 1 character', '第一句。第二句。'],
  ])(
    'refuses a pasted text with %s until they are removed',
    async (_label, pasted, message, stored) => {
      const { user } = renderApp();
      const dialog = await openNewProjectDialog(user);
      await user.type(dialog.getByRole('textbox', { name: 'Project name' }), 'Pasted');
      fireEvent.change(dialog.getByRole('textbox', { name: 'Source text' }), {
        target: { value: pasted },
      });
      expect(dialog.getByRole('alert')).toHaveTextContent(message);
      expect(dialog.getByRole('button', { name: 'Create project' })).toBeDisabled();

      await user.click(dialog.getByRole('button', { name: 'Remove them' }));
      expect(dialog.queryByRole('alert')).not.toBeInTheDocument();
      expect(dialog.getByRole('textbox', { name: 'Source text' })).toHaveValue(stored);
      await user.click(dialog.getByRole('button', { name: 'Create project' }));
      await (await projectList()).findByRole('button', { name: 'Pasted' });
      const project = (await listProjects(database)).find((row) => row.name === 'Pasted');
      const segments = await listProjectSegments(database, project?.id ?? sampleProjectId);
      expect(segments.map((segment) => segment.source).join('')).toBe(stored);
    },
  );

  it('creates a project from a GB18030 file with the Chinese decoded correctly', async () => {
    const { user } = renderApp();
    const dialog = await openNewProjectDialog(user);
    await user.click(dialog.getByRole('radio', { name: 'Open a .txt file' }));
    await user.upload(dialog.getByLabelText('Choose a .txt file…'), fixtureFile('zh-gb18030.txt'));

    expect(await dialog.findByText('Detected encoding: GB18030')).toBeInTheDocument();
    expect(dialog.getByText('晋北新闻简报')).toBeInTheDocument();
    expect(dialog.getByRole('textbox', { name: 'Project name' })).toHaveValue('zh-gb18030');
    const decoded = new TextDecoder('gb18030').decode(
      readFileSync(join(fixturesDirectory, 'zh-gb18030.txt')),
    );
    expect(
      await dialog.findByText(
        `zh-gb18030.txt: ${countChineseCharacters(decoded)} Chinese characters`,
        { exact: false },
      ),
    ).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Create project' }));
    await (await projectList()).findByRole('button', { name: 'zh-gb18030' });
    const project = (await listProjects(database)).find(
      (candidate) => candidate.name === 'zh-gb18030',
    );
    const segments = await listProjectSegments(database, project?.id ?? sampleProjectId);
    const sources = segments.map((segment) => segment.source);
    expect(sources[0]).toBe('晋北新闻简报');
    expect(sources.join('')).toContain('姓氏“𠮷”与“䶮”不在GBK字符集中。');
  });

  it.each([
    ['zh-hant-big5.txt', 'Detected encoding: Big5', 'Traditional Chinese.', '晉北新聞簡報'],
    [
      'en-latin1.txt',
      'Detected encoding: Windows-1252',
      'Western European (Latin-1) text, not Chinese',
      'Cafés were full.',
    ],
  ])('opens %s, naming its encoding', async (fileName, encoding, note, firstSentence) => {
    const { user } = renderApp();
    const dialog = await openNewProjectDialog(user);
    await user.click(dialog.getByRole('radio', { name: 'Open a .txt file' }));
    await user.upload(dialog.getByLabelText('Choose a .txt file…'), fixtureFile(fileName));
    expect(await dialog.findByText(encoding)).toBeInTheDocument();
    expect(dialog.getByText(note, { exact: false })).toBeInTheDocument();
    expect(dialog.getByText(firstSentence, { exact: false })).toBeInTheDocument();
  });

  it('formats the Chinese characters of a large file for the UI language', async () => {
    const { user } = renderApp();
    const dialog = await openNewProjectDialog(user);
    await user.click(dialog.getByRole('radio', { name: 'Open a .txt file' }));
    const text = '山西转型发展，今年投资。\n'.repeat(14_267);
    await user.upload(
      dialog.getByLabelText('Choose a .txt file…'),
      new File([text], 'large.txt', { type: 'text/plain' }),
    );
    expect(
      await dialog.findByText('large.txt: 142,670 Chinese characters', { exact: false }),
    ).toBeInTheDocument();
  });

  it('opens a .txt file dropped on the dialog, even in paste mode', async () => {
    const { user } = renderApp();
    const dialog = await openNewProjectDialog(user);
    const form = dialog.getByRole('textbox', { name: 'Source text' }).closest('form');
    if (form === null) throw new Error('The dialog has no form.');
    fireEvent.drop(form, {
      dataTransfer: { files: [fixtureFile('zh-gbk.txt')], types: ['Files'] },
    });

    expect(await dialog.findByText('Detected encoding: GB18030')).toBeInTheDocument();
    expect(dialog.getByRole('radio', { name: 'Open a .txt file' })).toBeChecked();
    expect(dialog.getByText('晋北新闻简报')).toBeInTheDocument();
  });

  it('closes the dialog with Escape and gives the focus back', async () => {
    const { user } = renderApp();
    await openNewProjectDialog(user);
    expect(screen.getByRole('textbox', { name: 'Project name' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New project' })).toHaveFocus();
  });

  const refusedFiles: { name: string; file: () => File; message: RegExp }[] = [
    {
      name: 'an empty file',
      file: () => fixtureFile('empty.txt'),
      message: /“empty\.txt” is empty/,
    },
    {
      name: 'a whitespace-only file',
      file: () => fixtureFile('whitespace-only.txt'),
      message: /is empty/,
    },
    {
      name: 'a binary file',
      file: () => fixtureFile('binary.png', 'image/png'),
      message: /“binary\.png” is not plain text/,
    },
    {
      name: 'an undecodable file',
      file: () => fixtureFile('undecodable.txt'),
      message: /encoding of “undecodable\.txt” could not be recognised/,
    },
    {
      name: 'a Japanese file in Shift_JIS',
      file: () => fixtureFile('ja-shift-jis.txt'),
      message: /“ja-shift-jis\.txt” looks like Japanese text in Shift_JIS, not Chinese/,
    },
    {
      name: 'a Korean file in EUC-KR',
      file: () => fixtureFile('ko-euc-kr.txt'),
      message: /looks like Korean text in EUC-KR/,
    },
    {
      name: 'a file that changes encoding',
      file: () =>
        new File(
          ['第一行。\n'.repeat(10_000), readFileSync(join(fixturesDirectory, 'zh-gbk.txt'))],
          'mixed.txt',
        ),
      message: /“mixed\.txt” starts in UTF-8 but is not valid UTF-8 from about line 10001 on/,
    },
    {
      name: 'a file over 50 MB, before reading it',
      file: () => {
        const file = new File(['这个文件太大。'], 'huge.txt', { type: 'text/plain' });
        Object.defineProperty(file, 'size', { value: MAX_TEXT_FILE_BYTES + 1 });
        Object.defineProperty(file, 'arrayBuffer', {
          value: () => Promise.reject(new Error('read a file that is too large')),
        });
        return file;
      },
      message: /“huge\.txt” is larger than 50 MB/,
    },
  ];

  it.each(refusedFiles)(
    'refuses $name with a reason, keeps Create disabled and stores nothing',
    async ({ file, message }) => {
      const { user } = renderApp();
      const dialog = await openNewProjectDialog(user);
      await user.type(dialog.getByRole('textbox', { name: 'Project name' }), 'Refused');
      await user.click(dialog.getByRole('radio', { name: 'Open a .txt file' }));
      await user.upload(dialog.getByLabelText('Choose a .txt file…'), file());

      expect(await dialog.findByRole('alert')).toHaveTextContent(message);
      const create = dialog.getByRole('button', { name: 'Create project' });
      expect(create).toBeDisabled();
      await user.click(create);
      const alerts = dialog.getAllByRole('alert').map((alert) => alert.textContent);
      expect(alerts).toEqual([expect.stringMatching(message)]);
      expect((await listProjects(database)).map((project) => project.id)).toEqual([
        sampleProjectId,
      ]);
    },
  );

  it('renames a project, trimming the name and refusing a blank one', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: `Rename “${sampleProjectName}”` }));
    const dialog = within(screen.getByRole('dialog', { name: 'Rename project' }));
    const input = dialog.getByRole('textbox', { name: 'Project name' });
    expect(input).toHaveFocus();

    await user.clear(input);
    await user.type(input, '   ');
    await user.click(dialog.getByRole('button', { name: 'Rename' }));
    expect(dialog.getByRole('alert')).toHaveTextContent('The name cannot be empty.');

    await user.clear(input);
    await user.type(input, '  Shanxi sample  ');
    await user.click(dialog.getByRole('button', { name: 'Rename' }));
    expect(
      await (await projectList()).findByRole('button', { name: /^Shanxi sample/ }),
    ).toBeInTheDocument();
    const [renamed] = await listProjects(database);
    expect(renamed?.name).toBe('Shanxi sample');
  });

  it('deletes a project only after a confirmation that names it', async () => {
    const { user } = renderApp();
    const deleteButton = await screen.findByRole('button', {
      name: `Delete “${sampleProjectName}”`,
    });

    await user.click(deleteButton);
    let dialog = within(screen.getByRole('alertdialog', { name: 'Delete project?' }));
    expect(
      dialog.getByText(
        `Delete “${sampleProjectName}” with all its documents, translations and history? This cannot be undone.`,
      ),
    ).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await listProjects(database)).toHaveLength(1);

    await user.click(deleteButton);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await listProjects(database)).toHaveLength(1);

    await user.click(deleteButton);
    dialog = within(screen.getByRole('alertdialog', { name: 'Delete project?' }));
    await user.click(dialog.getByRole('button', { name: 'Delete project' }));
    expect(await screen.findByText('No projects yet.')).toBeInTheDocument();
    expect(await listProjects(database)).toEqual([]);
    expect(screen.getByText('No project open')).toBeInTheDocument();
  });

  it('reopens the project opened last', async () => {
    const { user } = renderApp();
    const dialog = await openNewProjectDialog(user);
    await user.type(dialog.getByRole('textbox', { name: 'Project name' }), 'Second');
    await user.click(dialog.getByRole('textbox', { name: 'Source text' }));
    await user.paste('第二个项目。');
    await user.click(dialog.getByRole('button', { name: 'Create project' }));
    await (await projectList()).findByRole('button', { name: 'Second' });

    await user.click((await projectList()).getByRole('button', { name: startsWithSampleName }));
    cleanup();
    renderApp();
    expect(
      await (await projectList()).findByRole('button', { name: startsWithSampleName }),
    ).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('open-project')).toHaveTextContent(sampleProjectId);
  });
});

describe('App: storage', () => {
  it('shows a banner with Reload when another tab upgrades the database', async () => {
    renderApp();
    await (await projectList()).findByRole('button', { name: startsWithSampleName });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const upgrade = indexedDB.open(database.name, 10_000);
    await new Promise((resolve, reject) => {
      upgrade.onsuccess = () => resolve(upgrade.result.close());
      upgrade.onerror = () => reject(upgrade.error);
    });

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('updated or its database was closed in another tab');
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});

describe('App: failures while rendering', () => {
  it('replaces a part that fails with a banner offering Reload', async () => {
    const user = userEvent.setup();
    function FailingView(): never {
      throw new Error('QuotaExceededError');
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithProviders(<App renderProject={() => <FailingView />} />, { database });
    const banner = await screen.findByRole('alert');
    quiet.mockRestore();
    expect(banner).toHaveTextContent('Something went wrong while showing your work');
    expect(screen.getByRole('button', { name: 'New project' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('button', { name: '重新加载' })).toBeInTheDocument();
  });
});

describe('App: language', () => {
  it('switches the labels to Chinese and remembers the choice', async () => {
    const { user } = renderApp();
    expect(await screen.findByRole('button', { name: 'New project' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('button', { name: '新建项目' })).toBeInTheDocument();
    expect(screen.getByText('双语工作台')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');

    await user.click(screen.getByRole('button', { name: '新建项目' }));
    const dialog = within(screen.getByRole('dialog', { name: '新建项目' }));
    expect(dialog.getByRole('button', { name: '取消' })).toBeInTheDocument();
    expect(dialog.getByRole('textbox', { name: '项目名称' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'New project' })).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
