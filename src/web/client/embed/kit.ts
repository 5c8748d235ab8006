import { embedNamed } from '../../../server/embeds';
import { el, showError } from '../shared/dom';
import { request } from '../shared/graphql';
import { clusterNamer, word, type ClusterNames, type Lang, type Word } from '../shared/i18n';
import { onNetworkChanged } from '../shared/live';
import { parseEmbedParams, type EmbedParams } from './params';

/**
 * What every embed shares: its URL parsed by the embeds' table (a bad parameter is a message in
 * the frame), the language and theme set on the page, its card drawn and drawn again whenever
 * the graph changes, and any failure shown as the service's message.
 */
export interface EmbedPage extends EmbedParams {
  card: HTMLElement;
  /** The embed's title in the page's language. */
  title: string;
  say(key: Word, values?: Record<string, string | number>): string;
  /** The data's cluster names in the page's language. */
  clusterName(code: string): string;
  /** "Updated 14:03 · Open in the explorer". */
  footer(explore?: string): HTMLElement;
  /** Puts these in the card, in place of what it showed (nulls left out). */
  show(...children: (Node | null | undefined)[]): void;
}

interface ClustersAnswer {
  clusters: ClusterNames;
}

export function startEmbed(name: string, render: (page: EmbedPage) => Promise<void>, fromPath: Record<string, string> = {}): void {
  const spec = embedNamed(name)!;
  const card = document.getElementById('card')!;
  const search = location.search;
  const asked: Lang = new URLSearchParams(search).get('lang') === 'de' ? 'de' : 'en';
  let params: EmbedParams;
  try {
    params = parseEmbedParams(spec, search, fromPath);
  } catch (error) {
    document.documentElement.lang = asked;
    card.replaceChildren(el('h1', {}, spec.title[asked]), el('p', { class: 'error', role: 'alert' }, `${word(asked, 'badParameters')} ${(error as Error).message}`));
    return;
  }
  const { lang, theme } = params;
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = theme;
  document.title = `${spec.title[lang]} · Connective Cities`;
  let clusters: ClusterNames | undefined;
  const page: EmbedPage = {
    ...params,
    card,
    title: spec.title[lang],
    say: (key, values) => word(lang, key, values),
    clusterName: (code) => (clusters ? clusterNamer(lang, clusters)(code) : code),
    show: (...children) => card.replaceChildren(...children.filter((c): c is Node => c != null)),
    footer: (explore) =>
      el(
        'p',
        { class: 'updated' },
        `${word(lang, 'updated')} ${new Date().toLocaleTimeString(lang === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit' })}`,
        explore ? ' · ' : null,
        explore ? el('a', { href: explore, target: '_blank', rel: 'noopener' }, word(lang, 'openExplorer')) : null,
      ),
  };
  const draw = async () => {
    try {
      clusters ??= (await request<ClustersAnswer>('EmbedClusters')).clusters;
      await render(page);
    } catch (error) {
      showError(card, error);
    }
  };
  void draw();
  onNetworkChanged(() => void draw());
}

/** A figure with its word: "329 practitioners". */
export const bigFigure = (value: string, label: string) => el('div', { class: 'figure' }, el('strong', {}, value), label);
