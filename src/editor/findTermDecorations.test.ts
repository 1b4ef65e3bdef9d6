import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import type { TermId } from '../domain/ids';
import { createSourceExtensions } from './createSourceExtensions';
import { createTargetExtensions } from './createTargetExtensions';
import { editorJsonFromPlainText } from './editorJsonFromPlainText';
import { findTermDecorations } from './findTermDecorations';
import type { HighlightTerm } from './highlightTerm';
import { termHighlightAttributes } from './termHighlightAttributes';

const term = (id: string, source: string, target = `${source}-en`, note = ''): HighlightTerm => ({
  id: id as TermId,
  source,
  target,
  note,
});
const sourceSchema = getSchema(createSourceExtensions([]));

function highlights(text: string, terms: readonly HighlightTerm[]) {
  const doc = sourceSchema.nodeFromJSON(editorJsonFromPlainText(text));
  return findTermDecorations(doc, terms)
    .find()
    .map((decoration) => ({
      text: doc.textBetween(decoration.from, decoration.to),
      id: (decoration.spec as { termId: TermId }).termId,
    }));
}

describe('findTermDecorations', () => {
  it.each([
    ['no terms', '两个基本实现', [], []],
    [
      'one term',
      '实现两个基本实现目标',
      [term('a', '两个基本实现')],
      [{ text: '两个基本实现', id: 'a' }],
    ],
    [
      'longest match first',
      '两个基本实现',
      [term('short', '基本'), term('long', '两个基本实现')],
      [{ text: '两个基本实现', id: 'long' }],
    ],
    [
      'several terms in text order',
      '京津冀和海外仓',
      [term('w', '海外仓'), term('j', '京津冀')],
      [
        { text: '京津冀', id: 'j' },
        { text: '海外仓', id: 'w' },
      ],
    ],
    [
      'markup is just text',
      '<script>两个基本实现</script>',
      [term('a', '两个基本实现')],
      [{ text: '两个基本实现', id: 'a' }],
    ],
  ])('%s', (_name, text, terms, expected) => {
    expect(highlights(text, terms)).toEqual(expected);
  });

  it('does not match across a hard break', () => {
    const schema = getSchema(createTargetExtensions());
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '京津' },
            { type: 'hardBreak' },
            { type: 'text', text: '冀' },
          ],
        },
      ],
    });
    expect(findTermDecorations(doc, [term('j', '京津冀')]).find()).toEqual([]);
  });

  it.each([
    [
      'with a note',
      term('d', '双一流', 'Double First-Class', 'university initiative'),
      'Double First-Class — university initiative',
    ],
    ['without a note', term('d', '双一流', 'Double First-Class'), 'Double First-Class'],
  ])('describes a term %s by its rendering and note', (_name, input, description) => {
    expect(termHighlightAttributes(input, true)).toMatchObject({
      'data-term-id': 'd',
      'data-tooltip': description,
      'aria-description': description,
      'aria-describedby': 'term-tooltip-d',
      tabindex: '0',
    });
  });

  it.each([
    [0, [true, false, false]],
    [2, [false, false, true]],
    [5, [false, false, true]],
  ])('makes only the term at index %i a Tab stop', (tabStop, isTabStop) => {
    const doc = sourceSchema.nodeFromJSON(editorJsonFromPlainText('京津冀和海外仓在大同。'));
    const terms = [term('j', '京津冀'), term('w', '海外仓'), term('d', '大同')];
    const decorations = findTermDecorations(doc, terms, tabStop).find();
    expect(
      decorations.map((decoration) => (decoration.spec as { isTabStop: boolean }).isTabStop),
    ).toEqual(isTabStop);
  });
});
