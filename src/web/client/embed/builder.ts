import { COMMON_PARAMS, EMBEDS, type EmbedSpec, type ParamSpec } from '../../../server/embeds';
import { byId, el } from '../shared/dom';
import { request } from '../shared/graphql';
import { clusterNamer, regionName, type ClusterNames } from '../shared/i18n';
import { choicesOf } from './params';

/**
 * /embed — choose an embed and its parameters, see it live at a chosen size, copy the <iframe>.
 * The form is built from the embeds' table, so every embed and parameter the server has is here.
 */

export const SIZES = [
  { label: 'Small (320 × 240)', width: 320, height: 240 },
  { label: 'Medium (640 × 420)', width: 640, height: 420 },
  { label: 'Large (1280 × 800)', width: 1280, height: 800 },
] as const;

const form = byId<HTMLFormElement>('builder');
const preview = byId<HTMLIFrameElement>('preview');
const snippet = byId<HTMLTextAreaElement>('snippet');
const embedSelect = byId<HTMLSelectElement>('embed');
const sizeSelect = byId<HTMLSelectElement>('size');
const fields = byId('params');

embedSelect.replaceChildren(...EMBEDS.map((e) => el('option', { value: e.name }, e.title.en)));
sizeSelect.replaceChildren(...SIZES.map((s, i) => el('option', { value: i, selected: i === 1 }, s.label)));

/** How a choice is shown: clusters by their names in the data, regions by the model's; else as the URL writes it. */
let shown = (_kind: ParamSpec['kind'], value: string) => value;

function field(spec: ParamSpec): HTMLElement {
  const id = `param-${spec.name}`;
  const choices = choicesOf(spec.kind);
  const input = choices
    ? el('select', { id, name: spec.name }, el('option', { value: '' }, spec.kind === 'lang' ? 'en (default)' : spec.kind === 'theme' ? 'light (default)' : '— any —'), ...choices.map((c) => el('option', { value: c }, shown(spec.kind, c))))
    : el('input', { id, name: spec.name, value: spec.example ?? '', placeholder: spec.example ?? '', required: spec.required });
  return el('div', { class: 'field' }, el('label', { for: id }, spec.name + (spec.required ? ' (required)' : '')), input, el('small', {}, spec.help));
}

const current = (): EmbedSpec => EMBEDS.find((e) => e.name === embedSelect.value) ?? EMBEDS[0];

function showFields(): void {
  const embed = current();
  fields.replaceChildren(el('p', { class: 'hint' }, embed.description), ...[...embed.params, ...COMMON_PARAMS].map(field));
}

/** The embed's address from the form: only the parameters given, in the table's order. */
function address(): string {
  const embed = current();
  const query = new URLSearchParams();
  for (const spec of [...embed.params, ...COMMON_PARAMS]) {
    const value = (form.elements.namedItem(spec.name) as HTMLInputElement | HTMLSelectElement | null)?.value.trim();
    if (value) query.set(spec.name, value);
  }
  const search = query.toString();
  return `${location.origin}/embed/${embed.name}${search ? `?${search}` : ''}`;
}

function update(): void {
  const size = SIZES[Number(sizeSelect.value)] ?? SIZES[1];
  const src = address();
  if (preview.src !== src) preview.src = src;
  preview.width = String(size.width);
  preview.height = String(size.height);
  const title = `${current().title.en} · Connective Cities`;
  snippet.value = `<iframe src="${src}" width="${size.width}" height="${size.height}" title="${title}" style="border:0" loading="lazy"></iframe>`;
}

embedSelect.addEventListener('change', () => {
  showFields();
  update();
});
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());
byId('copy').addEventListener('click', async () => {
  snippet.select();
  const done = await navigator.clipboard?.writeText(snippet.value).then(() => true, () => false);
  byId('copied').textContent = done ? 'Copied.' : 'Selected: press Ctrl+C to copy.';
});
const asked = new URLSearchParams(location.search).get('embed');
if (asked && EMBEDS.some((e) => e.name === asked)) embedSelect.value = asked;
showFields();
update();
// The form works at once with the codes; the clusters' names replace them when the data answers.
void request<{ clusters: ClusterNames }>('EmbedClusters').then(({ clusters }) => {
  const cluster = clusterNamer('en', clusters);
  shown = (kind, value) => (kind === 'cluster' ? cluster(value) : kind === 'region' ? regionName('en', value) : value);
  // Drawn again with the names, keeping what was chosen or typed meanwhile.
  const chosen = [...fields.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((f) => [f.id, f.value] as const);
  showFields();
  for (const [id, value] of chosen) {
    const f = fields.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
    if (f) f.value = value;
  }
  update();
}, () => undefined);
