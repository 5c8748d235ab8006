import { Kind, parse, type FieldNode } from 'graphql';
import { selectsField } from '../../src/api/read/selection';
import { ALL_LINKS, RELATIONSHIP_SPECS, parseGlobalId, parseKey, scoreName, searchTokens, toGlobalId } from '../../src/domain';
import { decodeCursor, encodeCursor } from '../../src/api/read/cursor';
import { SIZES, sizeOf } from '../../src/api/limits/list-sizes';

describe('links', () => {
  it('offer every relationship of the model in both directions', () => {
    for (const spec of RELATIONSHIP_SPECS) {
      const single = ALL_LINKS.filter((l) => l.steps.length === 1 && l.steps[0].type === spec.type);
      expect({ spec: `${spec.from}-${spec.type}-${spec.to}`, out: single.some((l) => l.from === spec.from && l.steps[0].direction === 'out' && l.to === spec.to) }).toEqual({
        spec: `${spec.from}-${spec.type}-${spec.to}`,
        out: true,
      });
      expect({ spec: `${spec.from}-${spec.type}-${spec.to}`, in: single.some((l) => l.from === spec.to && l.steps[0].direction === 'in' && l.to === spec.from) }).toEqual({
        spec: `${spec.from}-${spec.type}-${spec.to}`,
        in: true,
      });
    }
  });

  it('have unique names', () => {
    const names = ALL_LINKS.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('global ids', () => {
  it('round-trip and name the labels when malformed', () => {
    expect(parseGlobalId(toGlobalId('City', 'sao-paulo'))).toEqual({ ok: true, label: 'City', key: 'sao-paulo' });
    expect(parseGlobalId('Town:x')).toMatchObject({ ok: false, reason: expect.stringContaining('Practitioner, City') });
    expect(parseGlobalId('City:')).toMatchObject({ ok: false });
    expect(parseKey('City', 'lagos')).toEqual({ ok: true, label: 'City', key: 'lagos' });
    expect(parseKey('City', 'City:lagos')).toEqual({ ok: true, label: 'City', key: 'lagos' });
    expect(parseKey('City', 'Outcome:x')).toEqual({ ok: false, reason: '"Outcome:x" is the id of an Outcome, not of a City' });
  });
});

describe('search ranking', () => {
  it('folds and splits the text into words', () => {
    expect(searchTokens('  São-Paulo!  ')).toEqual(['sao', 'paulo']);
    expect(searchTokens('Nürnberg')).toEqual(['nurnberg']);
    expect(searchTokens('!!')).toEqual([]);
  });

  it('orders exact > prefix > word starts > contains, closer lengths first', () => {
    const exact = scoreName('lagos', 'lagos');
    const prefix = scoreName('lagos', 'lagos urban services bureau');
    const words = scoreName('lagos', 'city of lagos');
    const inside = scoreName('agos', 'lagos');
    expect(exact).toBe(1);
    expect(prefix).toBeLessThan(exact);
    expect(words).toBeLessThan(scoreName('lagos', 'lagos state'));
    expect(inside).toBeLessThan(scoreName('lago', 'lagos'));
    expect(scoreName('lagos', 'lagos state')).toBeGreaterThan(scoreName('lagos', 'lagos urban services bureau'));
  });
});

describe('cursors', () => {
  it('round-trip and refuse garbage or another order with BAD_USER_INPUT', () => {
    const cursor = encodeCursor({ order: 'name', value: 'são', id: 'c1' });
    expect(decodeCursor(cursor, 'name')).toEqual({ order: 'name', value: 'são', id: 'c1' });
    expect(() => decodeCursor(cursor, 'id')).toThrow('ordered by name, not by id');
    expect(() => decodeCursor('%%%', 'id')).toThrow('is not a cursor');
    expect(() => decodeCursor(Buffer.from('[1,2]').toString('base64url'), 'id')).toThrow('is not a cursor');
    expect(sizeOf(SIZES.page, 100)).toBe(100);
    expect(sizeOf(SIZES.page, null)).toBe(20);
    expect(() => sizeOf(SIZES.page, 101)).toThrow('first must be between 0 and 100; got 101.');
  });
});

describe('selectsField', () => {
  const infoOf = (query: string) => {
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
  };

  it('sees a field selected directly, in an inline fragment or in a named one, not deeper', () => {
    expect(selectsField(infoOf('{ cities { totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ cities { ... on CityConnection { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ cities { ...Count } } fragment Count on CityConnection { totalCount }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ cities { nodes { practitioners { totalCount } } } }'), 'totalCount')).toBe(false);
  });
});
