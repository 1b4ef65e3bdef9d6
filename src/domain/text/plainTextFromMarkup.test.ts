import { describe, expect, it } from 'vitest';
import { plainTextFromHtml } from './plainTextFromHtml';
import { plainTextFromMarkdown } from './plainTextFromMarkdown';

describe('plainTextFromMarkdown', () => {
  it.each([
    ['# 山西：加快转型发展\n\n正文第一段。', '山西：加快转型发展\n正文第一段。'],
    [
      'A **bold** and *italic* [link](http://x.org) with `code`.',
      'A bold and italic link with code.',
    ],
    ['- first item\n- second item', 'first item\nsecond item'],
    ['> quoted line one\n> continued', 'quoted line one continued'],
    ['第一行\n第二行', '第一行第二行'],
    ['line one\nline two', 'line one line two'],
    ['```\ncode();\n```\nafter', 'after'],
    ['a\n\n---\n\nb', 'a\nb'],
    ['<!-- hidden -->shown', 'shown'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['| a | b |\n|---|---|\n| 1 | 2 |', 'a b\n1 2'],
  ])('reads %j as %j', (markdown, text) => {
    expect(plainTextFromMarkdown(markdown)).toBe(text);
  });
});

describe('plainTextFromHtml', () => {
  it.each([
    ['<p>第一段。</p><p>第二段。</p>', '第一段。\n第二段。'],
    [
      '<html><head><title>T</title><style>p{}</style></head><body><h1>Title</h1><p>A &amp; B&nbsp;c</p></body></html>',
      'Title\nA & B c',
    ],
    ['<p>one<br>two</p>', 'one\ntwo'],
    ['<script>alert(1)</script><p>safe <b>bold</b></p>', 'safe bold'],
    ['<p>&#x4E2D;&#25991; &lt;tag&gt; &unknown;</p>', '中文 <tag> &unknown;'],
    ['<!DOCTYPE html><p>x</p><!-- c -->', 'x'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['<p>&#0;&#xD800;</p>', '\ufffd\ufffd'],
  ])('reads %j as %j', (html, text) => {
    expect(plainTextFromHtml(html)).toBe(text);
  });
});
