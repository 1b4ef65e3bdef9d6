import { QA_CHECK_NAMES } from '../domain/qa/qaFinding';
import { EVIDENCE_NAMES } from './evidenceNames';

const SEGMENT = `usage: bitext segment FILE --lang zh|en

Splits FILE into sentences: one a line, a blank line between paragraphs.
  --lang zh|en             the language of FILE`;

const ALIGN = `usage: bitext align SOURCE TARGET [--presplit] [--format beads|tsv|json] [--glossary FILE] [--without EVIDENCE,...]

Aligns a Chinese SOURCE with its English TARGET translation, sentence by sentence.
  --presplit               each non-blank line is a sentence, a blank line ends a paragraph
  --format beads|tsv|json  beads: [0,1]:[0] lines, 0-based (the default); tsv: the texts of
                           each bead; json: the beads with their confidences and
                           the assessment of the run
  --glossary FILE          a tab-separated glossary with zh and en columns (as
                           corpus/glossary.tsv); its terms count as evidence
  --without EVIDENCE,...   leave evidence out, any of:
                           ${EVIDENCE_NAMES.join(', ')}

Warnings about the run (not a translation, languages swapped, a one-sided stretch…)
go to standard error; the beads are printed all the same.`;

const CONVERT = `usage: bitext convert IN [SIDE] --to tmx|xliff2|xliff12|tsv|csv|moses|jsonl [-o OUT] [--source-lang zh-CN] [--target-lang en] [--without-untranslated] [--document NAME] [--filter TEXT] [--status S,...]

Converts parallel text. IN is TMX, XLIFF 2.0 or 1.2, TSV, CSV, JSON Lines or a project bundle
(every document's segments), told from its content; a Moses pair is NAME.zh (and NAME.en
beside it, or named as SIDE).
  --to FORMAT              tmx, xliff2, xliff12, tsv, csv (with a BOM, for spreadsheets),
                           moses (NAME.zh and NAME.en, one segment a line), jsonl
  -o, --output OUT         the file to write (standard output without it; moses: NAME)
  --source-lang TAG        the source language to read (matched leniently: zh, zh-CN, zh_CN,
  --target-lang TAG        zh-Hans are one, zh-TW apart) and to write as the files' language tags
  --without-untranslated   leave out units without a translation
  --document NAME          only the document NAME (of a bundle, or an XLIFF file's <file>)
  --filter TEXT            only the units holding TEXT in the source or the target (as the
                           app's segment filter: any case, full-width forms as ASCII)
  --status S,...           only the units of these statuses (new, draft, translated, reviewed,
                           approved, rejected, locked)`;

const GLOSSARY = `usage: bitext glossary convert IN --to tsv|csv|tbx|tbx2 [-o OUT]
       bitext glossary check --glossary G SOURCE TARGET [--presplit]   (see glossary check --help)

Converts a glossary. IN is TSV, CSV (a header naming zh, en and optional status, pos, note,
domain, definition, variants, created, changed), TBX v3 TBX-Basic or TBX v2 (martif), told from
its content.
  --to FORMAT              tsv, csv (both UTF-8 with a BOM), tbx (v3, TBX-Basic, DCA style),
                           tbx2 (v2 martif, what most desktop tools read)
  -o, --output OUT         the file to write (standard output without it)`;

const TM = `usage: bitext tm lookup MEMORY SENTENCE [--min 70]

Looks SENTENCE up in the translation memory MEMORY (a TMX or TSV file) and prints the best matches,
best first, one a line: SCORE<TAB>SOURCE<TAB>TARGET (SCORE the match percentage, 100 exact).
  --min N                  the lowest match percentage printed (70 unless given)`;

const QA = `usage: bitext qa SOURCE TARGET [--presplit] [--glossary G]

Checks the English TARGET translation of the Chinese SOURCE, sentence by sentence as aligned:
numbers and dates, empty and untranslated sentences, Chinese punctuation, doubled spaces and
words, quotes and brackets, length, consistency and, with a glossary, its terms. Prints
LINE<TAB>CHECK<TAB>DETAIL per finding (LINE 1-based in SOURCE); exits 0 without findings, 1 with.
  --presplit               each non-blank line is a sentence, a blank line ends a paragraph
  --glossary G             a glossary (TSV or CSV with zh and en columns, TBX v3 or v2) whose
                           term checks join the others
CHECK is one of:
${wrap(QA_CHECK_NAMES.join(', '))}`;

const GENERAL = `usage:
  bitext help [COMMAND]
  bitext segment FILE --lang zh|en
  bitext align SOURCE TARGET [--presplit] [--format beads|tsv|json] [--glossary FILE] [--without EVIDENCE,...]
  bitext convert IN [SIDE] --to tmx|xliff2|xliff12|tsv|csv|moses|jsonl [-o OUT] [--source-lang zh-CN] [--target-lang en]
  bitext glossary convert IN --to tsv|csv|tbx|tbx2 [-o OUT]
  bitext glossary check --glossary G SOURCE TARGET [--presplit]
  bitext tm lookup MEMORY SENTENCE [--min 70]
  bitext qa SOURCE TARGET [--presplit] [--glossary G]

Relative paths are read from the folder bitext is run in. \`bitext COMMAND --help\` describes a command.`;

export const COMMAND_NAMES = ['segment', 'align', 'convert', 'glossary', 'tm', 'qa'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const USAGES: Readonly<Record<CommandName, string>> = {
  segment: SEGMENT,
  align: ALIGN,
  convert: CONVERT,
  glossary: GLOSSARY,
  tm: TM,
  qa: QA,
};

/** The usage text of one command of `bitext`, or of the whole command line when none is named. */
export function commandUsage(command?: CommandName): string {
  return command === undefined ? GENERAL : USAGES[command];
}

function wrap(list: string): string {
  const lines: string[] = [];
  for (const word of list.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < 90)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(`  ${word}`);
  }
  return lines.join('\n');
}
