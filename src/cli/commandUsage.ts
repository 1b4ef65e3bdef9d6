import { EVIDENCE_NAMES } from './evidenceNames';

const SEGMENT = `usage: bitext segment FILE --lang zh|en

Splits FILE into sentences: one a line, a blank line between paragraphs.
  --lang zh|en             the language of FILE`;

const ALIGN = `usage: bitext align SOURCE TARGET [--presplit] [--format beads|tsv|json] [--glossary FILE] [--without EVIDENCE,...]

Aligns a Chinese SOURCE with its English TARGET translation, sentence by sentence.
  --presplit               each non-blank line is a sentence, a blank line ends a paragraph
  --format beads|tsv|json  beads: [0,1]:[0] lines, 0-based (the default); tsv: the texts of
                           each bead; json: the beads with their confidences
  --glossary FILE          a tab-separated glossary with zh and en columns (as
                           corpus/glossary.tsv); its terms count as evidence
  --without EVIDENCE,...   leave evidence out, any of:
                           ${EVIDENCE_NAMES.join(', ')}`;

const TM = `usage: bitext tm lookup MEMORY SENTENCE [--min 70]

Looks SENTENCE up in the translation memory MEMORY (a TMX or TSV file) and prints the best matches,
best first, one a line: SCORE<TAB>SOURCE<TAB>TARGET (SCORE the match percentage, 100 exact).
  --min N                  the lowest match percentage printed (70 unless given)`;

const GENERAL = `usage:
  bitext help [COMMAND]
  bitext segment FILE --lang zh|en
  bitext align SOURCE TARGET [--presplit] [--format beads|tsv|json] [--glossary FILE] [--without EVIDENCE,...]
  bitext tm lookup MEMORY SENTENCE [--min 70]

Relative paths are read from the folder bitext is run in. \`bitext COMMAND --help\` describes a command.`;

/** The usage text of one command of `bitext`, or of the whole command line when none is named. */
export function commandUsage(command?: 'segment' | 'align' | 'tm'): string {
  if (command === 'segment') return SEGMENT;
  if (command === 'tm') return TM;
  if (command === 'align') return ALIGN;
  return GENERAL;
}
