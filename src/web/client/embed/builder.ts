import { COMMON_PARAMS, EMBEDS, type EmbedSpec, type ParamSpec } from '../../../server/embeds';
import { byId, el } from '../shared/dom';
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

function field(spec: ParamSpec): HTMLElement {
  const id = `param-${spec.name}`;
  const choices = choicesOf(spec.kind);
  const input = choices
    ? el('select', { id, name: spec.name }, el('option', { value: '' }, spec.kind === 'lang' ? 'en (default)' : spec.kind === 'theme' ? 'light (default)' : '— any —'), ...choices.map((c) => el('option', { value: c }, c)))
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
