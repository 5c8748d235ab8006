import { compareEvidence, describeEvidence, rankPeers, relationshipSentence, scorePeer, type PeerProfile } from '../../src/domain';

describe('evidence sentences', () => {
  it('tells each kind of evidence in one sentence, with year and role where known', () => {
    expect(describeEvidence({ kind: 'EXPERTISE', subject: 'Recycling', topics: ['Recycling'] })).toBe('Expert in Recycling.');
    expect(describeEvidence({ kind: 'EVENT', subject: 'Waste Dialogue', topics: ['Recycling'], role: 'SPEAKER', year: 2019 })).toBe(
      'Took part in Waste Dialogue (2019) as speaker; it addressed Recycling.',
    );
    expect(describeEvidence({ kind: 'OUTCOME', subject: 'Pilot', topics: ['Recycling'], role: 'LEAD', year: null })).toBe('Contributed to Pilot as lead; it addresses Recycling.');
  });

  it('tells an event that addressed several topics once, naming them all', () => {
    expect(describeEvidence({ kind: 'EVENT', subject: 'Water Dialogue', topics: ['Wastewater and sanitation', 'Water supply'], role: 'PARTICIPANT', year: 2020 })).toBe(
      'Took part in Water Dialogue (2020) as participant; it addressed “Wastewater and sanitation” and “Water supply”.',
    );
    expect(describeEvidence({ kind: 'OUTCOME', subject: 'Pilot', topics: ['A', 'B', 'C'] })).toBe('Contributed to Pilot; it addresses “A”, “B” and “C”.');
  });

  it('orders expertise, then events, then outcomes, then by subject and topic', () => {
    const items = [
      { kind: 'OUTCOME', subjectKey: 'a', topicKey: 'a' },
      { kind: 'EVENT', subjectKey: 'b', topicKey: 'a' },
      { kind: 'EVENT', subjectKey: 'a', topicKey: 'b' },
      { kind: 'EXPERTISE', subjectKey: 'z', topicKey: 'z' },
    ] as const;
    expect([...items].sort(compareEvidence).map((i) => `${i.kind}:${i.subjectKey}`)).toEqual(['EXPERTISE:z', 'EVENT:a', 'EVENT:b', 'OUTCOME:a']);
  });

  it('reads a relationship subject first, whichever way a path walked it', () => {
    expect(relationshipSentence('PARTICIPATED_IN', { label: 'Practitioner', name: 'Ada Obi' }, { label: 'Event', name: 'Waste Dialogue' })).toBe('Ada Obi took part in Waste Dialogue.');
    expect(relationshipSentence('PART_OF', { label: 'Topic', name: 'Recycling' }, { label: 'Cluster', name: 'Municipal Services' })).toBe('Recycling belongs to the cluster Municipal Services.');
    expect(relationshipSentence('PART_OF', { label: 'Institution', name: 'SKEW' }, { label: 'Institution', name: 'Engagement Global' })).toBe('SKEW is part of Engagement Global.');
  });
});

describe('peer ranking', () => {
  const profile = (key: string, extra: Partial<PeerProfile> = {}): PeerProfile => ({
    key,
    topics: [],
    clusters: [],
    events: [],
    outcomePlaces: [],
    home: [{ city: 'Lagos', country: 'NG', region: 'AFRICA' }],
    ...extra,
  });
  const waste = { key: 'waste', name: 'solid waste' };
  const water = { key: 'water', name: 'water supply' };
  const services = { key: 'MUNICIPAL_SERVICES', name: 'Municipal Services' };
  const me = profile('me', { topics: [waste, water], clusters: [services], events: ['e1'] });

  it('adds shared topics, a similar place and shared clusters, each with a reason', () => {
    const peer = profile('ada', {
      topics: [waste, water],
      clusters: [services, services],
      outcomePlaces: [{ outcome: 'Pilot', city: 'Abuja', country: 'NG', region: 'AFRICA' }],
    });
    expect(scorePeer(me, peer)).toEqual({
      key: 'ada',
      score: 2 + 0.5 + 0.25,
      reasons: [
        'You are both experts in solid waste and water supply.',
        'Contributed to "Pilot" in Abuja, in your country.',
        'You have both worked on Municipal Services.',
        'You have not met at any event yet.',
      ],
    });
    const sameRegion = profile('bo', { topics: [waste], outcomePlaces: [{ outcome: 'Plan', city: 'Nairobi', country: 'KE', region: 'AFRICA' }] });
    expect(scorePeer(me, sameRegion)!.score).toBe(1.25);
  });

  it('leaves out people already met, oneself, and those with nothing in common; best first, then by key', () => {
    const met = profile('met', { topics: [waste], events: ['e1'] });
    const nothing = profile('nothing', { topics: [{ key: 'x', name: 'x' }] });
    const b = profile('b', { topics: [waste] });
    const a = profile('a', { topics: [waste] });
    const best = profile('c', { topics: [waste, water] });
    expect(rankPeers(me, [met, nothing, b, a, best, me], 10).map((p) => p.key)).toEqual(['c', 'a', 'b']);
    expect(rankPeers(me, [b, a, best], 1).map((p) => p.key)).toEqual(['c']);
  });

  it('counts expertise in the topic asked about for people outside my topics', () => {
    const energy = { key: 'energy', name: 'energy' };
    const scored = scorePeer(me, profile('e', { topics: [energy] }), 'energy')!;
    expect(scored.score).toBe(1);
    expect(scored.reasons[0]).toBe('Expert in energy, the topic you asked about.');
  });
});
