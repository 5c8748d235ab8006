import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { numericToAlpha2 } from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/**
 * The network on the map, drawn as SVG from country shapes bundled with the page (world-atlas,
 * Natural Earth at 1:110m; nothing is fetched): countries shaded by a figure (practitioners,
 * events or outcomes there), cities sized by their practitioners, and the exchange between cities as arcs as heavy as it is.
 */

export interface MapCity {
  id: string;
  name: string;
  lat: number;
  lon: number;
  practitioners: number;
}

/** What countries can be shaded by: practitioners based there, events held there, outcomes implemented there. */
export const COUNTRY_FIGURES = {
  practitioners: 'practitioners based there',
  events: 'events held there',
  outcomes: 'outcomes implemented there',
} as const;
export type CountryFigure = keyof typeof COUNTRY_FIGURES;

export interface MapData {
  cities: MapCity[];
  /** Per figure, its count per country, by ISO 3166-1 alpha-2 code. */
  countries: Record<CountryFigure, Map<string, number>>;
  links: { a: string; b: string; weight: number }[];
}

const SVG = 'http://www.w3.org/2000/svg';
const SHADES = ['#edf2f7', '#bee3f8', '#90cdf4', '#4299e1', '#2b6cb0', '#1a365d'];

const COUNTRIES = feature(world as unknown as Topology, (world as unknown as Topology).objects.countries as GeometryCollection) as unknown as FeatureCollection<Geometry, { name: string }>;

function svgEl(name: string, attrs: Record<string, string | number>, ...children: (Element | string)[]): SVGElement {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  for (const c of children) e.append(c);
  return e;
}

/** The shade of a count among counts up to `max`: six steps, the lightest for none. */
const shadeOf = (n: number, max: number) => (n <= 0 || max <= 0 ? SHADES[0] : SHADES[Math.min(SHADES.length - 1, 1 + Math.floor((Math.sqrt(n / max) * (SHADES.length - 1)) - 1e-9))]);

export class MapView {
  constructor(
    private readonly container: HTMLElement,
    private readonly onOpen: (cityId: string) => void,
  ) {}

  render(data: MapData, figure: CountryFigure): void {
    const width = Math.max(320, this.container.clientWidth);
    const height = Math.max(240, this.container.clientHeight);
    const projection = geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], COUNTRIES);
    const path = geoPath(projection);
    const counts = data.countries[figure];
    const maxCountry = Math.max(0, ...counts.values());
    const countries = COUNTRIES.features.map((f: Feature<Geometry, { name: string }>) => {
      const code = numericToAlpha2(String(f.id ?? '')) ?? '';
      const n = counts.get(code) ?? 0;
      return svgEl('path', { d: path(f) ?? '', fill: shadeOf(n, maxCountry), stroke: '#a0aec0', 'stroke-width': 0.5, 'data-country': code, 'data-count': n }, svgEl('title', {}, `${f.properties.name}: ${n} ${COUNTRY_FIGURES[figure]}`));
    });
    const at = new Map(data.cities.map((c) => [c.id, projection([c.lon, c.lat])] as const));
    const maxLink = Math.max(1, ...data.links.map((l) => l.weight));
    const arcs = data.links.flatMap((l) => {
      const [p, q] = [at.get(l.a), at.get(l.b)];
      if (!p || !q) return [];
      // A curve bowed to one side, by a fifth of its length, so arcs between the same region stay apart.
      const [mx, my] = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
      const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
      const d = `M${p[0]},${p[1]} Q${mx - dy / 5},${my + dx / 5} ${q[0]},${q[1]}`;
      return [svgEl('path', { d, class: 'arc', fill: 'none', stroke: '#9c4221', 'stroke-opacity': 0.7, 'stroke-width': 0.8 + (3.2 * l.weight) / maxLink, 'data-a': l.a, 'data-b': l.b })];
    });
    const maxCity = Math.max(1, ...data.cities.map((c) => c.practitioners));
    const cities = data.cities.flatMap((c) => {
      const p = at.get(c.id);
      if (!p) return [];
      const dot = svgEl('circle', { cx: p[0], cy: p[1], r: 2.5 + 9 * Math.sqrt(c.practitioners / maxCity), class: 'city', 'data-id': c.id, tabindex: 0, role: 'button', 'aria-label': `${c.name}: ${c.practitioners} practitioners; open it` }, svgEl('title', {}, `${c.name}: ${c.practitioners} practitioners`));
      const open = () => this.onOpen(c.id);
      dot.addEventListener('click', open);
      dot.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Enter' && open());
      return [dot];
    });
    this.container.replaceChildren(
      svgEl('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Map of the network: countries shaded by ${COUNTRY_FIGURES[figure]}, cities sized by their practitioners, arcs for the exchange between cities` },
        svgEl('g', { class: 'countries' }, ...countries),
        svgEl('g', { class: 'arcs' }, ...arcs),
        svgEl('g', { class: 'cities' }, ...cities),
      ),
    );
  }
}
