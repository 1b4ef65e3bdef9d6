import { spawnSync } from 'node:child_process';
import { Converter } from 'opencc-js/cn2t';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../domain/alignment/engine/alignSentences';
import { emptyScoreCounts } from '../domain/alignment/evaluation/emptyScoreCounts';
import { formatBead } from '../domain/alignment/engine/formatBead';
import { locateSentences, type SentenceSpan } from '../domain/alignment/evaluation/locateSentences';
import { parseBeads, type BeadLink } from '../domain/alignment/evaluation/parseBeads';
import { projectBeads } from '../domain/alignment/evaluation/projectBeads';
import {
  scoreAlignment,
  type AlignmentScoreCounts,
} from '../domain/alignment/evaluation/scoreAlignment';
import {
  tabulateReliability,
  type ReliabilityTable,
} from '../domain/alignment/evaluation/tabulateReliability';
import type { Bead } from '../domain/alignment/engine/alignmentTypes';
import type { CedictIndex } from '../domain/dictionary/cedictIndex';
import { loadCedict } from '../domain/dictionary/loadCedict';
import type { GlossaryEntry } from '../domain/glossary/glossaryEntry';
import { parseGlossaryTsv } from '../domain/glossary/parseGlossaryTsv';
import type { LanguageCode } from '../domain/model';
import { segmentText } from '../domain/segmentation/segmentText';
import { CommandLineError } from './CommandLineError';
import { EVIDENCE_NAMES, type EvidenceName } from './evidenceNames';
import { evidenceWithout } from './evidenceWithout';
import { parseWithout } from './parseWithout';
import { readCedictText } from './readCedictText';
import { readSentences } from './readSentences';
import { readTextFile } from './readTextFile';

/**
 * `npm run eval:align -- ../shared/align-dev [--raw] [--traditional] [--introduction N] [--without X,Y] [--ablation]`: aligns every
 * chapter of a development set (presplit), writes NNN.align files to a temporary folder, scores them
 * against the gold beads and prints strict and lax precision, recall and F1 and recall per bead type;
 * cross-checks with the set's own scorer when it is there. `--ablation` also scores the aligner
 * without each evidence. `--raw` scores end to end: each chapter is joined back into running text
 * (see rawTextOf), segmented by the workbench, aligned, and the beads projected onto the gold
 * sentences by character overlap; it also prints how well the sentence breaks match the gold ones.
 * `--traditional` converts the Chinese side to traditional characters (OpenCC) first.
 * `--introduction N` puts the first N English sentences of another chapter before each chapter's
 * English (a translator's introduction the Chinese lacks; gold: unpaired).
 */
