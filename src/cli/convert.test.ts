import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTmx } from '../domain/exchange/readTmx';
import { conceptsFromEntries } from '../domain/glossary/conceptsFromEntries';
import { parseGlossaryTsv } from '../domain/glossary/parseGlossaryTsv';
import { runBitext as bitext } from './testing/runBitext';

const projectRoot = new URL('../../', import.meta.url);

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-convert-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu tuid="a"><note>检查 "数字" &amp; tab	here</note><prop type="x-status">reviewed</prop><tuv xml:lang="zh-CN"><seg>高校&lt;一&gt;</seg></tuv><tuv xml:lang="en"><seg>universities
on two lines 😀</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>山西</seg></tuv></tu>
<tu><prop type="x-status">draft</prop><tuv xml:lang="zh-CN"><seg>𠀋</seg></tuv><tuv xml:lang="en"><seg>rare</seg></tuv></tu>
</body></tmx>
`;

describe('bitext convert', () => {
  it('TMX → TSV → TMX keeps every pair, status and note', async () => {
    const folder = folderWith({ 'in.tmx': tmx });
    const toTsv = await bitext(
      'convert',
      join(folder, 'in.tmx'),
      '--to',
      'tsv',
      '-o',
      join(folder, 'out.tsv'),
    );
    expect(toTsv).toMatchObject({ code: 0, stderr: '' });
    const back = await bitext('convert', join(folder, 'out.tsv'), '--to', 'tmx');
    expect(back.code).toBe(0);
    const pairs = async (text: string) =>
      (await readTmx(text)).units.map((unit) => [unit.source, unit.target, unit.status, unit.note]);
    expect(await pairs(back.stdout)).toEqual(await pairs(tmx));
    expect(await pairs(back.stdout)).toEqual([
      ['高校<一>', 'universities\non two lines 😀', 'reviewed', '检查 "数字" & tab\there'],
      ['山西', '', 'new', ''],
      ['𠀋', 'rare', 'draft', ''],
    ]);
  });

  it('writes a Moses pair as NAME.zh and NAME.en, line for line, and reads it back', async () => {
    const folder = folderWith({ 'in.tmx': tmx });
    const name = join(folder, 'corpus');
    expect(
      (
        await bitext(
          'convert',
          join(folder, 'in.tmx'),
          '--to',
          'moses',
          '-o',
          name,
          '--without-untranslated',
        )
      ).code,
    ).toBe(0);
    expect(readFileSync(`${name}.zh`, 'utf8')).toBe('高校<一>\n𠀋\n');
    expect(readFileSync(`${name}.en`, 'utf8')).toBe('universities\\non two lines 😀\nrare\n');
    const jsonl = await bitext('convert', `${name}.zh`, '--to', 'jsonl', '--target-lang', 'en');
    expect(jsonl.stdout.split('\n')[0]).toBe(
      '{"sourceLang":"zh-CN","targetLang":"en","source":"高校<一>","target":"universities\\non two lines 😀","status":"translated","note":""}',
    );
  });

  it('writes the language tags asked for', async () => {
    const folder = folderWith({ 'in.tmx': tmx });
    const result = await bitext(
      'convert',
      join(folder, 'in.tmx'),
      '--to',
      'xliff12',
      '--source-lang',
      'zh-Hans',
      '--target-lang',
      'en-US',
    );
    expect(result.stdout).toContain('source-language="zh-Hans" target-language="en-US"');
  });

  it.each([
    [
      'a DOCTYPE',
      { 'bad.tmx': '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx/>' },
      'bad.tmx',
      /Cannot read .*bad\.tmx: line 2, column \d+: it has a DOCTYPE/,
    ],
    [
      'malformed XML',
      { 'bad.tmx': '<tmx version="1.4">\n<header srclang="zh"/>\n<body>\n</tmx>' },
      'bad.tmx',
      /line 4, column \d+: it is not well-formed XML/,
    ],
    [
      'a bad status',
      { 'bad.tsv': 'zh\ten\tstatus\n甲\tA\tok\n' },
      'bad.tsv',
      /bad\.tsv: line 2: a value it cannot read in the column "status"/,
    ],
    [
      'a Moses pair of different lengths',
      { 'c.zh': '甲\n乙\n', 'c.en': 'A\n' },
      'c.zh',
      /line 2: the two sides have different numbers of lines/,
    ],
    [
      'a termbase',
      { 'g.tbx': '<martif type="TBX-Basic"/>' },
      'g.tbx',
      /use bitext glossary convert/,
    ],
    ['an unknown format', { 'notes.txt': 'just words' }, 'notes.txt', /Cannot tell the format/],
  ])('refuses %s with exit 1, naming the line', async (_name, files, input, message) => {
    const folder = folderWith(files);
    const result = await bitext('convert', join(folder, input), '--to', 'tmx');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['no --to', ['convert', 'a.tmx'], /convert needs a file IN and --to FORMAT/],
    ['an unknown format', ['convert', 'a.tmx', '--to', 'docx'], /--to must be one of tmx, xliff2/],
    ['moses without -o', ['convert', 'a.tmx', '--to', 'moses'], /give -o NAME/],
    [
      'an unknown glossary subcommand',
      ['glossary', 'merge'],
      /Unknown glossary subcommand "merge"/,
    ],
    [
      'an unknown glossary format',
      ['glossary', 'convert', 'g.tsv', '--to', 'xlsx'],
      /--to must be one of tsv, csv, tbx, tbx2/,
    ],
  ])('refuses %s with exit 2', async (_name, argumentList, message) => {
    const result = await bitext(...argumentList);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('describes itself in the usage', async () => {
    const [general, convert] = await Promise.all([bitext('--help'), bitext('convert', '--help')]);
    expect(general.stdout).toMatch(/bitext convert IN/);
    expect(general.stdout).toMatch(/bitext glossary convert IN/);
    expect(convert.stdout).toMatch(/^usage: bitext convert IN/);
    expect(convert.stdout).toMatch(/--without-untranslated/);
  });
});

describe('bitext glossary convert', () => {
  it('TSV → TBX → TBX v2 → CSV → TSV keeps every entry of the starter glossary', async () => {
    const folder = folderWith({});
    const path = (name: string) => join(folder, name);
    expect(
      (
        await bitext(
          'glossary',
          'convert',
          'corpus/glossary.tsv',
          '--to',
          'tbx',
          '-o',
          path('g.tbx'),
        )
      ).code,
    ).toBe(0);
    expect(
      (await bitext('glossary', 'convert', path('g.tbx'), '--to', 'tbx2', '-o', path('g2.tbx')))
        .code,
    ).toBe(0);
    expect(
      (await bitext('glossary', 'convert', path('g2.tbx'), '--to', 'csv', '-o', path('g.csv')))
        .code,
    ).toBe(0);
    const back = await bitext('glossary', 'convert', path('g.csv'), '--to', 'tsv');
    expect(back.code).toBe(0);
    const original = parseGlossaryTsv(
      readFileSync(new URL('corpus/glossary.tsv', projectRoot), 'utf8'),
    );
    // Every concept with every field: the table's one note column comes back as the concepts' notes.
    expect(conceptsFromEntries(parseGlossaryTsv(back.stdout))).toEqual(
      conceptsFromEntries(original),
    );
    expect(conceptsFromEntries(original).filter((concept) => concept.note !== '').length).toBe(
      original.filter((line) => line.note !== '').length,
    );
  });

  it('refuses a hostile TBX with exit 1, naming the line', async () => {
    const folder = folderWith({
      'g.tbx': '<?xml version="1.0"?>\n<!DOCTYPE martif [\n<!ENTITY x "y">\n]>\n<martif/>',
    });
    const result = await bitext('glossary', 'convert', join(folder, 'g.tbx'), '--to', 'tsv');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Cannot read the glossary .*g\.tbx: line 3, column \d+: it declares entities/,
    );
  });
});

describe('bitext convert of a project bundle', () => {
  const bundle = fileURLToPath(
    new URL('../../test/fixtures/bundle/version1.bitext.json', import.meta.url),
  );

  it('writes every segment of the bundled project, status and note kept', async () => {
    const result = await bitext('convert', bundle, '--to', 'tmx');
    expect(result.code).toBe(0);
    const document = await readTmx(result.stdout);
    expect(document.sourceLang).toBe('zh-CN');
    expect(
      document.units.map(({ source, target, status, note }) => ({ source, target, status, note })),
    ).toEqual([
      {
        source: '山西加快转型发展。',
        target: 'Shanxi speeds up its transformation.',
        status: 'translated',
        note: '',
      },
      {
        source: '全会精神鼓舞人心！',
        target: 'The plenary <inspires> & "moves" people.',
        status: 'draft',
        note: '',
      },
      { source: '“新路”在脚下。', target: '', status: 'new', note: 'check the quote marks' },
    ]);
  });

  /** The frozen bundle with a second document, 附录, of one segment. */
  function bundleOfTwoDocuments(): string {
    const parsed = JSON.parse(readFileSync(bundle, 'utf8')) as {
      stores: { documents: Record<string, unknown>[]; segments: Record<string, unknown>[] };
    };
    const [first] = parsed.stores.documents;
    const [segment] = parsed.stores.segments;
    parsed.stores.documents.push({ ...first, id: 'appendix', name: '附录', order: 1 });
    parsed.stores.segments.push({
      ...segment,
      id: 'appendix-1',
      documentId: 'appendix',
      order: 0,
      source: '附录一。',
      targetText: 'Appendix 1.',
      target: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Appendix 1.' }] }],
      },
      status: 'approved',
    });
    const folder = folderWith({ 'two.bitext.json': JSON.stringify(parsed) });
    return join(folder, 'two.bitext.json');
  }

  it('writes one document of a bundle, or says which there are', async () => {
    const two = bundleOfTwoDocuments();
    const whole = await bitext('convert', two, '--to', 'tsv');
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('附录一。');
    const appendix = await bitext('convert', two, '--to', 'tmx', '--document', '附录');
    expect(appendix).toMatchObject({ code: 0, stderr: '' });
    expect((await readTmx(appendix.stdout)).units).toMatchObject([
      { source: '附录一。', target: 'Appendix 1.', status: 'approved' },
    ]);
    const missing = await bitext('convert', two, '--to', 'tsv', '--document', '正文');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      'has no document named "正文"; its documents: 山西 bundle v1, 附录',
    );
  });

  it('writes what a filter keeps: text in either side and statuses', async () => {
    const byText = await bitext('convert', bundle, '--to', 'tmx', '--filter', 'PLENARY');
    expect((await readTmx(byText.stdout)).units.map((unit) => unit.source)).toEqual([
      '全会精神鼓舞人心！',
    ]);
    const byStatus = await bitext('convert', bundle, '--to', 'tmx', '--status', 'new,translated');
    expect((await readTmx(byStatus.stdout)).units.map((unit) => unit.source)).toEqual([
      '山西加快转型发展。',
      '“新路”在脚下。',
    ]);
    const both = await bitext(
      'convert',
      bundle,
      '--to',
      'tsv',
      '--filter',
      '山西',
      '--status',
      'draft',
    );
    expect(both.stdout.trim().split('\n')).toHaveLength(1);
    const wrong = await bitext('convert', bundle, '--to', 'tsv', '--status', 'done');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--status takes statuses among new, draft');
  });

  it('refuses a JSON document that is no bundle, naming the problem', async () => {
    const folder = folderWith({ 'other.json': '{\n"hello": 1\n}\n' });
    const result = await bitext('convert', join(folder, 'other.json'), '--to', 'tsv');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not a Bitext Workbench project bundle');
  });
});
