import { describe, expect, it } from 'vitest';
import { parseCedict } from '../../dictionary/parseCedict';
import type { AlignmentWorkerMessage } from '../protocol/alignmentProtocol';
import { alignmentSteps } from './alignmentSteps';
import { DEFAULT_WEIGHTS } from './alignmentWeights';
import { bandAroundPath } from './bandAroundPath';
import { bandOffsets } from './bandOffsets';
import { BEAD_TYPES } from './beadTypes';
import { collectTrainingPairs } from './collectTrainingPairs';
import { computeBeadPosteriors } from './computeBeadPosteriors';
import { computePairMasks } from './computePairMasks';
import { createAlignmentMessageHandler } from '../protocol/createAlignmentMessageHandler';
import { estimateAlignmentModel } from './estimateAlignmentModel';
import { extractSentenceFeatures } from './extractSentenceFeatures';
import { findAnchorChain } from './findAnchorChain';
import { finishSteps } from './finishSteps';
import { learnTranslations } from './learnTranslations';
import { mergeSentenceFeatures } from './mergeSentenceFeatures';
import type { RawBead } from './rawBead';
import { STEP_INTERVAL } from './stepInterval';

const COUNT = 2000;
const source = Array.from(
  { length: COUNT },
  (_, index) => `我们的朋友在第${index}天来到北京，韦小宝笑了。`,
);
const target = Array.from(
  { length: COUNT },
  (_, index) => `Our friend came to Beijing on day ${index}, and Trinket laughed.`,
);
const dictionary = parseCedict(
  '朋友 朋友 [peng2 you5] /friend/\n北京 北京 [Bei3 jing1] /Beijing/\n',
);
const ends = new Uint8Array(COUNT);
const features = finishSteps(extractSentenceFeatures(source, target, ends, ends, { dictionary }));
const path: RawBead[] = source.map((_, index) => [index, 1, index, 1, 0]);
const band = bandAroundPath(path, COUNT, COUNT, 12);
const model = finishSteps(estimateAlignmentModel(features, DEFAULT_WEIGHTS));
const masks = finishSteps(computePairMasks(features, band));
const texts = source.map((sentence, index) => ({
  source: sentence,
  target: target[index] ?? '',
  weight: 1,
}));
const pairs = finishSteps(collectTrainingPairs(texts, dictionary));
const transitions = new Float32Array(
  (bandOffsets(band)[band.low.length] ?? 0) * BEAD_TYPES.length,
).fill(-1);

/** The fractions a step generator yields on its way to its result. */
function fractionsOf(steps: Generator<number, unknown, void>): number[] {
  const fractions: number[] = [];
  for (let step = steps.next(); !step.done; step = steps.next()) fractions.push(step.value);
  return fractions;
}

describe('the alignment passes yield as they go, so that a worker can stop them', () => {
  it.each([
    [
      'feature extraction',
      () => extractSentenceFeatures(source, target, ends, ends, { dictionary }),
    ],
    ['the anchor chain', () => findAnchorChain(features, model, 10)],
    ['pair masks', () => computePairMasks(features, band)],
    [
      'calibration on a first pass',
      () => estimateAlignmentModel(features, DEFAULT_WEIGHTS, { beads: path, masks }),
    ],
    ['blocks for the coarse pass', () => mergeSentenceFeatures(features, 2, 2)],
    ['training pairs', () => collectTrainingPairs(texts, dictionary)],
    ['learned translations', () => learnTranslations(pairs)],
    ['confidences (forward–backward)', () => computeBeadPosteriors(band, transitions, path)],
  ] satisfies [string, () => Generator<number, unknown, void>][])(
    '%s: at least once every few hundred sentences, with a rising share of the work done',
    (_name, steps) => {
      const fractions = fractionsOf(steps());
      expect(fractions.length).toBeGreaterThanOrEqual(Math.floor(COUNT / STEP_INTERVAL));
      expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
      expect(Math.min(...fractions)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...fractions)).toBeLessThanOrEqual(1);
    },
  );

  it('reports a rising share across the whole alignment, in many small steps', () => {
    const fractions = fractionsOf(
      alignmentSteps({ source: [source], target: [target] }, { dictionary }),
    );
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    // Reading the texts and learning translations used to be one step each.
    expect(fractions.filter((fraction) => fraction < 0.08).length).toBeGreaterThan(10);
    expect(
      fractions.filter((fraction) => fraction > 0.75 && fraction < 0.8).length,
    ).toBeGreaterThan(5);
  });

  it('stops a job cancelled while it reads the texts, before it has read them', async () => {
    const messages: AlignmentWorkerMessage[] = [];
    const relay: { cancel?: () => Promise<void> } = {};
    let yields = 0;
    const handle = createAlignmentMessageHandler({
      post: (message) => messages.push(message),
      loadDictionary: () => Promise.resolve(dictionary),
      sliceMilliseconds: 0,
      yieldToEventLoop: async () => {
        yields += 1;
        if (yields === 2) await relay.cancel?.();
      },
    });
    relay.cancel = () => handle({ type: 'cancel', jobId: 'early' });
    await handle({
      type: 'align',
      jobId: 'early',
      input: { source: [source], target: [target] },
      useDictionary: true,
    });
    expect(messages.at(-1)).toEqual({ type: 'cancelled', jobId: 'early' });
    const progress = messages.flatMap((message) =>
      message.type === 'progress' ? [message.fraction] : [],
    );
    expect(progress).toHaveLength(2);
    expect(Math.max(...progress)).toBeLessThan(0.08);
  });
});
