import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { el } from './dom';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip, LineController, LineElement, PointElement);

export interface Series {
  label: string;
  values: number[];
  colour: string;
}

/**
 * A chart (Chart.js) with its figures also as a table for screen readers: the canvas is a picture,
 * the table is the data. Returns the figure element; `update` redraws it with new figures.
 */
export function chartFigure(title: string, type: 'bar' | 'line', labels: string[], series: Series[], horizontal = false) {
  const canvas = el('canvas', { role: 'img', 'aria-label': title });
  const table = el(
    'table',
    { class: 'visually-hidden' },
    el('caption', {}, title),
    el('tr', {}, el('th', {}, ''), ...series.map((s) => el('th', {}, s.label))),
    ...labels.map((label, i) => el('tr', {}, el('th', {}, label), ...series.map((s) => el('td', {}, String(s.values[i] ?? 0))))),
  );
  const figure = el('figure', { class: 'chart' }, el('figcaption', {}, title), el('div', { class: 'chart' }, canvas), table);
  const chart = new Chart(canvas, {
    type,
    data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.colour, borderColor: s.colour })) },
    options: { indexAxis: horizontal ? 'y' : 'x', responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } } },
  });
  return { figure, chart };
}
