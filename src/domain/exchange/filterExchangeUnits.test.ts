import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from './exchangeUnit';
import { filterExchangeUnits } from './filterExchangeUnits';

const document: ExchangeDocument = {
  sourceLang: 'zh-CN',
  targetLang: 'en',
  units: [
    { source: '山西。', target: 'Shanxi.', status: 'approved', note: '' },
    { source: '太原。', target: '', status: 'new', note: '' },
    { source: '山西太原。', target: 'Taiyuan, Shanxi.', status: 'draft', note: 'n' },
  ],
};

describe('filterExchangeUnits', () => {
  it.each([
    [{ query: '', statuses: [] }, ['山西。', '太原。', '山西太原。']],
    [{ query: '山西', statuses: [] }, ['山西。', '山西太原。']],
    [{ query: 'TAIYUAN', statuses: [] }, ['山西太原。']],
    [{ query: '', statuses: ['new', 'approved'] as const }, ['山西。', '太原。']],
    [{ query: '太原', statuses: ['draft'] as const }, ['山西太原。']],
    [{ query: 'shanxi', statuses: [], side: 'source' as const }, []],
  ])('keeps what %j keeps, in order', (filter, sources) => {
    expect(filterExchangeUnits(document, filter).units.map((unit) => unit.source)).toEqual(sources);
  });

  it('leaves the document it is given as it was', () => {
    const before = structuredClone(document);
    filterExchangeUnits(document, { query: '山西', statuses: ['draft'] });
    expect(document).toEqual(before);
  });
});
