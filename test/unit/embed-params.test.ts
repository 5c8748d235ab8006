import { embedNamed } from '../../src/server/embeds';
import { parseEmbedParams } from '../../src/web/client/embed/params';

/** An embed's URL read by the embeds' table: what it takes, typed; what it does not, refused with what is allowed. */
describe('parseEmbedParams', () => {
  const stats = embedNamed('stats')!;
  const headline = embedNamed('headline')!;

  it('reads the parameters an embed takes, with English and light by default', () => {
    expect(parseEmbedParams(stats, '?phase=3&region=AFRICA')).toEqual({ lang: 'en', theme: 'light', values: { phase: 3, region: 'AFRICA' } });
    expect(parseEmbedParams(headline, '?cluster=MUNICIPAL_SERVICES&lang=de&theme=dark', { city: 'lagos' })).toEqual({
      lang: 'de',
      theme: 'dark',
      values: { city: 'lagos', cluster: 'MUNICIPAL_SERVICES', lang: 'de', theme: 'dark' },
    });
  });

  it('refuses, saying every problem at once: an unknown name, a value out of its set, a repeated name, a missing one', () => {
    expect(() => parseEmbedParams(stats, '?colour=red&phase=9&region=AFRICA&region=ASIA')).toThrow(
      '“colour” is not a parameter of this embed; it takes phase, region, to, lang, theme. phase must be one of 1, 2, 3, 4; “9” is not. region is given twice.',
    );
    expect(() => parseEmbedParams(headline, '?cluster=MUNICIPAL_SERVICES')).toThrow('city is required: The city (id or name).');
    expect(() => parseEmbedParams(embedNamed('evolution')!, '?from=2016&to=next')).toThrow('to must be a year such as 2016; “next” is not.');
    expect(() => parseEmbedParams(embedNamed('graph')!, '?focus=lagos')).toThrow('focus must be a global id such as City:lagos; “lagos” is not.');
    expect(() => parseEmbedParams(stats, '?lang=fr')).toThrow('lang must be one of en, de; “fr” is not.');
  });
});
