import { describe, expect, it } from 'vitest';
import { checkNumbers } from './checkNumbers';

const check = (source: string, target: string) =>
  checkNumbers({ key: 's', source, target }).map(
    (finding) => `${finding.values['side']} ${finding.values['number']}`,
  );

describe('checkNumbers', () => {
  it.each([
    ['7月28日,项目开工。', 'On July 28, the project began.', []],
    ['7月28日,项目开工。', 'On July 27, the project began.', ['source 28', 'target 27']],
    ['7月28日,项目开工。', 'On June 28, the project began.', ['source 7']],
    ['四大贸易模式', 'four trade modes', []],
    ['三大贸易模式', 'four trade modes', ['source 三']],
    ['高等教育“百亿工程”', 'the higher education "Ten-Billion-Yuan Project"', []],
    ['投资百亿元', 'an investment of ten billion yuan', []],
    ['投资百亿元', 'an investment of 10 billion yuan', []],
    ['投资百亿元', 'an investment of one billion yuan', ['source 百亿', 'target one billion']],
    ['“2022年度专利奖”', 'the "2022 Patent Awards"', []],
    ['“2022年度专利奖”', 'the "2023 Patent Awards"', ['source 2022', 'target 2023']],
    ['增长40%', 'grew by 40 percent', []],
    ['增长40%', 'grew by 40%', []],
    ['增长百分之四十', 'grew by 40 percent', []],
    ['增长百分之四十', 'grew by forty percent', []],
    ['增长百分之四十', 'grew by 14 percent', ['source 四十', 'target 14']],
    ['省委十二届六次全会', 'the sixth plenary session of the 12th Provincial Committee', []],
    [
      '省委十二届六次全会',
      'the fifth plenary session of the 12th Provincial Committee',
      ['source 六'],
    ],
    ['建厂40年', 'built 40 years ago', []],
    ['建厂40年', 'built four decades ago', ['source 40']],
    ['近十年来', 'over the past decade', []],
    ['销售1,000吨', 'sold 1,000 tons', []],
    ['销售1.5万吨', 'sold 15,000 tons', []],
    ['二〇二二年', 'in 2022', []],
    ['第二批', 'the second batch', []],
    ['“1210”“9610”模式', 'the "1210" and "9610" modes', []],
    ['“十四五”规划', 'the 14th Five-Year Plan', []],
    ['两个试点省之一', 'one of the two pilot provinces', []],
    ['两国合作', 'cooperation between both countries', []],
    ['在新冠疫情中', 'during the COVID-19 pandemic', []],
    ['立足三晋大地', 'rooted in the land of Shanxi', []],
    ['一体化发展,一个时期', 'integrated development for a period', []],
    ['千家万户', 'every household', []],
    ['老百姓', 'ordinary people', []],
    ['十分重要', 'very important', []],
    ['上午9时30分', 'at 9:30 a.m.', []],
    ['上午9时', 'at 10 a.m.', ['source 9', 'target 10']],
    ['三是实施计划', 'Third, a program', []],
    ['开幕', '', []],
  ] as const)('%s ↔ %s', (source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('keys a finding by the side and the value, so that rewording elsewhere keeps it', () => {
    const [finding] = checkNumbers({ key: 's', source: '7月28日', target: 'July 27' });
    expect(finding?.detail).toBe('missing:28');
  });
});
