import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMemoryPairs, listMemoryUnits } from '../db/memoryRepository';
import { openTestDatabase } from '../db/testing/openTestDatabase';
import type { WorkbenchDatabase } from '../db/WorkbenchDatabase';
import { writeTmx } from '../domain/exchange/writeTmx';
import { XmlReadError } from '../domain/xml/XmlReadError';
import { TextFileError } from '../domain/text/TextFileError';
import { createExchangeReadMessageHandler } from './createExchangeReadMessageHandler';
import { createExchangeReader, type ExchangeReadPort } from './createExchangeReader';
import type { ExchangeReadMessage } from './exchangeReadProtocol';

let database: WorkbenchDatabase;
beforeEach(() => {
  database = openTestDatabase();
});
afterEach(async () => {
  await database.delete();
});

/** A port to the handler with what it posted, each message cloned as a worker would. */
function portToHandler(unitsPerMessage: number) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const posted: ExchangeReadMessage[] = [];
  const handle = createExchangeReadMessageHandler({
    openDatabase: () => database,
    progressInterval: 0,
    unitsPerMessage,
    post: (message) => {
      const data = structuredClone(message);
      posted.push(data);
      setTimeout(() => {
        for (const listener of listeners) listener(new MessageEvent('message', { data }));
      });
    },
  });
  const port: ExchangeReadPort = {
    postMessage: (message) => void Promise.resolve().then(() => handle(message)),
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  return { port, posted };
}

const file = (text: string, name: string) => new File([text], name);
const units = Array.from({ length: 12 }, (_, index) => ({
  source: `第${index}句。`,
  target: index % 3 === 0 ? '' : `Sentence ${index}.`,
  status: index % 3 === 0 ? ('new' as const) : ('translated' as const),
  note: index === 1 ? 'a note' : '',
}));

describe('reading import files on the exchange read worker', () => {
  it('sends the units in batches, in order, then the languages and format', async () => {
    const { port, posted } = portToHandler(5);
    const progress: number[] = [];
    const tmx = writeTmx({ sourceLang: 'zh-CN', targetLang: 'en-US', units });
    const read = await createExchangeReader(port).read([file(tmx, 'a.tmx')], ({ bytesRead }) =>
      progress.push(bytesRead),
    ).result;
    expect(read).toMatchObject({
      kind: 'parallel',
      format: 'tmx',
      document: { sourceLang: 'zh-CN', targetLang: 'en-US' },
    });
    if (read.kind !== 'parallel') throw new Error('not parallel');
    expect(
      read.document.units.map(({ source, target, note }) => ({ source, target, note })),
    ).toEqual(units.map(({ source, target, note }) => ({ source, target, note })));
    expect(posted.filter((message) => message.type === 'units').map((m) => m.units.length)).toEqual(
      [5, 5, 2],
    );
    expect(progress.at(-1)).toBe(new Blob([tmx]).size);
  });

  it('refuses a billion-laughs file at once, the error as the reader threw it, with its line', async () => {
    const { port } = portToHandler(5);
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`).join('\n')}\n]>\n<tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>&lol9;</seg></tuv></tu></body></tmx>`;
    const refusal = await createExchangeReader(port)
      .read([file(laughs, 'lol.tmx')], () => undefined)
      .result.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(XmlReadError);
    expect(refusal).toMatchObject({ code: 'entityDeclaration', line: 3 });
  });

  it('gives back a text file error (an empty file) as a TextFileError', async () => {
    const { port } = portToHandler(5);
    const refusal = await createExchangeReader(port)
      .read([file('', 'empty.tmx')], () => undefined)
      .result.catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(TextFileError);
    expect(refusal).toMatchObject({ reason: 'empty' });
  });

  it('stops a read whose cancel arrives between two pieces of the file, sending no units', async () => {
    const posted: ExchangeReadMessage[] = [];
    const handle = createExchangeReadMessageHandler({
      openDatabase: () => database,
      progressInterval: 0,
      post: (message) => {
        posted.push(message);
        if (message.type === 'progress') void handle({ type: 'cancel', jobId: message.jobId });
      },
    });
    const many = Array.from({ length: 20_000 }, (_, index) => ({
      source: `第${index}句。`,
      target: `Sentence ${index}.`,
      status: 'translated' as const,
      note: '',
    }));
    const tmx = writeTmx({ sourceLang: 'zh-CN', targetLang: 'en', units: many });
    await handle({ type: 'read', jobId: 'job', files: [file(tmx, 'a.tmx')] });
    expect(posted.map((message) => message.type)).toEqual(['progress', 'cancelled']);
  });

  it('stores the pairs it read into the memory only when asked, skipping those already there', async () => {
    await importMemoryPairs(database, [{ source: '第1句。', target: 'Sentence 1.' }]);
    const { port } = portToHandler(5);
    const reader = createExchangeReader(port);
    const tmx = writeTmx({ sourceLang: 'zh-CN', targetLang: 'en', units });
    await reader.read([file(tmx, 'a.tmx')], () => undefined).result;
    expect(await listMemoryUnits(database)).toHaveLength(1);
    const progress: number[] = [];
    const added = await reader.storeMemory(database.name, (done) => progress.push(done)).result;
    expect(added).toBe(7);
    expect(progress.at(-1)).toBe(12);
    expect((await listMemoryUnits(database)).map((unit) => unit.source).sort()).toEqual(
      units
        .filter((unit) => unit.target !== '')
        .map((unit) => unit.source)
        .sort(),
    );
  });

  it('rolls a cancelled store back, leaving the memory as it was', async () => {
    await importMemoryPairs(database, [{ source: '旧', target: 'Old' }]);
    const posted: ExchangeReadMessage[] = [];
    const handle = createExchangeReadMessageHandler({
      openDatabase: () => database,
      progressInterval: 0,
      post: (message) => {
        posted.push(message);
        if (message.type === 'storing') void handle({ type: 'cancel', jobId: message.jobId });
      },
    });
    const many = Array.from({ length: 9000 }, (_, index) => ({
      source: `第${index}句。`,
      target: `Sentence ${index}.`,
      status: 'translated' as const,
      note: '',
    }));
    const tmx = writeTmx({ sourceLang: 'zh-CN', targetLang: 'en', units: many });
    await handle({ type: 'read', jobId: 'read', files: [file(tmx, 'a.tmx')] });
    await handle({ type: 'storeMemory', jobId: 'store', databaseName: database.name });
    expect(posted.filter((message) => message.jobId === 'store').map((m) => m.type)).toEqual([
      'storing',
      'cancelled',
    ]);
    expect((await listMemoryUnits(database)).map((unit) => unit.source)).toEqual(['旧']);
  });

  it('refuses to store before anything was read', async () => {
    const { port } = portToHandler(5);
    await expect(
      createExchangeReader(port).storeMemory(database.name, () => undefined).result,
    ).rejects.toThrow(/No parallel text/);
  });
});
