import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { NotDocxError, readAlignmentFile } from './readAlignmentFile';

const fixtures = new URL('../../../test/fixtures/text/', import.meta.url);

async function docxFile(name: string, paragraphs: readonly string[]): Promise<File> {
  const document = new Document({
    sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }],
  });
  return new File([new Uint8Array(await Packer.toBuffer(document))], name);
}

describe('readAlignmentFile', () => {
  it('reads a Word document a paragraph a line', async () => {
    const file = await docxFile('zh.docx', ['山西加快转型。', '', '推进教育科技人才振兴。']);
    expect(await readAlignmentFile(file)).toEqual({
      text: '山西加快转型。\n推进教育科技人才振兴。',
      format: 'docx',
      encoding: undefined,
    });
  });

  it('refuses a .docx that is not one, and a damaged one', async () => {
    await expect(readAlignmentFile(new File(['plain text'], 'fake.docx'))).rejects.toBeInstanceOf(
      NotDocxError,
    );
    const zipStart = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    await expect(readAlignmentFile(new File([zipStart], 'broken.docx'))).rejects.toBeInstanceOf(
      NotDocxError,
    );
  });

  it('reads HTML and Markdown as their text', async () => {
    expect(
      await readAlignmentFile(new File(['<p>A &amp; B.</p><p>C.</p>'], 'page.html')),
    ).toMatchObject({ text: 'A & B.\nC.', format: 'html' });
    expect(
      await readAlignmentFile(new File(['<!DOCTYPE html><body><h1>T</h1></body>'], 'page.txt')),
    ).toMatchObject({ text: 'T', format: 'html' });
    expect(await readAlignmentFile(new File(['# Title\n\nSome *text*.'], 'a.md'))).toMatchObject({
      text: 'Title\nSome text.',
      format: 'markdown',
    });
  });

  it('decodes GB18030 text and refuses an empty file', async () => {
    const bytes = readFileSync(new URL('zh-gb18030.txt', fixtures));
    const read = await readAlignmentFile(new File([bytes], 'zh.txt'));
    expect(read.encoding).toBe('gb18030');
    expect(read.text).toMatch(/\p{Script=Han}/u);
    await expect(readAlignmentFile(new File([], 'empty.txt'))).rejects.toMatchObject({
      reason: 'empty',
    });
  });
});
