// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProjectFromText } from '../../db/projectRepository';
import { listProjectSegments } from '../../db/testing/listProjectSegments';
import { openTestDatabase } from '../../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../../db/WorkbenchDatabase';
import type { ProjectId } from '../../domain/ids';
import type { Segment } from '../../domain/model';
import { renderWithProviders } from '../testing/renderWithProviders';
import { ChecksPanel } from './ChecksPanel';
import type { DocumentCheckCallbacks } from './startDocumentCheck';

const started = vi.hoisted(
  () => [] as { callbacks: DocumentCheckCallbacks; cancel: ReturnType<typeof vi.fn> }[],
);
vi.mock('./startDocumentCheck', () => ({
  startDocumentCheck: (_segments: unknown, callbacks: DocumentCheckCallbacks) => {
    const cancel = vi.fn();
    started.push({ callbacks, cancel });
    return { cancel, isInWorker: true };
  },
}));

let database: WorkbenchDatabase;
let projectId: ProjectId;
let segments: Segment[];

beforeEach(async () => {
  started.length = 0;
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '山西。太原。大同。' });
  segments = await listProjectSegments(database, projectId);
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

describe('ChecksPanel', () => {
  it('shows the check’s progress, stops it on Cancel and takes no late answer', async () => {
    renderWithProviders(
      <ChecksPanel
        projectId={projectId}
        segments={segments}
        focusedSegment={undefined}
        targetTextOf={(segment) => segment.targetText}
        onGoTo={() => undefined}
      />,
      { database },
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Check document' }));
    expect(await screen.findByText('0 of 3 segments checked')).toBeTruthy();
    const [first] = started;
    if (first === undefined) throw new Error('no check started');
    act(() => first.callbacks.onProgress(2, 3));
    expect(screen.getByText('2 of 3 segments checked')).toBeTruthy();
    expect(
      screen.getByRole('progressbar', { name: 'Progress of the document check' }),
    ).toHaveAttribute('value', '2');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(first.cancel).toHaveBeenCalledOnce();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Check document' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Check document' }));
    const second = started[1];
    if (second === undefined) throw new Error('no second check');
    // The cancelled run's progress no longer shows.
    act(() => first.callbacks.onProgress(3, 3));
    act(() => first.callbacks.onDone([]));
    expect(screen.getByText('0 of 3 segments checked')).toBeTruthy();
    act(() => second.callbacks.onDone([]));
    expect(await screen.findByText('No findings in the document.')).toBeTruthy();
  });

  it('says why a check stopped', async () => {
    renderWithProviders(
      <ChecksPanel
        projectId={projectId}
        segments={segments}
        focusedSegment={undefined}
        targetTextOf={(segment) => segment.targetText}
        onGoTo={() => undefined}
      />,
      { database },
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Check document' }));
    act(() => started[0]?.callbacks.onFailed('out of memory'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The document check stopped: out of memory',
    );
  });
});
