import { Kind, parse, type FieldNode } from 'graphql';
import { selectsField } from '../../src/api/read/selection';
import { ALL_LINKS, RELATIONSHIP_SPECS, oneEditApart, parseGlobalId, parseKey, scoreName, searchTokens, toGlobalId } from '../../src/domain';
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

  it('ranks the exact name, then names starting with the text, whole words, word starts, one typo', () => {
    const score = (text: string, name: string) => scoreName(searchTokens(text), name);
    const ranked = [
      score('lagos', 'lagos'),
      score('lagos', 'lagos state'),
      score('lagos', 'lagos urban services bureau'),
      score('lagos', 'city of lagos'),
      score('lag', 'city of lagos'),
      score('lagso', 'lagos'),
    ];
    expect(ranked[0]).toBe(1);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]).toBeLessThan(ranked[i - 1]!);
    // Every tier above the next, however long the names.
    expect(score('lag', 'lagos')).toBeGreaterThan(score('lagso', 'lagos')!);
    expect(score('lagos', 'a very long name of lagos and more')).toBeGreaterThan(score('lag', 'city of lagos')!);
  });

  it('matches a word whole, as a prefix, or from four letters with one typo, and refuses the rest', () => {
    expect(score('nuremburg', 'nuremberg')).not.toBeNull();
    expect(score('nurnberg', 'nuremberg')).toBeNull(); // two edits
    expect(score('lgos', 'lagos')).not.toBeNull(); // a letter left out
    expect(score('lgo', 'lagos')).toBeNull(); // too short for a typo
    expect(score('ago', 'lagos')).toBeNull(); // inside a word is no match
    expect(score('agos', 'lagos')).not.toBeNull(); // but one letter left out is a typo
    expect(score('sao paulo', 'sao paulo')).toBe(1);
    expect(score('paulo sao', 'sao paulo')).not.toBeNull(); // words in any order
    expect(score('sao lagos', 'sao paulo')).toBeNull(); // every word must match
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(oneEditApart('lagso', 'lagos')).toBe(true);
    expect(oneEditApart('lagos', 'lagos')).toBe(false);
    expect(oneEditApart('lagos', 'lagoss')).toBe(true);
    expect(oneEditApart('lagos', 'logas')).toBe(false);
    expect(oneEditApart('abcd', 'badc')).toBe(false);
  });
});

const score = (text: string, name: string) => scoreName(searchTokens(text), name);

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
