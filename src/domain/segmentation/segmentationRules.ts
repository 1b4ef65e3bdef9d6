import type { LanguageCode } from '../model';

/**
 * One SRX-style rule. At every position in a paragraph the rules of the language are tried in
 * order; the first rule whose `before` matches the text ending at the position and whose `after`
 * matches the text starting there decides whether the paragraph breaks there. No matching rule
 * means no break. Whitespace right after a break stays with the sentence before it.
 *
 * `before` and `after` are JavaScript regular-expression sources, compiled with the `u` flag.
 * `before` is used as a lookbehind, so it may be of any length and may start with `^`.
 * `{{name}}` inside either is replaced by the entries of the language's list `name`,
 * escaped and joined as alternatives (longest first). An empty source matches anywhere.
 * Keep every repetition in a `before` bounded (`{0,300}`, `{0,8}`, not `*` or `+`), except over a
 * negated class that stops at a clause end (`[^。；]*`): it is tried at every candidate break, so
 * an unbounded one makes long paragraphs (or long runs of punctuation) quadratic.
 */
export interface SegmentationRule {
  readonly break: boolean;
  readonly before: string;
  readonly after: string;
  readonly comment: string;
}

export interface LanguageSegmentationRules {
  /** Word lists (abbreviations, speech verbs...) that rules use through `{{name}}`. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  readonly rules: readonly SegmentationRule[];
}

export type SegmentationRules = Readonly<Record<LanguageCode, LanguageSegmentationRules>>;

const ZH_TERMINATORS = '。！？…';
const ZH_CLOSERS = '”’」』）》〉】〕)"\'';
const ZH_QUOTE_CLOSERS = '”’」』"\'';
// Closers that cannot open anything, so they may follow the terminator after a space (。 ”).
const ZH_SPACED_CLOSERS = '”’」』）》〉】〕)';
const ZH_CLAUSE_ENDS = '。！？!?；;';
const ZH_ITEM_MARKER = String.raw`(?:[（(][一二三四五六七八九十\d]{1,6}[)）]|[一二三四五六七八九十]{1,6}是|[一二三四五六七八九十\d]{1,6}[、.．]|第[一二三四五六七八九十\d]{1,6}|[①-⑳]|其[一二三四五六七八九十]|首先|其次|再次)`;

const EN_TERMINATORS = '.!?…';
const EN_CLOSERS = '"\'”’)\\]}»';
const EN_OPENERS = '"\'“‘(\\[{«¿¡';
const EN_SENTENCE_START = String.raw`\s+[${EN_OPENERS}]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]`;

/** The rules the workbench ships with. Extend them with `extendRules` rather than editing. */
export const DEFAULT_SEGMENTATION_RULES = {
  zh: {
    lists: {
      reportingVerbs: [
        '表示',
        '指出',
        '强调',
        '介绍',
        '称',
        '认为',
        '告诉记者',
        '透露',
        '坦言',
        '补充',
        '解释',
        '感叹',
        '回忆',
        '宣布',
        '提到',
        '谈到',
        // The same in traditional characters.
        '認為',
        '強調',
        '介紹',
        '稱',
        '告訴記者',
        '補充',
        '解釋',
        '感嘆',
        '回憶',
        '宣佈',
        '談到',
      ],
      sayingVerbs: ['说', '讲', '說', '講'],
      notReportingVerbs: [
        '一面说',
        '一边说',
        '听说',
        '据说',
        '虽说',
        '再说',
        '可以说',
        '就是说',
        '应该说',
        '比如说',
        '或者说',
        '来说',
        '俗话说',
        '小说',
        '传说',
        '堪称',
        '简称',
        '统称',
        '名称',
        '通称',
        '聽說',
        '據說',
        '雖說',
        '再說',
        '可以說',
        '就是說',
        '應該說',
        '比如說',
        '或者說',
        '來說',
        '俗話說',
        '小說',
        '傳說',
        '一面說',
        '一邊說',
        '堪稱',
        '簡稱',
        '統稱',
        '名稱',
        '通稱',
      ],
    },
    rules: [
      {
        break: false,
        before: `[${ZH_TERMINATORS}!?](?:[${ZH_QUOTE_CLOSERS}]|\\s{1,8}[”’」』]){1,8}`,
        after: `\\s*(?:[^，,${ZH_CLAUSE_ENDS}：:“”"\\s]{1,24}[，,])?[^，,${ZH_CLAUSE_ENDS}：:“”"]{0,30}?(?:{{reportingVerbs}})(?<!{{notReportingVerbs}})[，,]`,
        comment:
          'A quoted sentence stays with a reporting clause that carries the report on: “……。”王宏栓表示,今年… (a title with one inner comma is allowed; 听说, 可以说, 堪称... report nothing).',
      },
      {
        break: false,
        before: `[${ZH_TERMINATORS}!?](?:[${ZH_QUOTE_CLOSERS}]|\\s{1,8}[”’」』]){1,8}`,
        after: `\\s*[^，,${ZH_CLAUSE_ENDS}：:“”"\\s]{1,30}?(?:{{sayingVerbs}})(?<!{{notReportingVerbs}})[，,]`,
        comment:
          'So does a speaker and 说 going on after a comma: “……。”处长肖育雷说,一是…. A speaker tag that is a sentence of its own (“下轿！”他说。 / 沙瑞山摇摇头说。) is cut off, as literary corpora and their translations cut it.',
      },
      {
        break: false,
        before: `[“「『][^“”「」『』]{0,300}…`,
        after: '',
        comment: 'An ellipsis inside an open quotation is a pause, not an end: “我……我不知道。”',
      },
      {
        break: true,
        before: `[${ZH_TERMINATORS}](?:[${ZH_CLOSERS}]|\\s{1,8}[${ZH_SPACED_CLOSERS}]){0,8}`,
        after: `(?![${ZH_CLOSERS}${ZH_TERMINATORS}!?.，,、；;：:]|\\s+[${ZH_SPACED_CLOSERS}${ZH_TERMINATORS}，,、；;：:])`,
        comment:
          'Break after 。！？ and ……, after any closing quotes or brackets, unless more punctuation follows.',
      },
      {
        break: false,
        before: String.raw`\d\.`,
        after: '',
        comment:
          'A digit and a half-width dot number an item (1.加强领导) or end a decimal: no break.',
      },
      {
        break: true,
        before: `[.!?][${ZH_CLOSERS}]{0,8}`,
        after: String.raw`\s*[“‘「『（《]*\p{Script=Han}`,
        comment:
          'Half-width .!? end a sentence only before a Chinese character (never inside 3.5 or a URL).',
      },
      {
        break: false,
        before: `“[^”${ZH_TERMINATORS}]{0,300}[；;]`,
        after: '',
        comment: 'No break at ； inside a quotation.',
      },
      {
        break: false,
        before: `[：:][^${ZH_TERMINATORS}!?]{0,300}[；;]`,
        after: '',
        comment:
          'No break at ； after a colon in the same sentence (a list introduced by the colon).',
      },
      {
        break: false,
        before: '[；;]',
        after: String.raw`\s*` + ZH_ITEM_MARKER,
        comment:
          'No break at ； before a numbered item (一是, 二是, （三）, 4., ⑤, 其一, 首先...).',
      },
      {
        break: false,
        before: String.raw`(?:^|[${ZH_CLAUSE_ENDS}])\s{0,8}${ZH_ITEM_MARKER}[^${ZH_CLAUSE_ENDS}]*[；;]`,
        after: '',
        comment: 'No break at ； that ends a numbered item.',
      },
      {
        break: true,
        before: `(?:^|[${ZH_CLAUSE_ENDS}])[^${ZH_CLAUSE_ENDS}]*[，,][^${ZH_CLAUSE_ENDS}]*[；;]`,
        after: `(?![${ZH_CLOSERS}])(?=[^${ZH_CLAUSE_ENDS}]*[，,])`,
        comment:
          'Break at ； only between two clause groups (each with a comma); a ； between short items is no break.',
      },
    ],
  },
  en: {
    lists: {
      nonFinalAbbreviations: [
        'Mr.',
        'Mrs.',
        'Ms.',
        'Messrs.',
        'Dr.',
        'Prof.',
        'MR.',
        'MRS.',
        'MS.',
        'MESSRS.',
        'DR.',
        'PROF.',
        'St.',
        'Mt.',
        'Gen.',
        'Gov.',
        'Sen.',
        'Rep.',
        'Rev.',
        'Hon.',
        'Lt.',
        'Col.',
        'Capt.',
        'Sgt.',
        'vs.',
        'e.g.',
        'i.e.',
        'cf.',
        'U.S.',
        'U.K.',
        'U.N.',
        'Jan.',
        'Feb.',
        'Mar.',
        'Apr.',
        'Jun.',
        'Jul.',
        'Aug.',
        'Sep.',
        'Sept.',
        'Oct.',
        'Nov.',
        'Dec.',
      ],
      numberAbbreviations: [
        'No.',
        'Nos.',
        'no.',
        'Vol.',
        'Fig.',
        'Figs.',
        'p.',
        'pp.',
        'Art.',
        'Sec.',
      ],
      sentenceFinalAbbreviations: [
        'etc.',
        'Inc.',
        'Ltd.',
        'Co.',
        'Corp.',
        'a.m.',
        'p.m.',
        'Jr.',
        'Sr.',
      ],
    },
    rules: [
      {
        break: true,
        before: String.raw`(?<![\p{L}\p{N}])(?:{{sentenceFinalAbbreviations}})[${EN_CLOSERS}]{0,8}`,
        after: EN_SENTENCE_START,
        comment:
          'etc., Inc., a.m.... may end a sentence: break when a capital follows (so “Apple Inc. Chief” breaks too).',
      },
      {
        break: false,
        before: String.raw`(?<![\p{L}\p{N}])(?:{{nonFinalAbbreviations}})`,
        after: '',
        comment: 'Titles, U.S., e.g., months...: never the end of a sentence.',
      },
      {
        break: false,
        before: String.raw`(?<![\p{L}\p{N}])(?:{{numberAbbreviations}})`,
        after: String.raw`\s*\d`,
        comment: 'No. 5, pp. 12: no break before the number (but “He said No. Then” breaks).',
      },
      {
        break: false,
        before: String.raw`(?<![\p{L}\p{N}])I\.`,
        after: String.raw`\s+\p{Lu}\.`,
        comment:
          'I. M. Pei: “I.” is an initial only before another initial; “so was I.” ends a sentence.',
      },
      {
        break: false,
        before: String.raw`(?<![\p{L}\p{N}])(?!I\.)\p{Lu}\.`,
        after: '',
        comment: 'Initials: J. R. R. Tolkien, Xi J. Ping (also “Plan B.” then does not break).',
      },
      {
        break: false,
        before: String.raw`(?:^|[.!?:;…](?<!(?<![\p{L}\p{N}])(?:{{nonFinalAbbreviations}}))[${EN_CLOSERS}]{0,8}\s{1,8})\d{1,3}\.`,
        after: '',
        comment:
          'A number opening a sentence is a list number (“rules: 1. Be kind. 2. Be brave.”): no break after “1.”.',
      },
      {
        break: false,
        before: String.raw`(?<!\p{L})(\p{L}{1,12})\s?(?:\.\.\.|…|\. \. \.)`,
        after: String.raw`\s+\1(?![\p{L}])`,
        comment:
          'A stammer is a pause, not an end: “I . . . I don’t know”, “I... I’ve got” (the word before the ellipsis comes again).',
      },
      {
        break: true,
        before: `[—–-][${EN_CLOSERS}]{1,8}`,
        after: String.raw`\s+[${EN_OPENERS}]`,
        comment:
          'Speech broken off by a dash ends there when another quotation opens: “…though—’ ‘Is that right?’”.',
      },
      {
        break: true,
        before: `[${EN_TERMINATORS}][${EN_CLOSERS}]{0,8}`,
        after: EN_SENTENCE_START,
        comment:
          'Break after . ! ? … (and ?! ... sequences), after any closing quotes or brackets, before a capital, digit or opening quote.',
      },
    ],
  },
} as const satisfies SegmentationRules;
