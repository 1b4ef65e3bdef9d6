// Runs inside the page (bundled by measureTermMatching): builds a termbase of `termCount` random
// terms and `segmentCount` segments holding some of them, then times one automaton over them.
import { createTermbaseMatcher } from '../../src/domain/glossary/createTermbaseMatcher';
import type { GlossaryConcept } from '../../src/domain/glossary/glossaryEntry';

const CHARACTERS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

export interface InPageFigures {
  readonly buildMs: number;
  readonly matchMs: number;
  readonly matches: number;
}

function runTermMatching(termCount: number, segmentCount: number): InPageFigures {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 0x100000000;
  const pick = (length: number) =>
    Array.from({ length }, () => CHARACTERS[Math.floor(random() * CHARACTERS.length)]).join('');
  const concepts: GlossaryConcept[] = Array.from({ length: termCount }, () => ({
    term: pick(2 + Math.floor(random() * 6)),
    variants: [],
    renderings: [{ text: 'term', status: 'preferred', note: '' }],
    partOfSpeech: undefined,
    definition: '',
    note: '',
    domain: '',
    source: '',
    createdAt: undefined,
    changedAt: undefined,
  }));
  const segments = Array.from({ length: segmentCount }, () => {
    let text = '';
    while (text.length < 60)
      text += random() < 0.3 ? (concepts[Math.floor(random() * termCount)]?.term ?? '') : pick(8);
    return text;
  });
  const started = performance.now();
  const matcher = createTermbaseMatcher(concepts);
  const built = performance.now();
  let matches = 0;
  for (const segment of segments) matches += matcher.findTerms(segment).length;
  return { buildMs: built - started, matchMs: performance.now() - built, matches };
}

Object.assign(globalThis, { runTermMatching });
