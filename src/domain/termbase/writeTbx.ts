import type { GlossaryEntry } from '../glossary/glossaryEntry';
import { escapeXmlText } from '../xml/escapeXmlText';
import { xmlElementText } from '../xml/xmlElementText';
import { partOfSpeechFromText } from '../glossary/partOfSpeechFromText';
import { splitConceptNotes } from '../glossary/splitConceptNotes';
import { TBX_ELEMENTS, TBX_PART_OF_SPEECH, TBX_STATUS } from './tbxVocabulary';

export interface TbxWriteOptions {
  /** 3: TBX v3 (ISO 30042:2019) TBX-Basic, DCA style; 2: TBX v2 `martif`, for older tools. */
  readonly version: 3 | 2;
  readonly sourceLang?: string;
  readonly targetLang?: string;
}

const XML_ID = /^[\p{L}_][\p{L}\p{N}._-]*$/u;

/**
 * A TBX-Basic termbase: one concept entry for the entries sharing a concept id (or a Chinese
 * term), its domain, definition, note and source (`entrySource`) at the concept level (notes told
 * apart by splitConceptNotes, so a table with one note column puts its first note there); a Chinese language section with the
 * term and its variants (termType variant) and the part of speech its renderings share; an
 * English one with a term section a rendering: part of speech, administrativeStatus, creation and change dates, note. Concept ids are valid
 * XML ids (an id that is not one, or is taken, is replaced by `c` and a number).
 */
export function writeTbx(entries: readonly GlossaryEntry[], options: TbxWriteOptions): string {
  const names = TBX_ELEMENTS[options.version];
  const sourceLang = options.sourceLang ?? 'zh-CN';
  const targetLang = options.targetLang ?? 'en';
  const concepts = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const key =
      entry.conceptId === undefined ? `source\u0000${entry.source}` : `id\u0000${entry.conceptId}`;
    const concept = concepts.get(key);
    if (concept === undefined) concepts.set(key, [entry]);
    else concept.push(entry);
  }
  const taken = new Set<string>();
  const body = [...concepts.values()].map((renderings, index) => {
    const [first] = renderings;
    if (first === undefined) return '';
    const ownId = first.conceptId;
    const id =
      ownId !== undefined && XML_ID.test(ownId) && !taken.has(ownId) && !/^c\d+$/.test(ownId)
        ? ownId
        : `c${index + 1}`;
    taken.add(id);
    const descrip = (type: string, value: string | undefined) =>
      value === undefined || value === ''
        ? ''
        : xmlElementText('descrip', { type }, escapeXmlText(value));
    const term = (content: string) =>
      options.version === 2
        ? xmlElementText('tig', {}, content)
        : xmlElementText('termSec', {}, content);
    const termNote = (type: string, value: string) =>
      xmlElementText('termNote', { type }, escapeXmlText(value));
    // A line's part of speech is as a file or the app spelled it (`properNoun`, `proper noun`).
    const partOfSpeech = (value: string) => {
      const ours = partOfSpeechFromText(value);
      if (ours === undefined) return '';
      return (
        termNote('partOfSpeech', TBX_PART_OF_SPEECH[ours]) +
        (ours === 'phrase' ? termNote('termType', 'phrase') : '')
      );
    };
    const transaction = (type: string, time: number | undefined) =>
      time === undefined
        ? ''
        : `<transacGrp><transac type="transactionType">${type}</transac><date>${new Date(time).toISOString()}</date></transacGrp>`;
    const sharedPartOfSpeech = renderings.every(
      (rendering) => rendering.partOfSpeech === first.partOfSpeech,
    )
      ? first.partOfSpeech
      : '';
    const sourceTerms = [
      term(`<term>${escapeXmlText(first.source)}</term>${partOfSpeech(sharedPartOfSpeech)}`),
      ...(first.sourceVariants ?? []).map((variant) =>
        term(`<term>${escapeXmlText(variant)}</term>${termNote('termType', 'variant')}`),
      ),
    ].join('');
    const notes = splitConceptNotes(renderings);
    const targetTerms = renderings
      .map((rendering, renderingIndex) =>
        term(
          [
            `<term>${escapeXmlText(rendering.target)}</term>`,
            partOfSpeech(rendering.partOfSpeech),
            rendering.status === undefined
              ? ''
              : termNote('administrativeStatus', TBX_STATUS[rendering.status]),
            transaction('origination', rendering.createdAt),
            transaction('modification', rendering.changedAt),
            (notes.renderingNotes[renderingIndex] ?? '') === ''
              ? ''
              : `<note>${escapeXmlText(notes.renderingNotes[renderingIndex] ?? '')}</note>`,
          ].join(''),
        ),
      )
      .join('');
    return `      ${xmlElementText(
      names.concept,
      { id },
      [
        descrip('subjectField', first.domain),
        descrip('definition', first.definition),
        notes.entryNote === '' ? '' : `<note>${escapeXmlText(notes.entryNote)}</note>`,
        first.entrySource === undefined || first.entrySource === ''
          ? ''
          : xmlElementText('admin', { type: 'source' }, escapeXmlText(first.entrySource)),
        xmlElementText(names.language, { 'xml:lang': sourceLang }, sourceTerms),
        xmlElementText(names.language, { 'xml:lang': targetLang }, targetTerms),
      ].join(''),
    )}\n`;
  });
  const header = `<${names.header}><fileDesc><sourceDesc><p>Bitext Workbench glossary</p></sourceDesc></fileDesc>${
    options.version === 2
      ? '<encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>'
      : ''
  }</${names.header}>`;
  const rootAttributes =
    options.version === 3
      ? { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en', xmlns: 'urn:iso:std:iso:30042:ed-2' }
      : { type: 'TBX-Basic', 'xml:lang': 'en' };
  const root = xmlElementText(
    names.root,
    rootAttributes,
    `\n  ${header}\n  <text>\n    <body>\n${body.join('')}    </body>\n  </text>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
