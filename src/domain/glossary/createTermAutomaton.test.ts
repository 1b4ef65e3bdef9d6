import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTermAutomaton } from './createTermAutomaton';

describe('createTermAutomaton', () => {
  it('reports nested and overlapping occurrences with findAll', () => {
    const automaton = createTermAutomaton([
      { id: 'a', source: '基本' },
      { id: 'b', source: '两个基本实现' },
      { id: 'c', source: '实现目标' },
    ]);
    expect(automaton.findAll('两个基本实现目标')).toEqual([
      { id: 'b', start: 0, end: 6 },
      { id: 'a', start: 2, end: 4 },
      { id: 'c', start: 4, end: 8 },
    ]);
  });

  it('finds every occurrence a naive scan finds', () => {
    const alphabet = fc.constantFrom('山', '西', '高', '校', '實', '实', 'a', 'A');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        fc.string({ unit: alphabet, maxLength: 30 }),
        (sources, text) => {
          const automaton = createTermAutomaton(sources.map((source, id) => ({ id, source })));
          const fold = (value: string) => value.replaceAll('實', '实').toLowerCase();
          const expected = new Set<string>();
          const seen = new Set<string>();
          sources.forEach((source, id) => {
            if (seen.has(fold(source))) return;
            seen.add(fold(source));
            for (let start = 0; start + source.length <= text.length; start += 1)
              if (fold(text.slice(start, start + source.length)) === fold(source))
                expected.add(`${id}@${start}`);
          });
          const found = automaton.findAll(text).map((match) => `${match.id}@${match.start}`);
          expect(new Set(found)).toEqual(expected);
          expect(found.length).toBe(expected.size);
        },
      ),
    );
  });
});