async function main(argumentsGiven: readonly string[]): Promise<void> {
  const directory = resolve(
    argumentsGiven.find(
      (argument, index) =>
        !argument.startsWith('--') &&
        !['--without', '--introduction'].includes(argumentsGiven[index - 1] ?? ''),
    ) ?? '../shared/align-dev',
  );
  const withoutIndex = argumentsGiven.indexOf('--without');
  const without =
    withoutIndex >= 0
      ? parseWithout(argumentsGiven[withoutIndex + 1] ?? '')
      : new Set<EvidenceName>();
  const isRaw = argumentsGiven.includes('--raw');
  const introductionIndex = argumentsGiven.indexOf('--introduction');
  const introductionLength =
    introductionIndex >= 0 ? Number(argumentsGiven[introductionIndex + 1] ?? 0) : 0;
  const toTraditional = argumentsGiven.includes('--traditional')
    ? Converter({ from: 'cn', to: 't' })
    : (text: string) => text;
  const goldDirectory = join(directory, 'gold');
  if (!existsSync(goldDirectory)) throw new CommandLineError(`No gold folder in ${directory}.`);
  const ids = readdirSync(goldDirectory)
    .filter((name) => name.endsWith('.align'))
    .map((name) => name.replace(/\.align$/, ''))
    .sort();
  const chapters = await Promise.all(
    ids.map(async (id) => {
      const source = readSentences(
        toTraditional(await readTextFile(join(directory, 'zh', `${id}.txt`))),
        'zh',
        true,
      );
      const chapterTarget = readSentences(
        await readTextFile(join(directory, 'en', `${id}.txt`)),
        'en',
        true,
      );
      const chapterGold = parseBeads(readFileSync(join(goldDirectory, `${id}.align`), 'utf8'));
      const other = ids[(ids.indexOf(id) + Math.ceil(ids.length / 2)) % ids.length] ?? id;
      const introduction =
        introductionLength > 0
          ? readSentences(await readTextFile(join(directory, 'en', `${other}.txt`)), 'en', true)
              .flat()
              .slice(0, introductionLength)
          : [];
      const target = introduction.length > 0 ? [introduction, ...chapterTarget] : chapterTarget;
      const gold = [
        ...introduction.map((_, index) => ({ source: [], target: [index] })),
        ...chapterGold.map((bead) => ({
          source: bead.source,
          target: bead.target.map((sentence) => sentence + introduction.length),
        })),
      ];
      return isRaw
        ? resegment(id, source.flat(), target.flat(), gold)
        : {
            id,
            source,
            target,
            gold,
            project: (beads: readonly BeadLink[]) => beads,
            breaks: undefined,
          };
    }),
  );
  const dictionary = await loadCedict(readCedictText);
  const warnings: string[] = [];
  const chapterScores: string[] = [];
  const judged: { beads: readonly Bead[]; gold: readonly BeadLink[] }[] = [];
  const evaluate = (
    switchedOff: ReadonlySet<EvidenceName>,
    output?: string,
  ): AlignmentScoreCounts => {
    const counts = emptyScoreCounts();
    warnings.length = 0;
    chapterScores.length = 0;
    judged.length = 0;
    for (const chapter of chapters) {
      const result = alignSentences(
        { source: chapter.source, target: chapter.target },
        evidenceWithout(switchedOff, dictionary satisfies CedictIndex, undefined),
      );
      const beads = chapter.project(result.beads);
      if (!isRaw) judged.push({ beads: result.beads, gold: chapter.gold });
      if (output)
        writeFileSync(join(output, `${chapter.id}.align`), beads.map(formatBead).join('\n') + '\n');
      scoreAlignment(chapter.gold, beads, counts);
      const own = emptyScoreCounts();
      scoreAlignment(chapter.gold, beads, own);
      chapterScores.push(
        `${chapter.id} ${f1(own, 'strict').toFixed(3)}/${f1(own, 'lax').toFixed(3)}`,
      );
      for (const warning of result.assessment?.warnings ?? [])
        warnings.push(`${chapter.id}: ${warning}`);
    }
    return counts;
  };
  const output = mkdtempSync(join(tmpdir(), 'bitext-eval-'));
  const started = performance.now();
  const counts = evaluate(without, output);
  const seconds = (performance.now() - started) / 1000;
  const sourceSentences = chapters.reduce((sum, chapter) => sum + chapter.source.flat().length, 0);
  const targetSentences = chapters.reduce((sum, chapter) => sum + chapter.target.flat().length, 0);
  console.log(
    `${chapters.length} chapters, ${sourceSentences} zh / ${targetSentences} en sentences, aligned in ${seconds.toFixed(2)} s; output in ${output}`,
  );
  console.log(without.size > 0 ? `without: ${[...without].join(', ')}` : 'all evidence');
  if (introductionLength > 0)
    console.log(
      `${introductionLength} English sentences of another chapter before each chapter (gold: unpaired)`,
    );
  if (argumentsGiven.includes('--traditional'))
    console.log('Chinese side converted to traditional characters');
  if (isRaw) {
    console.log(
      'end to end from raw text: gold sentences projected onto the predicted beads by character overlap',
    );
    for (const language of ['zh', 'en'] as const) {
      const breaks = chapters.reduce(
        (sum, chapter) => {
          const side = chapter.breaks?.[language] ?? { found: 0, predicted: 0, gold: 0 };
          return {
            found: sum.found + side.found,
            predicted: sum.predicted + side.predicted,
            gold: sum.gold + side.gold,
          };
        },
        { found: 0, predicted: 0, gold: 0 },
      );
      console.log(
        `${language} sentence breaks: ${breaks.predicted} predicted, ${breaks.gold} in the gold, precision ${ratio(breaks.found, breaks.predicted - breaks.found).toFixed(3)}, recall ${ratio(breaks.found, breaks.gold - breaks.found).toFixed(3)}`,
      );
    }
  }
  console.log(formatScores(counts));
  console.log(`\nstrict/lax F1 per chapter: ${chapterScores.join(', ')}`);
  if (!isRaw) console.log(`\n${formatReliability(tabulateReliability(judged))}`);
  console.log(`warnings: ${warnings.length === 0 ? 'none' : warnings.join('; ')}`);
  const scorer = resolve(directory, '..', 'tools', 'align-score.mjs');
  if (existsSync(scorer) && introductionLength === 0) {
    const check = spawnSync(process.execPath, [scorer, goldDirectory, output], {
      encoding: 'utf8',
    });
    console.log(`\nshared scorer (${scorer}):\n${check.stdout.trim()}`);
  }
  if (argumentsGiven.includes('--ablation')) {
    const sample = await readSampleArticle();
    const sampleScore = (switchedOff: ReadonlySet<EvidenceName>): string => {
      if (!sample) return 'n/a';
      const result = alignSentences(
        { source: sample.source, target: sample.target },
        evidenceWithout(switchedOff, dictionary, sample.glossary),
      );
      const right = result.beads.filter(
        (bead, index) => formatBead(bead) === sample.gold[index],
      ).length;
      return `${right}/${sample.gold.length}`;
    };
    const row = (
      label: string,
      switchedOff: ReadonlySet<EvidenceName>,
      scores: AlignmentScoreCounts,
    ): string =>
      `| ${label} | ${f1(scores, 'strict').toFixed(3)} | ${f1(scores, 'lax').toFixed(3)} | ${sampleScore(switchedOff)} |`;
    console.log(
      '\n| evidence | dev strict F1 | dev lax F1 | sample article beads right |\n|---|---|---|---|',
    );
    console.log(row('all', without, counts));
    for (const name of EVIDENCE_NAMES) {
      const switchedOff = new Set([...without, name]);
      console.log(row(`without ${name}`, switchedOff, evaluate(switchedOff)));
    }
    const lengthOnly = new Set(EVIDENCE_NAMES.filter((name) => name !== 'length'));
    console.log(row('length only', lengthOnly, evaluate(lengthOnly)));
  }
}

