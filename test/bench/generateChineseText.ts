const SUBJECTS = [
  '全省各地',
  '省教育厅',
  '太原市',
  '大同市',
  '山西建投',
  '科技厅',
  '示范区',
  '各高校',
];
const ACTIONS = ['加快推进', '深入实施', '统筹推进', '持续深化', '全面落实', '积极对接'];
const OBJECTS = [
  '转型发展',
  '“两个基本实现”目标',
  '高水平创新平台体系建设',
  '重点领域改革',
  '高质量发展',
  '“六大行动”',
];

/** A deterministic Chinese text of `sentenceCount` sentences, `perParagraph` to a line, for benchmarks. */
export function generateChineseText(sentenceCount: number, perParagraph = 20): string {
  const lines: string[] = [];
  let line = '';
  for (let index = 0; index < sentenceCount; index += 1) {
    const subject = SUBJECTS[index % SUBJECTS.length];
    const action = ACTIONS[(index * 7) % ACTIONS.length];
    const object = OBJECTS[(index * 5) % OBJECTS.length];
    line += `第${index + 1}句:${subject}${action}${object},今年完成投资${(index % 97) + 3}亿元。`;
    if ((index + 1) % perParagraph === 0) {
      lines.push(line);
      line = '';
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
