import type { MemoryUnit, MemoryUnitId } from '../../src/domain/memory/memoryUnit';

const PHRASES = [
  ['全省各地', 'all parts of the province'],
  ['省教育厅', 'the provincial education department'],
  ['太原市', 'Taiyuan'],
  ['大同市', 'Datong'],
  ['科技厅', 'the science department'],
  ['示范区', 'the demonstration zone'],
  ['各高校', 'the universities'],
  ['加快推进', 'speeds up'],
  ['深入实施', 'carries out'],
  ['统筹推进', 'coordinates'],
  ['持续深化', 'deepens'],
  ['全面落实', 'implements'],
  ['积极对接', 'connects with'],
  ['转型发展', 'transformation'],
  ['高质量发展', 'high-quality growth'],
  ['重点领域改革', 'reform in key areas'],
  ['创新平台', 'innovation platforms'],
  ['产业集群', 'industrial clusters'],
  ['能源革命', 'the energy revolution'],
  ['生态保护', 'ecological protection'],
  ['乡村振兴', 'rural revitalisation'],
  ['营商环境', 'the business environment'],
  ['数字经济', 'the digital economy'],
  ['人才引进', 'talent recruitment'],
  ['今年', 'this year'],
  ['上半年', 'in the first half'],
  ['同比增长', 'up year on year'],
  ['完成投资', 'invested'],
  ['新建项目', 'new projects'],
  ['煤炭企业', 'coal companies'],
  ['文化旅游', 'cultural tourism'],
  ['对外开放', 'opening up'],
  ['基础设施', 'infrastructure'],
  ['公共服务', 'public services'],
  ['社会保障', 'social security'],
  ['科技成果', 'research results'],
  ['市场主体', 'market players'],
  ['城乡居民', 'urban and rural residents'],
  ['收入水平', 'income levels'],
  ['安全生产', 'workplace safety'],
] as const;

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` deterministic Chinese–English pairs of four to eight phrases and a figure, for benchmarks. */
export function generateMemoryUnits(count: number, seed = 1): MemoryUnit[] {
  const next = random(seed);
  const units: MemoryUnit[] = [];
  for (let index = 0; index < count; index += 1) {
    const length = 4 + Math.floor(next() * 5);
    const picked = Array.from(
      { length },
      () => PHRASES[Math.floor(next() * PHRASES.length)] ?? PHRASES[0],
    );
    const figure = 1 + Math.floor(next() * 999);
    units.push({
      id: `unit-${index}` as MemoryUnitId,
      source: `${picked.map(([chinese]) => chinese).join('')},金额${figure}亿元。`,
      target: `${picked.map(([, english]) => english).join(', ')}: ${figure} hundred million yuan.`,
      origin: 'imported',
      projectId: null,
      segmentId: null,
      createdAt: index,
      updatedAt: index,
    });
  }
  return units;
}

/** A sentence near a stored one: one phrase of it replaced, or its figure changed. */
export function changeSentence(source: string, variant: number): string {
  if (variant % 2 === 0) return source.replace(/\d+/, (figure) => String(Number(figure) + 7));
  const phrase = PHRASES.find(([chinese]) => source.includes(chinese));
  const replacement = PHRASES[variant % PHRASES.length]?.[0] ?? '';
  return phrase === undefined ? source : source.replace(phrase[0], replacement);
}
