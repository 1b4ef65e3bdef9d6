import { chineseScript } from '../language/chineseScript';
import { isSameLanguage } from '../language/isSameLanguage';
import type { GlossaryEntry, TermStatus } from '../glossary/glossaryEntry';
import { ExchangeFormatError } from '../exchange/ExchangeFormatError';
import { childElements } from '../xml/childElements';
import { elementText } from '../xml/elementText';
import { readXmlStream } from '../xml/readXmlStream';
import type { XmlElement, XmlInput } from '../xml/xmlNode';
import { TBX_PART_OF_SPEECH, TBX_STATUS } from './tbxVocabulary';

export interface TbxReadResult {
  readonly version: 3 | 2;
  readonly entries: GlossaryEntry[];
  /** Lines of concept entries left out because they have no Chinese term or no rendering. */
  readonly skippedLines: number[];
}

const STATUS_OF = new Map<string, TermStatus>(
  Object.entries(TBX_STATUS).map(([status, tbx]) => [tbx, status as TermStatus]),
);
const PART_OF_SPEECH_OF = new Map(
  Object.entries(TBX_PART_OF_SPEECH)
    .filter(([ours]) => ours !== 'phrase')
    .map(([ours, tbx]) => [tbx, ours]),
);

/**
 * Reads a TBX termbase, v3 (`<tbx>`, DCA style) or v2 (`<martif>`), TBX-Basic or close to it: an
 * entry of ours for each English term of a concept, with the concept's Chinese term (the first
 * that is not a variant), its other Chinese terms as variants, domain, definition, and the
 * rendering's part of speech, status, dates and note. The XML reader's refusals apply.
 */
export async function readTbx(input: XmlInput, targetLang = 'en'): Promise<TbxReadResult> {
  let version: 3 | 2 = 3;
  const entries: GlossaryEntry[] = [];
  const skippedLines: number[] = [];
  await readXmlStream(input, {
    onStart: (start, ancestors) => {
      if (ancestors.length > 0) return;
      if (start.name === 'martif') version = 2;
      else if (start.name !== 'tbx')
        throw new ExchangeFormatError('wrongRoot', start.line, start.name);
    },
    collect: (start) => start.name === 'conceptEntry' || start.name === 'termEntry',
    onElement: (concept) => {
      const read = readConcept(concept, targetLang);
      if (read.length === 0) skippedLines.push(concept.line);
      entries.push(...read);
    },
  });
  return { version, entries, skippedLines };
}

function readConcept(concept: XmlElement, targetLang: string): GlossaryEntry[] {
  const sections = [...childElements(concept, 'langSec'), ...childElements(concept, 'langSet')];
  const languageOf = (section: XmlElement) =>
    section.attributes['xml:lang'] ?? section.attributes['lang'] ?? '';
  const chinese = sections
    .filter((section) => chineseScript(languageOf(section)) !== undefined)
    .sort(
      (a, b) =>
        Number(chineseScript(languageOf(a)) === 'Hant') -
        Number(chineseScript(languageOf(b)) === 'Hant'),
    );
  const target = sections.filter((section) => isSameLanguage(languageOf(section), targetLang));
  const termsOf = (section: XmlElement) =>
    [
      ...childElements(section, 'termSec'),
      ...childElements(section, 'tig'),
      ...childElements(section, 'ntig'),
    ].map((term) => {
      const group = childElements(term, 'termGrp')[0] ?? term;
      const termElement = childElements(group, 'term')[0];
      if (termElement === undefined)
        throw new ExchangeFormatError('missingElement', term.line, 'term');
      const notes = new Map<string, string>();
      for (const note of childElements(group, 'termNote'))
        notes.set(note.attributes['type'] ?? '', elementText(note).trim());
      return { term, text: elementText(termElement).trim(), notes };
    });
  const sourceTerms = chinese.flatMap(termsOf);
  const main =
    sourceTerms.find(({ notes }) => notes.get('termType') !== 'variant') ?? sourceTerms[0];
  const renderings = target.flatMap(termsOf);
  if (main === undefined || renderings.length === 0) return [];
  const descrip = (type: string) => {
    const found = [concept, ...sections]
      .flatMap((element) => [
        ...childElements(element, 'descrip'),
        ...childElements(element, 'descripGrp').flatMap((group) => childElements(group, 'descrip')),
      ])
      .find((element) => element.attributes['type'] === type);
    return found === undefined ? undefined : elementText(found).trim();
  };
  const domain = descrip('subjectField');
  // TBX keeps the concept's notes apart from its terms' notes: entryNote is always known here.
  const entryNote = childElements(concept, 'note')
    .map((note) => elementText(note).trim())
    .join('\n');
  const entrySource = [concept, ...sections]
    .flatMap((element) => childElements(element, 'admin'))
    .find((element) => element.attributes['type'] === 'source');

  const definition = descrip('definition');
  const variants = sourceTerms.filter((term) => term !== main).map(({ text }) => text);
  const conceptId = concept.attributes['id'];
  return renderings.map(({ term, text, notes }) => {
    const status = STATUS_OF.get(notes.get('administrativeStatus') ?? '');
    const partOfSpeech = partOfSpeechOf(notes) || partOfSpeechOf(main.notes);
    const date = (type: string) => {
      const group = childElements(term, 'transacGrp').find((candidate) =>
        childElements(candidate, 'transac').some((transac) => elementText(transac).trim() === type),
      );
      const value = group === undefined ? undefined : childElements(group, 'date')[0];
      const time = value === undefined ? Number.NaN : Date.parse(elementText(value).trim());
      return Number.isNaN(time) ? undefined : time;
    };
    const createdAt = date('origination');
    const changedAt = date('modification');
    return {
      source: main.text,
      target: text,
      partOfSpeech,
      note: childElements(term, 'note')
        .map((note) => elementText(note).trim())
        .join('\n'),
      entryNote,
      ...(entrySource === undefined ? {} : { entrySource: elementText(entrySource).trim() }),
      ...(status === undefined ? {} : { status }),
      ...(domain === undefined ? {} : { domain }),
      ...(definition === undefined ? {} : { definition }),
      ...(variants.length === 0 ? {} : { sourceVariants: variants }),
      ...(conceptId === undefined ? {} : { conceptId }),
      ...(createdAt === undefined ? {} : { createdAt }),
      ...(changedAt === undefined ? {} : { changedAt }),
    };
  });
}

function partOfSpeechOf(notes: ReadonlyMap<string, string>): string {
  const value = notes.get('partOfSpeech');
  if (value === undefined) return '';
  if (value === 'other' && notes.get('termType') === 'phrase') return 'phrase';
  return PART_OF_SPEECH_OF.get(value) ?? value;
}
