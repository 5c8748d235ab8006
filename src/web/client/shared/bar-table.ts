import { stringify } from 'csv-stringify/browser/esm/sync';
import { el } from './dom';
import { formatNumber, word, type Lang } from './i18n';

/**
 * A chart that is its own table: a row per category, a column per figure, each figure drawn as a
 * bar scaled to the largest in its own column (figures of different scale never share an axis),
 * its number beside it. Screen readers read a table; the same rows download as CSV.
 */
export interface BarColumn {
  label: string;
  colour: string;
}

export interface BarRow {
  label: string;
  values: number[];
}

export function barTable(lang: Lang, caption: string, head: string, columns: BarColumn[], rows: BarRow[], file: string): HTMLElement {
  const max = columns.map((_c, i) => Math.max(0, ...rows.map((r) => r.values[i] ?? 0)));
  const cell = (value: number, i: number) =>
    el(
      'td',
      { 'data-value': value, 'data-label': columns[i].label },
      el('span', { class: 'num' }, formatNumber(lang, value)),
      el('span', { class: 'bar', 'aria-hidden': 'true' }, el('i', { style: `width:${max[i] > 0 ? (100 * value) / max[i] : 0}%;background:${columns[i].colour}` })),
    );
  const table = el(
    'table',
    { class: 'bars' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, head), ...columns.map((c) => el('th', { scope: 'col' }, c.label)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.label), ...r.values.map(cell)))),
  );
  const download = el('button', { type: 'button', class: 'csv' }, word(lang, 'downloadCsv'));
  download.addEventListener('click', () => {
    const csv = stringify([[head, ...columns.map((c) => c.label)], ...rows.map((r) => [r.label, ...r.values])]);
    const link = el('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), download: `${file}.csv` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  return el('figure', { class: 'bar-table' }, table, download);
}