interface SegmentationMatch {
  found: number;
  predicted: number;
  gold: number;
}

/**
 * A presplit chapter as running text segmented by the workbench, with the projection of beads over
 * its sentences onto the gold sentences and a count of the breaks both segmentations share.
 */
function resegment(
  id: string,
  goldSource: readonly string[],
  goldTarget: readonly string[],
  gold: BeadLink[],
): {
  id: string;
  source: string[][];
  target: string[][];
  gold: BeadLink[];
  project: (beads: readonly BeadLink[]) => readonly BeadLink[];
  breaks: Record<LanguageCode, SegmentationMatch> | undefined;
} {
  const sourceText = rawTextOf(goldSource, 'zh');
  const targetText = rawTextOf(goldTarget, 'en');
  const source = segmentText(sourceText, 'zh');
  const target = segmentText(targetText, 'en');
  const sides = {
    zh: {
      predicted: locateSentences(sourceText, source.flat()),
      reference: locateSentences(sourceText, goldSource),
    },
    en: {
      predicted: locateSentences(targetText, target.flat()),
      reference: locateSentences(targetText, goldTarget),
    },
  };
  return {
    id,
    source,
    target,
    gold,
    project: (beads) => projectBeads(beads, sides.zh, sides.en),
    breaks: {
      zh: matchBreaks(sides.zh.predicted, sides.zh.reference),
      en: matchBreaks(sides.en.predicted, sides.en.reference),
    },
  };
}

/**
 * Joins presplit sentences into the running text they came from: Chinese sentences touch, English
 * ones are separated by a space; a short line without any punctuation (a chapter heading such as
 * `7.开麦拉`) stands on a line of its own, as it would in a book.
 */
