import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignmentSteps } from '../domain/alignment/engine/alignmentSteps';
import { emptyScoreCounts } from '../domain/alignment/evaluation/emptyScoreCounts';
import { parseBeads, type BeadLink } from '../domain/alignment/evaluation/parseBeads';
import { scoreAlignment } from '../domain/alignment/evaluation/scoreAlignment';
import { loadCedict } from '../domain/dictionary/loadCedict';
import { readCedictText } from './readCedictText';
import { readDevChapters } from './readDevChapters';

const CHILD_FLAG = '--child';
const childIndex = process.argv.indexOf(CHILD_FLAG);
const sizesIndex = process.argv.indexOf('--sizes');
// usage: bench:align [DEV_DIRECTORY] [--sizes 1000,10000,50000]; a child gets: --child MODE SIZE DEV_DIRECTORY
const devDirectory = resolve(
  (childIndex >= 0
    ? process.argv[childIndex + 3]
    : process.argv
        .slice(2)
        .find(
          (argument, index, all) => !argument.startsWith('--') && all[index - 1] !== '--sizes',
        )) ?? '../shared/align-dev',
);
const sizes = (sizesIndex >= 0 ? (process.argv[sizesIndex + 1] ?? '') : '1000,10000,50000')
  .split(',')
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0);

/**
 * Benchmarks the command line's start-up (see measureStartup), then the aligner on about 1,000,
 * 10,000 and 50,000 Chinese sentences (with CC-CEDICT; 10,000 also without), each configuration in a
 * fresh process. `--sizes 0` measures the start-up only.
 */
async function main(): Promise<void> {
  if (childIndex >= 0) {
    await runOnce(
      process.argv[childIndex + 1] === 'dictionary',
      Number(process.argv[childIndex + 2]),
    );
    return;
  }
  measureStartup();
  const runs: [string, number][] = sizes.flatMap((size): [string, number][] =>
    size === 10_000
      ? [
          ['no-dictionary', size],
          ['dictionary', size],
        ]
      : [['dictionary', size]],
  );
  for (const [mode, size] of runs) {
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        CHILD_FLAG,
        mode,
        String(size),
        devDirectory,
      ],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    process.stdout.write(child.stdout);
    process.stderr.write(child.stderr);
  }
}

