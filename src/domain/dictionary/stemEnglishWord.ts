const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    said: 'say',
    says: 'say',
    went: 'go',
    gone: 'go',
    goes: 'go',
    saw: 'see',
    seen: 'see',
    came: 'come',
    thought: 'think',
    took: 'take',
    taken: 'take',
    made: 'make',
    knew: 'know',
    known: 'know',
    got: 'get',
    gotten: 'get',
    gave: 'give',
    given: 'give',
    told: 'tell',
    found: 'find',
    felt: 'feel',
    left: 'leave',
    brought: 'bring',
    began: 'begin',
    begun: 'begin',
    kept: 'keep',
    held: 'hold',
    stood: 'stand',
    heard: 'hear',
    ran: 'run',
    sat: 'sit',
    spoke: 'speak',
    spoken: 'speak',
    wrote: 'write',
    written: 'write',
    ate: 'eat',
    eaten: 'eat',
    drank: 'drink',
    fell: 'fall',
    fallen: 'fall',
    became: 'become',
    bought: 'buy',
    caught: 'catch',
    taught: 'teach',
    fought: 'fight',
    sought: 'seek',
    slept: 'sleep',
    met: 'meet',
    paid: 'pay',
    sent: 'send',
    built: 'build',
    lost: 'lose',
    led: 'lead',
    lay: 'lie',
    lain: 'lie',
    laid: 'lay',
    rose: 'rise',
    risen: 'rise',
    wore: 'wear',
    worn: 'wear',
    won: 'win',
    threw: 'throw',
    thrown: 'throw',
    grew: 'grow',
    grown: 'grow',
    drew: 'draw',
    drawn: 'draw',
    flew: 'fly',
    flown: 'fly',
    broke: 'break',
    broken: 'break',
    chose: 'choose',
    chosen: 'choose',
    forgot: 'forget',
    forgotten: 'forget',
    hid: 'hide',
    hidden: 'hide',
    struck: 'strike',
    understood: 'understand',
    meant: 'mean',
    sold: 'sell',
    shot: 'shoot',
    woke: 'wake',
    men: 'man',
    women: 'woman',
    children: 'child',
    feet: 'foot',
    teeth: 'tooth',
    mice: 'mouse',
    people: 'person',
    wives: 'wife',
    lives: 'life',
    better: 'good',
    best: 'good',
    worse: 'bad',
    worst: 'bad',
    dying: 'die',
    died: 'die',
    lying: 'lie',
  }),
);

/**
 * Reduces an English word (already lower-case) to a light stem so that inflected forms of a word meet:
 * a few irregular forms by table, then common suffixes, keeping at least three letters. It is applied
 * to dictionary glosses and to the text alike, so consistency matters more than linguistic accuracy.
 */
export function stemEnglishWord(word: string): string {
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular !== undefined) return irregular;
  let stem = word;
  if (stem.endsWith("'s")) stem = stem.slice(0, -2);
  if (stem.length <= 3) return stem;
  const cached = cache.get(stem);
  if (cached !== undefined) return cached;
  const result = stripSuffix(stem);
  if (cache.size < 200_000) cache.set(stem, result);
  return result;
}

const cache = new Map<string, string>();

function stripSuffix(word: string): string {
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) return stem.slice(0, -3) + 'y';
  if (stem.endsWith('ied') && stem.length > 4) return stem.slice(0, -3) + 'y';
  if (stem.endsWith('sses')) return stem.slice(0, -2);
  let isSuffixRemoved = false;
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'es', 'ly', 's']) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      if (suffix === 's' && (stem.endsWith('ss') || stem.endsWith('us') || stem.endsWith('is')))
        return stem;
      if (suffix === 'es' && !/(ch|sh|x|z|ss|o)es$/.test(stem)) continue;
      stem = stem.slice(0, -suffix.length);
      if ((suffix === 'ly' || suffix === 'ingly' || suffix === 'edly') && stem.endsWith('i'))
        stem = stem.slice(0, -1) + 'y';
      isSuffixRemoved = true;
      break;
    }
  }
  if (
    isSuffixRemoved &&
    stem.length > 3 &&
    stem.at(-1) === stem.at(-2) &&
    !'lsz'.includes(stem.at(-1) ?? '')
  ) {
    stem = stem.slice(0, -1);
  }
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}
