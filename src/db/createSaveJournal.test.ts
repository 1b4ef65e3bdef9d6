import { describe, expect, it } from 'vitest';
import type { SegmentId } from '../domain/ids';
import { richTextFromPlainText } from '../domain/richText';
import {
  createSaveJournal,
  readOrphanJournals,
  replaceJournal,
  SAVE_JOURNAL_KEY_PREFIX,
} from './createSaveJournal';
import { createMemoryStorage } from './testing/createMemoryStorage';

const a = 'segment-a' as SegmentId;
const b = 'segment-b' as SegmentId;
const save = (text: string) => ({ target: richTextFromPlainText(text), event: 'type' as const });

describe('createSaveJournal', () => {
  it('keeps the newest unsaved save of each segment until that very save is settled', () => {
    const storage = createMemoryStorage();
    const journal = createSaveJournal(storage, 'tab-1', () => 1000);
    const first = save('Fir');
    const second = save('First');
    expect(journal.record(a, first)).toBe(true);
    journal.record(a, second);
    journal.record(b, save('Other'));
    journal.settle(a, first);
    const stored = readOrphanJournals(storage, new Set()).get('tab-1');
    expect(stored?.get(a)).toEqual({ save: second, typedAt: 1000 });
    journal.settle(a, second);
    journal.settle(b, save('Other'));
    expect(readOrphanJournals(storage, new Set()).get('tab-1')?.has(a)).toBe(false);
  });

  it('removes its key once nothing is pending', () => {
    const storage = createMemoryStorage();
    const journal = createSaveJournal(storage, 'tab-1');
    const only = save('Only');
    journal.record(a, only);
    journal.settle(a, only);
    expect(storage.items.size).toBe(0);
  });

  it('says when storage refuses the entry, and without storage records nothing', () => {
    const full = {
      ...createMemoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(createSaveJournal(full, 'tab-1').record(a, save('x'))).toBe(false);
    expect(createSaveJournal(undefined, 'tab-1').record(a, save('x'))).toBe(false);
  });
});

describe('readOrphanJournals', () => {
  it('reads the journals of ended sessions only, skipping other keys and broken entries', () => {
    const storage = createMemoryStorage();
    createSaveJournal(storage, 'ended', () => 5).record(a, save('Kept'));
    createSaveJournal(storage, 'live', () => 6).record(b, save('Still typing'));
    storage.setItem('bitext.uiLanguage', 'zh');
    storage.setItem(`${SAVE_JOURNAL_KEY_PREFIX}broken`, '{not json');
    storage.setItem(`${SAVE_JOURNAL_KEY_PREFIX}odd`, JSON.stringify({ [a]: { typedAt: 'x' } }));
    const journals = readOrphanJournals(storage, new Set(['live']));
    expect([...journals.keys()].sort()).toEqual(['broken', 'ended', 'odd']);
    expect(journals.get('ended')?.get(a)?.typedAt).toBe(5);
    expect(journals.get('broken')?.size).toBe(0);
    expect(journals.get('odd')?.size).toBe(0);
  });

  it('replaceJournal keeps only what is left, or removes the key', () => {
    const storage = createMemoryStorage();
    createSaveJournal(storage, 'ended', () => 5).record(a, save('Kept'));
    replaceJournal(storage, 'ended', new Map());
    expect(storage.items.size).toBe(0);
  });
});
