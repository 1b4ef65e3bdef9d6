import type { QaFinding } from '../domain/qa/qaFinding';

/** A finding's DETAIL as `bitext qa` prints it: one line of English. */
export function describeQaFinding({ check, values }: QaFinding): string {
  const value = (name: string): string => values[name] ?? '';
  switch (check) {
    case 'empty-target':
      return 'the translation is empty';
    case 'untranslated':
      return `Chinese left in the translation: "${value('text')}"`;
    case 'same-as-source':
      return 'the translation is the source';
    case 'numbers':
      return value('side') === 'source'
        ? `${value('number')} (${value('value')}) of the source is not in the translation`
        : `${value('number')} is not in the source`;
    case 'chinese-punctuation':
      return `Chinese or full-width "${value('character')}" in the English`;
    case 'double-space':
      return `doubled spaces (${value('count')})`;
    case 'doubled-word':
      return `"${value('word')}" twice in a row`;
    case 'unbalanced-quotes':
      return 'quotation marks do not pair up';
    case 'unbalanced-brackets':
      return `"${value('character')}" has no partner`;
    case 'length-ratio':
      return `${value('direction') === 'long' ? 'long' : 'short'}: ${value('ratio')} target characters a source character, the document's norm ${value('norm')}`;
    case 'inconsistent-translation':
      return `the same source is translated "${value('other')}" elsewhere`;
    case 'inconsistent-source':
      return `the same translation is given for "${value('other')}" elsewhere`;
    case 'term-missing':
      return `${value('term')}: expected "${value('expected')}"`;
    case 'term-forbidden':
    case 'term-deprecated':
    case 'term-inconsistent':
      return `${value('term')}: used "${value('used')}"${values['expected'] === undefined ? '' : `, expected "${value('expected')}"`}`;
  }
}