async function runOnce(useDictionary: boolean, size: number): Promise<void> {
  const [source, target, origin, gold] = benchmarkTexts(size);
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  let peakHeap = 0;
  const dictionary = useDictionary ? await loadCedict(readCedictText) : undefined;
  const loaded = performance.now();
  const steps = alignmentSteps({ source: [source], target: [target] }, { dictionary });
  let beads: readonly BeadLink[] = [];
  // The longest stretch between two yields: how long a cancel can wait in the worker, on top of its slice.
  // Wall time counts the moments the shared machine gives the CPU to others; CPU time does not.
  let longestStep = 0;
  let longestStepCpu = 0;
  for (;;) {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    const stepStarted = performance.now();
    const stepCpu = process.cpuUsage();
    const step = steps.next();
    longestStep = Math.max(longestStep, performance.now() - stepStarted);
    longestStepCpu = Math.max(longestStepCpu, cpuSeconds(process.cpuUsage(stepCpu)) * 1000);
    if (step.done) {
      beads = step.value.beads;
      break;
    }
  }
  const finished = performance.now();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(0)} MB`;
  console.log(
    [
      `${useDictionary ? 'with CC-CEDICT' : 'no dictionary '}: ${source.length} zh × ${target.length} en (${origin})`,
      `time ${((finished - started) / 1000).toFixed(2)} s (dictionary load ${((loaded - started) / 1000).toFixed(2)} s; CPU ${cpuSeconds(process.cpuUsage(startedCpu)).toFixed(2)} s)`,
      `peak RSS ${megabytes(peakRss)}, peak heap ${megabytes(peakHeap)}, ${beads.length} beads, longest step between yields ${longestStep.toFixed(0)} ms (CPU ${longestStepCpu.toFixed(0)} ms)`,
    ].join(', '),
  );
  if (gold) {
    const counts = emptyScoreCounts();
    scoreAlignment(gold(), beads, counts);
    const f1 = (hits: [number, number], recall: [number, number]): string => {
      const precision = hits[0] / Math.max(1, hits[0] + hits[1]);
      const coverage = recall[0] / Math.max(1, recall[0] + recall[1]);
      return ((2 * precision * coverage) / Math.max(1e-9, precision + coverage)).toFixed(3);
    };
    console.log(
      `  quality against the repeated gold: strict F1 ${f1([counts.strictPrecisionHits, counts.strictPrecisionMisses], [counts.strictRecallHits, counts.strictRecallMisses])}, lax F1 ${f1([counts.laxPrecisionHits, counts.laxPrecisionMisses], [counts.laxRecallHits, counts.laxRecallMisses])}`,
    );
  }
}

const STARTUP_RUNS = 9;

/**
 * The wall time of whole command-line runs on a two-sentence pair, once the built entry point and
 * the compiled dictionary index exist (a first run makes them): `help` (no dictionary), `align`
 * (CC-CEDICT loaded), both straight through bin/bitext.js and through `npm run -s bitext` (npm adds
 * its own start), and `align` the way it ran before, through tsx. Median and fastest of nine runs.
 */
function measureStartup(): void {
  const project = fileURLToPath(new URL('../../', import.meta.url));
  const folder = mkdtempSync(join(tmpdir(), 'bitext-startup-'));
  writeFileSync(join(folder, 'zh.txt'), '他来了。\n她走了！\n');
  writeFileSync(join(folder, 'en.txt'), 'He came.\nShe left!\n');
  const align = ['align', join(folder, 'zh.txt'), join(folder, 'en.txt'), '--presplit'];
  const launcher = join(project, 'bin', 'bitext.js');
  const time = (command: string, argumentList: readonly string[], runs: number): number[] =>
    Array.from({ length: runs }, () => {
      const started = performance.now();
      const child = spawnSync(command, argumentList, { cwd: project, encoding: 'utf8' });
      if (child.status !== 0)
        throw new Error(`${command} ${argumentList.join(' ')}: ${child.stderr}`);
      return (performance.now() - started) / 1000;
    });
  time(process.execPath, [launcher, ...align], 1);
  const rows: [string, number[]][] = [
    ['node bin/bitext.js help', time(process.execPath, [launcher, 'help'], STARTUP_RUNS)],
    [
      'node bin/bitext.js align (CC-CEDICT)',
      time(process.execPath, [launcher, ...align], STARTUP_RUNS),
    ],
    [
      'npm run -s bitext -- align',
      time('npm', ['run', '-s', 'bitext', '--', ...align], STARTUP_RUNS),
    ],
    [
      'tsx src/cli/main.ts align (before)',
      time(process.execPath, ['--import', 'tsx', join(project, 'src/cli/main.ts'), ...align], 3),
    ],
  ];
  console.log('command-line start-up, two sentences a side (wall time, median / fastest):');
  for (const [label, seconds] of rows) {
    const sorted = [...seconds].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(`  ${label.padEnd(38)} ${median.toFixed(3)} s / ${(sorted[0] ?? 0).toFixed(3)} s`);
  }
}

/** The benchmark pair and, for the dev chapters, their gold beads shifted to the repeated text. */
function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1_000_000;
}

function benchmarkTexts(
  size: number,
): [string[], string[], string, (() => BeadLink[]) | undefined] {
  const chapters = readDevChapters(devDirectory);
  if (chapters.length > 0) {
    const source: string[] = [];
    const target: string[] = [];
    const pieces: { id: string; sourceOffset: number; targetOffset: number }[] = [];
    while (source.length < size) {
      for (const chapter of chapters) {
        pieces.push({ id: chapter.id, sourceOffset: source.length, targetOffset: target.length });
        source.push(...chapter.source);
        target.push(...chapter.target);
      }
    }
    const gold = (): BeadLink[] =>
      pieces.flatMap(({ id, sourceOffset, targetOffset }) => {
        const goldPath = join(devDirectory, 'gold', `${id}.align`);
        if (!existsSync(goldPath)) return [];
        return parseBeads(readFileSync(goldPath, 'utf8')).map((bead) => ({
          source: bead.source.map((index) => index + sourceOffset),
          target: bead.target.map((index) => index + targetOffset),
        }));
      });
    return [source, target, 'dev chapters repeated', gold];
  }
  return [...generatedPair(size), 'generated pair', undefined];
}

function generatedPair(size: number): [string[], string[]] {
  const chineseWords = [
    '我们',
    '今天',
    '学习',
    '发展',
    '城市',
    '人民',
    '工作',
    '朋友',
    '时间',
    '问题',
  ];
  const englishWords = [
    'we',
    'today',
    'study',
    'develop',
    'city',
    'people',
    'work',
    'friend',
    'time',
    'question',
  ];
  const source: string[] = [];
  const target: string[] = [];
  for (let index = 0; index < size; index += 1) {
    const words = Array.from(
      { length: 4 + (index % 9) },
      (_, position) => (index * 31 + position * 7) % chineseWords.length,
    );
    source.push(`${words.map((word) => chineseWords[word]).join('')}${index}。`);
    const english = words.map((word) => englishWords[word]).join(' ');
    if (index % 3 === 0) target.push(`${english} ${index}.`, 'And so it was.');
    else target.push(`${english} ${index}.`);
  }
  return [source, target];
}

await main();
