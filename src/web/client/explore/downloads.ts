import { el } from '../shared/dom';
import type { GraphView } from '../shared/graph-view';
import { request } from '../shared/graphql';
import * as q from './queries';

export type DownloadFormat = 'png' | 'svg' | 'GEXF' | 'GRAPHML' | 'CSV';

/** Hands a file to the browser's downloads. */
function save(blob: Blob, filename: string): void {
  const link = el('a', { href: URL.createObjectURL(blob), download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The view as files: the picture (PNG, SVG), or its nodes and every relationship among them for SNA tools (exportView). */
export async function downloadView(graph: GraphView, format: DownloadFormat): Promise<void> {
  if (format === 'png' || format === 'svg') {
    save(graph.picture(format), `connective-cities-view.${format}`);
    return;
  }
  const ids = graph.drawn().nodes;
  if (ids.length === 0) throw new Error('Nothing is drawn yet: search for a node first.');
  const { exportView } = await request<q.ExportAnswer>(q.EXPORT, { ids, format });
  for (const f of exportView) save(new Blob([f.content], { type: f.mediaType }), f.filename);
}
