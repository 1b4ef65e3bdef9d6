import type { ExchangeDocument } from '../exchangeUnit';
import type { ReviewTableLabels } from './reviewTableLabels';

const STYLE = `body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:1.5cm;color:#111}
h1{font-size:1.3em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left;white-space:pre-wrap;overflow-wrap:anywhere}
th{background:#eee}
thead{display:table-header-group}
tr{break-inside:avoid}
col.number{width:3em}col.status{width:7em}col.note{width:18%}
@page{size:A4 landscape;margin:1.5cm}
@media print{body{margin:0}}`;

/**
 * A bilingual review table as one printable HTML page: a row a unit with its number, Chinese and
 * English side by side (each cell marked with its language), status and note. Everything from the
 * document is escaped; the page needs nothing else (no script, no outside resource).
 */
export function writeReviewHtml(
  document: ExchangeDocument,
  labels: ReviewTableLabels,
  pageLanguage = 'en',
): string {
  const rows = document.units
    .map(
      (unit, index) =>
        `<tr data-status="${escapeHtml(unit.status)}"><td>${index + 1}</td><td lang="${escapeHtml(document.sourceLang)}">${escapeHtml(unit.source)}</td><td lang="${escapeHtml(document.targetLang)}">${escapeHtml(unit.target)}</td><td>${escapeHtml(labels.statuses[unit.status])}</td><td>${escapeHtml(unit.note)}</td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(pageLanguage)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(labels.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(labels.title)}</h1>
<table>
<colgroup><col class="number"><col><col><col class="status"><col class="note"></colgroup>
<thead><tr><th>${escapeHtml(labels.number)}</th><th>${escapeHtml(labels.source)}</th><th>${escapeHtml(labels.target)}</th><th>${escapeHtml(labels.status)}</th><th>${escapeHtml(labels.note)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
