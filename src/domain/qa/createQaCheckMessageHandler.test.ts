import { describe, expect, it } from 'vitest';
import { createQaCheckMessageHandler } from './createQaCheckMessageHandler';
import type { QaCheckMessage } from './qaCheckProtocol';
import type { QaSegment } from './qaFinding';
import { runQaChecks } from './runQaChecks';

const segments: QaSegment[] = Array.from({ length: 25 }, (_, index) => ({
  key: `s${index}`,
  source: index % 5 === 0 ? `7月${index + 1}日开工。` : `第${index + 1}句。`,
  target: index % 5 === 0 ? `Work began on July ${index + 2}.` : `Sentence ${index + 1}.`,
}));

describe('createQaCheckMessageHandler', () => {
  it('checks the document a slice at a time, with progress, finding what runQaChecks finds', async () => {
    const posted: QaCheckMessage[] = [];
    const handle = createQaCheckMessageHandler({
      post: (message) => posted.push(message),
      pause: () => Promise.resolve(),
      sliceSize: 10,
    });
    await handle({ type: 'check', runId: 'r', segments });
    expect(
      posted.filter((message) => message.type === 'progress').map((message) => message.checked),
    ).toEqual([0, 10, 20, 25]);
    const done = posted.at(-1);
    expect(done?.type).toBe('done');
    expect(done?.type === 'done' ? done.findings : []).toEqual(runQaChecks(segments));
    expect(runQaChecks(segments).length).toBeGreaterThan(0);
  });

  it('stops at the next slice once its run is cancelled, leaving other runs alone', async () => {
    const posted: QaCheckMessage[] = [];
    let pauses = 0;
    const handle: ReturnType<typeof createQaCheckMessageHandler> = createQaCheckMessageHandler({
      post: (message) => posted.push(message),
      pause: async () => {
        pauses += 1;
        if (pauses === 2) await handle({ type: 'cancel', runId: 'a' });
      },
      sliceSize: 10,
    });
    await handle({ type: 'check', runId: 'a', segments });
    expect(posted.map((message) => message.type)).toEqual(['progress', 'progress', 'cancelled']);
    posted.length = 0;
    await handle({ type: 'check', runId: 'b', segments });
    expect(posted.at(-1)?.type).toBe('done');
  });
});
