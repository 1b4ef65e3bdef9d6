import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences';

const sentences = (...pieces: string[]): string[] => pieces;

describe('splitSentences in Chinese', () => {
  it.each([
    ['a heading without final punctuation', '晋北新闻简报', sentences('晋北新闻简报')],
    [
      'full stops, exclamation and question marks',
      '全市经济稳中向好。投资增速加快！消费能否回暖？',
      sentences('全市经济稳中向好。', '投资增速加快！', '消费能否回暖？'),
    ],
    [
      'a mixed ！？ and a doubled ！！',
      '这是真的吗！？太好了！！我们走吧。',
      sentences('这是真的吗！？', '太好了！！', '我们走吧。'),
    ],
    [
      'the ellipsis ……',
      '他犹豫了很久……最后还是走了。',
      sentences('他犹豫了很久……', '最后还是走了。'),
    ],
    ['an ellipsis before a comma', '等等……,再想想。', sentences('等等……,再想想。')],
    [
      'an ellipsis inside an open quotation',
      '“我……我不知道。”他低下头。',
      sentences('“我……我不知道。”', '他低下头。'),
    ],
    [
      'spaced ellipses breaking once, after the last',
      '远处传来歌声…… ……越来越近。',
      sentences('远处传来歌声…… ……', '越来越近。'),
    ],
    [
      'a space between the stop and its closing quote',
      '他说：“我们走吧。 ”大家站了起来。',
      sentences('他说：“我们走吧。 ”', '大家站了起来。'),
    ],
    [
      'a closing quote staying with its sentence',
      '他说：“我们走吧。”大家都站了起来。',
      sentences('他说：“我们走吧。”', '大家都站了起来。'),
    ],
    [
      'a closing bracket and a title mark',
      '（详见附件。）会议审议了《工作报告》。',
      sentences('（详见附件。）', '会议审议了《工作报告》。'),
    ],
    [
      'corner quotes, nested',
      '「他喊道『快跑！』」她回忆,那天风很大。',
      sentences('「他喊道『快跑！』」她回忆,那天风很大。'),
    ],
    [
      'nested quotes closing together',
      '老人说：“孩子们总问‘还能回来吗？’”院子里安静下来。',
      sentences('老人说：“孩子们总问‘还能回来吗？’”', '院子里安静下来。'),
    ],
    [
      'a quote followed by its speaker and a comma',
      '“我们要抓住机遇。”市长表示,下一步将加快转型。',
      sentences('“我们要抓住机遇。”市长表示,下一步将加快转型。'),
    ],
    [
      'a quote followed by a speaker whose title has an inner comma',
      '“新能源是方向。”大同市政协副主席,大同市发改委党组书记、主任王宏栓表示,今年将新增项目20个。',
      sentences(
        '“新能源是方向。”大同市政协副主席,大同市发改委党组书记、主任王宏栓表示,今年将新增项目20个。',
      ),
    ],
    [
      'a quote followed by a speaker tag that is a sentence of its own',
      '“走吧！”他说。“好的。”她轻声问道,“去哪儿？”“不是故障。”汪淼摇摇头说。',
      sentences(
        '“走吧！”',
        '他说。',
        '“好的。”',
        '她轻声问道,“去哪儿？”',
        '“不是故障。”',
        '汪淼摇摇头说。',
      ),
    ],
    [
      'a quote followed by a speaker and 说 going on after a comma',
      '“我们要抓住机遇。”省委政研室(省委改革办)处长郭妙卿说,要扎实推进改革。',
      sentences('“我们要抓住机遇。”省委政研室(省委改革办)处长郭妙卿说,要扎实推进改革。'),
    ],
    [
      'the same in traditional characters',
      '“我們要抓住機遇。”市長表示,下一步將加快轉型。“錢已經借出去了。”他聽說,便回家了。“好的。”處長說,要推進改革。',
      sentences(
        '“我們要抓住機遇。”市長表示,下一步將加快轉型。',
        '“錢已經借出去了。”',
        '他聽說,便回家了。',
        '“好的。”處長說,要推進改革。',
      ),
    ],
    [
      'a quote followed by 一面说, which names no speaker',
      '“到家都问个好儿罢。”一面说，一面就站起来了。',
      sentences('“到家都问个好儿罢。”', '一面说，一面就站起来了。'),
    ],
    [
      'a quote followed by a new speaker introducing another quote',
      '“走吧。”她说：“我也去。”',
      sentences('“走吧。”', '她说：“我也去。”'),
    ],
    [
      'a quote followed by a clause that only contains 说',
      '“走吧。”他说完就转身离开了。',
      sentences('“走吧。”', '他说完就转身离开了。'),
    ],
    [
      'a quote followed by a clause ending in 听说 or 可以说, which name no speaker',
      '“钱已经借出去了。”他听说,便回家了。“我们成功了！”可以说,这是一次胜利。',
      sentences(
        '“钱已经借出去了。”',
        '他听说,便回家了。',
        '“我们成功了！”',
        '可以说,这是一次胜利。',
      ),
    ],
    [
      'a quote followed by 认为 with a full-width comma',
      '“这是好事。”专家们普遍认为，政策效果明显。',
      sentences('“这是好事。”专家们普遍认为，政策效果明显。'),
    ],
    [
      'half-width punctuation before Chinese but not in decimals',
      '增长了3.5%.同比提高0.8个百分点!真的吗?是的。',
      sentences('增长了3.5%.', '同比提高0.8个百分点!', '真的吗?', '是的。'),
    ],
    [
      'half-width numbered items',
      '工作要点：1.加强领导,2.完善制度。',
      sentences('工作要点：1.加强领导,2.完善制度。'),
    ],
    [
      'half-width punctuation before Latin text',
      '请访问example.com.cn获取详情。',
      sentences('请访问example.com.cn获取详情。'),
    ],
    [
      'whitespace after a full stop ends the preceding piece',
      '第一句。  第二句。',
      sentences('第一句。  ', '第二句。'),
    ],
    [
      'semicolons between numbered items',
      '一是加强领导；二是完善制度；三是强化考核。',
      sentences('一是加强领导；二是完善制度；三是强化考核。'),
    ],
    [
      'semicolons in a list after a colon',
      '重点抓好三件事：稳就业,保民生；促投资,扩消费；防风险,守底线。',
      sentences('重点抓好三件事：稳就业,保民生；促投资,扩消费；防风险,守底线。'),
    ],
    ['semicolons between short items', '土地；资金；人才。', sentences('土地；资金；人才。')],
    [
      'a semicolon between two clause groups',
      '今年以来,全市经济稳中向好；同时,投资增速明显加快。',
      sentences('今年以来,全市经济稳中向好；', '同时,投资增速明显加快。'),
    ],
    [
      'a semicolon inside a quotation',
      '他说：“今年,我们要稳；明年,我们要快。”',
      sentences('他说：“今年,我们要稳；明年,我们要快。”'),
    ],
  ])('%s', (_label, paragraph, expected) => {
    expect(splitSentences(paragraph, 'zh')).toEqual(expected);
  });
});

