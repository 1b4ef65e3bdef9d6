// @vitest-environment jsdom
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../exchangeUnit';
import { ENGLISH_REVIEW_LABELS } from './reviewTableLabels';
import { writeReviewDocx } from './writeReviewDocx';
import { writeReviewHtml } from './writeReviewHtml';

const document: ExchangeDocument = {
  sourceLang: 'zh-CN',
  targetLang: 'en',
  units: [
    {
      source: '高校<script>alert(1)</script>',
      target: 'universities & "colleges"',
      status: 'reviewed',
      note: "reviewer's <b>note</b>",
    },
    { source: '山西\n第二行 𠀋', target: '', status: 'new', note: '' },
    { source: '双一流', target: 'Double First-Class 😀', status: 'approved', note: '' },
  ],
};

describe('writeReviewHtml', () => {
  it('is a standalone page with the units escaped, side by side, with their languages', () => {
    const html = writeReviewHtml(document, ENGLISH_REVIEW_LABELS, 'zh-CN');
    expect(html).not.toMatch(/<script|https?:|src=/);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.documentElement.lang).toBe('zh-CN');
    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => [cell.textContent, cell.getAttribute('lang')]),
    );
    expect(rows[0]).toEqual([
      ['1', null],
      ['高校<script>alert(1)</script>', 'zh-CN'],
      ['universities & "colleges"', 'en'],
      ['Reviewed', null],
      ["reviewer's <b>note</b>", null],
    ]);
    expect(rows[1]?.[1]).toEqual(['山西\n第二行 𠀋', 'zh-CN']);
    expect(page.querySelectorAll('thead th')).toHaveLength(5);
  });

  it('uses the labels it is given (the UI language)', () => {
    const html = writeReviewHtml(document, {
      ...ENGLISH_REVIEW_LABELS,
      source: '中文',
      statuses: { ...ENGLISH_REVIEW_LABELS.statuses, approved: '已批准' },
    });
    expect(html).toContain('<th>中文</th>');
    expect(html).toContain('<td>已批准</td>');
  });
});

describe('writeReviewDocx', () => {
  it('opens in a .docx reader with every unit, status and note in order', async () => {
    const bytes = await writeReviewDocx(document, ENGLISH_REVIEW_LABELS);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(lines.slice(0, 6)).toEqual([
      'Bilingual review',
      '#',
      'Chinese',
      'English',
      'Status',
      'Note',
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        '高校<script>alert(1)</script>',
        'universities & "colleges"',
        'Reviewed',
        "reviewer's <b>note</b>",
        '山西第二行 𠀋',
        'Double First-Class 😀',
        'Approved',
      ]),
    );
    expect(lines.indexOf('高校<script>alert(1)</script>')).toBeLessThan(
      lines.indexOf('Double First-Class 😀'),
    );
  });
});