function rawTextOf(sentences: readonly string[], language: LanguageCode): string {
  const heading = language === 'zh' ? /^[^，。！？；：、“”‘’…—]{1,20}$/u : /^[^,.!?;:'"]{1,40}$/u;
  let text = '';
  for (const [index, sentence] of sentences.entries()) {
    const isHeading = heading.test(sentence) && !/[“”"'‘’]/u.test(sentence);
    if (index > 0)
      text +=
        isHeading || heading.test(sentences[index - 1] ?? '') ? '\n' : language === 'zh' ? '' : ' ';
    text += sentence;
  }
  return text;
}

function matchBreaks(
  predicted: readonly SentenceSpan[],
  reference: readonly SentenceSpan[],
): SegmentationMatch {
  const ends = (spans: readonly SentenceSpan[]): Set<number> =>
    new Set(spans.slice(0, -1).map((span) => span.end));
  const predictedEnds = ends(predicted);
  const referenceEnds = ends(reference);
  const found = [...predictedEnds].filter((end) => referenceEnds.has(end)).length;
  return { found, predicted: predictedEnds.size, gold: referenceEnds.size };
}

/** The sample article of the corpus, when the project has it: sentences, glossary and gold beads. */
async function readSampleArticle(): Promise<
  { source: string[][]; target: string[][]; glossary: GlossaryEntry[]; gold: string[] } | undefined
> {
  const corpus = new URL('../../corpus/', import.meta.url);
  const path = (name: string): string => fileURLToPath(new URL(name, corpus));
  if (!existsSync(path('shanxi/gold.align'))) return undefined;
  return {
    source: readSentences(await readTextFile(path('shanxi/zh.sentences.txt')), 'zh', true),
    target: readSentences(await readTextFile(path('shanxi/en.sentences.txt')), 'en', true),
    glossary: parseGlossaryTsv(await readTextFile(path('glossary.tsv'))),
    gold: (await readTextFile(path('shanxi/gold.align'))).trim().split(/\r?\n/),
  };
}

function ratio(hits: number, misses: number): number {
  return hits + misses === 0 ? 0 : hits / (hits + misses);
}

function harmonic(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function f1(counts: AlignmentScoreCounts, kind: 'strict' | 'lax'): number {
  return kind === 'strict'
    ? harmonic(
        ratio(counts.strictPrecisionHits, counts.strictPrecisionMisses),
        ratio(counts.strictRecallHits, counts.strictRecallMisses),
      )
    : harmonic(
        ratio(counts.laxPrecisionHits, counts.laxPrecisionMisses),
        ratio(counts.laxRecallHits, counts.laxRecallMisses),
      );
}

function formatReliability(table: ReliabilityTable): string {
  const lines = [
    'reliability (a bead is right when the gold holds it identically):',
    '| confidence     | beads | mean confidence | precision |',
    '|----------------|-------|-----------------|-----------|',
  ];
  for (const bin of table.bins)
    lines.push(
      `| [${bin.from.toFixed(3)}, ${bin.to.toFixed(3)}${bin.to === 1 ? ']' : ')'} | ${String(bin.beads).padStart(5)} | ${bin.meanConfidence.toFixed(3).padStart(15)} | ${bin.precision.toFixed(3).padStart(9)} |`,
    );
  lines.push(
    `expected calibration error ${table.calibrationError.toFixed(3)}; the least confident 10 % of beads hold ${(table.errorsInLeastConfidentTenth * 100).toFixed(0)} % of the errors`,
  );
  return lines.join('\n');
}

function formatScores(counts: AlignmentScoreCounts): string {
  const strictP = ratio(counts.strictPrecisionHits, counts.strictPrecisionMisses);
  const strictR = ratio(counts.strictRecallHits, counts.strictRecallMisses);
  const laxP = ratio(counts.laxPrecisionHits, counts.laxPrecisionMisses);
  const laxR = ratio(counts.laxRecallHits, counts.laxRecallMisses);
  const lines = [
    '|        | precision | recall | F1    |',
    '|--------|-----------|--------|-------|',
    `| strict | ${strictP.toFixed(3)}     | ${strictR.toFixed(3)}  | ${harmonic(strictP, strictR).toFixed(3)} |`,
    `| lax    | ${laxP.toFixed(3)}     | ${laxR.toFixed(3)}  | ${harmonic(laxP, laxR).toFixed(3)} |`,
    '',
    '| gold bead | count | recall (identical) |',
    '|-----------|-------|--------------------|',
  ];
  const types = [...counts.recallByType.entries()].sort((a, b) => b[1].total - a[1].total);
  for (const [type, { found, total }] of types)
    lines.push(
      `| ${type.padEnd(9)} | ${String(total).padStart(5)} | ${(found / total).toFixed(3)} |`,
    );
  return lines.join('\n');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval:align: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof CommandLineError ? error.exitCode : 1;
});
