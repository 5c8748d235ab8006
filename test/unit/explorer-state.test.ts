import { emptyState, formatState, parseState } from '../../src/web/client/explore/state';

/** The explorer's view as the URL holds it: what is formatted parses back to the same view. */
describe('explorer state in the URL', () => {
  it('round-trips a full view, readably', () => {
    const state = {
      open: ['City:lagos', 'Practitioner:lagos-01'],
      selected: 'Practitioner:lagos-01',
      question: { city: 'São Paulo', cluster: 'MUNICIPAL_SERVICES', topic: undefined },
      path: { from: 'Practitioner:lagos-01', to: 'Practitioner:person-00001' },
      filters: { kinds: ['PRACTITIONER', 'CITY'], cluster: 'GOOD_URBAN_GOVERNANCE', region: 'AFRICA', phase: 3 },
    };
    const search = formatState(state);
    expect(search).toBe(
      '?open=City:lagos,Practitioner:lagos-01&sel=Practitioner:lagos-01&city=S%C3%A3o+Paulo&cluster=MUNICIPAL_SERVICES' +
        '&from=Practitioner:lagos-01&to=Practitioner:person-00001&kinds=PRACTITIONER,CITY&fcluster=GOOD_URBAN_GOVERNANCE&region=AFRICA&phase=3',
    );
    expect(parseState(search)).toEqual(state);
  });

  it('is empty for an empty query, and ignores a phase out of range', () => {
    expect(formatState(emptyState())).toBe('');
    expect(parseState('')).toEqual({ open: [], selected: undefined, filters: { kinds: [], cluster: undefined, region: undefined, phase: undefined } });
    expect(parseState('?phase=9').filters.phase).toBeUndefined();
    expect(parseState('?phase=two').filters.phase).toBeUndefined();
  });
});
