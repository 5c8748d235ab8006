import { request } from '../shared/graphql';
import type { MapData } from './map-view';
import * as q from './queries';

type Place = q.MapCitiesAnswer['cities']['nodes'][number];

/**
 * What the map draws, from the API: every city's place (read once, page by page, and kept), and
 * at the end of a year (or today) practitioners by home city and country, events and outcomes by
 * country (the listings' facets), and the heaviest links between cities up to the year.
 */
export class MapSource {
  private places?: Place[];

  async load(year: number | undefined): Promise<MapData> {
    const places = (this.places ??= await everyPlace());
    const answer = await request<q.MapAnswer>(q.MAP, { to: year ?? null, asOf: year ? `${year}-12-31` : null });
    const counts = (listing: { facets: q.MapAnswer['events']['facets'] }, dimension: string) =>
      new Map((listing.facets.find((f) => f.dimension === dimension)?.buckets ?? []).flatMap((b) => (b.value ? [[b.value, b.count] as const] : [])));
    const code = new Map(answer.countries.nodes.map((c) => [c.key, c.code]));
    const byCode = (byKey: Map<string, number>) => new Map([...byKey].map(([key, n]) => [code.get(key) ?? key.toUpperCase(), n]));
    const byCity = counts(answer.practitioners, 'CITY');
    return {
      cities: places.map((c) => ({ id: c.id, name: c.name, lat: c.lat, lon: c.lon, practitioners: byCity.get(c.key) ?? 0 })),
      countries: {
        practitioners: byCode(counts(answer.practitioners, 'COUNTRY')),
        events: byCode(counts(answer.events, 'COUNTRY')),
        outcomes: byCode(counts(answer.outcomes, 'COUNTRY')),
      },
      links: answer.cityExchange.links.map((l) => ({ a: l.cities[0].id, b: l.cities[1].id, weight: l.weight })),
    };
  }
}

async function everyPlace(): Promise<Place[]> {
  const places: Place[] = [];
  let after: string | null = null;
  for (;;) {
    const { cities }: q.MapCitiesAnswer = await request<q.MapCitiesAnswer>(q.MAP_CITIES, { after });
    places.push(...cities.nodes);
    if (!cities.pageInfo.hasNextPage) return places;
    after = cities.pageInfo.endCursor;
  }
}