describe('splitSentences in English', () => {
  it.each([
    [
      'plain sentences',
      'It rained. We stayed in! Why? ',
      sentences('It rained. ', 'We stayed in! ', 'Why? '),
    ],
    [
      'titles',
      'Mr. Li met Mrs. Wang, Ms. Zhao, Dr. Chen and Prof. Sun. They talked.',
      sentences('Mr. Li met Mrs. Wang, Ms. Zhao, Dr. Chen and Prof. Sun. ', 'They talked.'),
    ],
    [
      'Saint',
      'They visited St. Paul Cathedral. It was closed.',
      sentences('They visited St. Paul Cathedral. ', 'It was closed.'),
    ],
    [
      'country abbreviations',
      'The U.S. Army and the U.K. Navy met. Talks began.',
      sentences('The U.S. Army and the U.K. Navy met. ', 'Talks began.'),
    ],
    [
      'numbers after No. and Nos.',
      'See No. 5 and Nos. 6 and 7. Then stop.',
      sentences('See No. 5 and Nos. 6 and 7. ', 'Then stop.'),
    ],
    [
      'a sentence-final No.',
      'He said No. Then he left.',
      sentences('He said No. ', 'Then he left.'),
    ],
    [
      'versus',
      'It was Team Red vs. Team Blue. Team Red won.',
      sentences('It was Team Red vs. Team Blue. ', 'Team Red won.'),
    ],
    [
      'etc. before lowercase and before a capital',
      'Coal, steel, etc. are down. Prices, wages, etc. Nothing else changed.',
      sentences('Coal, steel, etc. are down. ', 'Prices, wages, etc. ', 'Nothing else changed.'),
    ],
    [
      'e.g. and i.e.',
      'Use a tool, e.g. Python. Or a method, i.e. One that works.',
      sentences('Use a tool, e.g. Python. ', 'Or a method, i.e. One that works.'),
    ],
    [
      'a.m. and p.m.',
      'We met at 9 a.m. on Monday and left at 5 p.m. The talks ended.',
      sentences('We met at 9 a.m. on Monday and left at 5 p.m. ', 'The talks ended.'),
    ],
    [
      'months',
      'It opened on Jan. 5 and closed on Dec. 30. Sept. Rains came.',
      sentences('It opened on Jan. 5 and closed on Dec. 30. ', 'Sept. Rains came.'),
    ],
    [
      'company suffixes',
      'He joined Acme Inc. in May and left Foo Ltd. for Bar Co. and Baz Corp. Now he rests.',
      sentences(
        'He joined Acme Inc. in May and left Foo Ltd. for Bar Co. and Baz Corp. ',
        'Now he rests.',
      ),
    ],
    [
      'initials',
      'J. R. R. Tolkien wrote it. Xi J. Ping agreed. J.R.R. Tolkien smiled.',
      sentences('J. R. R. Tolkien wrote it. ', 'Xi J. Ping agreed. ', 'J.R.R. Tolkien smiled.'),
    ],
    [
      'the pronoun I and the initial I.',
      'He was tired, and so was I. Then I. M. Pei spoke.',
      sentences('He was tired, and so was I. ', 'Then I. M. Pei spoke.'),
    ],
    [
      'decimals and thousands',
      'Output rose 3.5 percent to 1,210.5 tons. Prices fell 0.2.',
      sentences('Output rose 3.5 percent to 1,210.5 tons. ', 'Prices fell 0.2.'),
    ],
    [
      'ellipses before a capital and before lowercase',
      'He waited... and waited… Nothing. Then... She came.',
      sentences('He waited... and waited… ', 'Nothing. ', 'Then... ', 'She came.'),
    ],
    [
      'closing quotes after the terminator',
      '"He left." She stayed. \u201cWhy?\u201d she asked. \u201cBecause.\u201d',
      sentences(
        '"He left." ',
        'She stayed. ',
        '\u201cWhy?\u201d she asked. ',
        '\u201cBecause.\u201d',
      ),
    ],
    [
      'brackets after the terminator',
      '(See above.) Next. [Sic.] Done.',
      sentences('(See above.) ', 'Next. ', '[Sic.] ', 'Done.'),
    ],
    [
      'an opening quote starting the next sentence',
      'He nodded. "Fine," she said.',
      sentences('He nodded. ', '"Fine," she said.'),
    ],
    ['?! sequences', 'What?! No way!! Really?', sentences('What?! ', 'No way!! ', 'Really?')],
    [
      'a digit starting a sentence',
      'It ended. 2020 was hard.',
      sentences('It ended. ', '2020 was hard.'),
    ],
    ['no space after the stop', 'It ended.Then more.', sentences('It ended.Then more.')],
    [
      'list numbers after a colon, a sentence end or at the start',
      '1. Rules. There are three: 1. Be kind. 2. Be brave. He won 3. Then he left.',
      sentences(
        '1. Rules. ',
        'There are three: 1. Be kind. ',
        '2. Be brave. ',
        'He won 3. ',
        'Then he left.',
      ),
    ],
    [
      'titles in capitals',
      'MR. WANG AND MRS. LI CAME. DR. ZHOU LEFT.',
      sentences('MR. WANG AND MRS. LI CAME. ', 'DR. ZHOU LEFT.'),
    ],
    [
      'a stammer across an ellipsis, spaced or not',
      "I . . . I don't know. 'I... I've got it.' He paused . . . Then he left.",
      sentences(
        "I . . . I don't know. ",
        "'I... I've got it.' ",
        'He paused . . . ',
        'Then he left.',
      ),
    ],
    [
      'speech broken off by a dash before another quotation',
      '\'You would have had me—\' \'Is that right?\' he asked. "Those rumours—" "Most were true."',
      sentences(
        "'You would have had me—' ",
        "'Is that right?' he asked. ",
        '"Those rumours—" ',
        '"Most were true."',
      ),
    ],
  ])('%s', (_label, paragraph, expected) => {
    expect(splitSentences(paragraph, 'en')).toEqual(expected);
  });
});

const mixedCharacter = fc.constantFrom(
  ...'ab Z9.,!?;:…"\'“”‘’「」（）()《》。！？；，、：\t\u3000\n说表示王中文字3'.split(''),
  '𠮷',
  '……',
  '...',
  'Mr.',
  'No.',
  '”他说,',
);
const mixedText = fc.oneof(
  fc.string({ unit: mixedCharacter, maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

describe('splitSentences properties', () => {
  it.each(['zh', 'en'] as const)('in %s, joins back to its input, with no empty piece', (lang) => {
    fc.assert(
      fc.property(mixedText, (paragraph) => {
        const pieces = splitSentences(paragraph, lang);
        expect(pieces.join('')).toBe(paragraph);
        expect(pieces.filter((piece) => piece === '')).toEqual([]);
        expect(pieces.slice(1).filter((piece) => /^\s/u.test(piece))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
