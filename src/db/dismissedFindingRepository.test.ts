import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectId } from '../domain/ids';
import {
  dismissFinding,
  listDismissedFindingKeys,
  restoreFinding,
} from './dismissedFindingRepository';
import { createProjectFromText } from './projectRepository';
import { openTestDatabase } from './testing/openTestDatabase';
import type { WorkbenchDatabase } from './WorkbenchDatabase';

let database: WorkbenchDatabase;
let projectId: ProjectId;
let otherId: ProjectId;

beforeEach(async () => {
  database = openTestDatabase();
  projectId = await createProjectFromText(database, { name: 'P', text: '第一句。' });
  otherId = await createProjectFromText(database, { name: 'Q', text: '第二句。' });
});
afterEach(async () => {
  await database.delete();
});

describe('dismissed findings', () => {
  it('are stored per project, once each, and can be brought back', async () => {
    await dismissFinding(database, projectId, 'numbers\u241fs1\u241fmissing:28');
    await dismissFinding(database, projectId, 'numbers\u241fs1\u241fmissing:28');
    await dismissFinding(database, otherId, 'empty-target\u241fs2\u241f');
    expect(await listDismissedFindingKeys(database, projectId)).toEqual(
      new Set(['numbers\u241fs1\u241fmissing:28']),
    );
    await restoreFinding(database, projectId, 'numbers\u241fs1\u241fmissing:28');
    expect(await listDismissedFindingKeys(database, projectId)).toEqual(new Set());
    expect(await listDismissedFindingKeys(database, otherId)).toEqual(
      new Set(['empty-target\u241fs2\u241f']),
    );
  });

  it('leave rejected candidates alone', async () => {
    await database.termDecisions.put({
      id: 'x',
      projectId,
      kind: 'rejectedCandidate',
      key: '高校',
      decidedAt: 1,
    });
    expect(await listDismissedFindingKeys(database, projectId)).toEqual(new Set());
  });
});
