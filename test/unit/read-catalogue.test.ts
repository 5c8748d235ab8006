import { LABELS, LINKS } from '../../src/domain';
import { listing, lookup, neighbours, search } from '../../src/graph/queries';

/** Pins the Cypher of the read statements the API composes. */
describe('read statements', () => {
  it('looks nodes up by key with a plain MATCH (no OPTIONAL MATCH scan)', () => {
    expect(lookup.nodesByKeys('City')).toEqual({
      name: 'lookup.byKeys:City',
      mode: 'read',
      params: ['keys'],
      cypher: 'UNWIND $keys AS key MATCH (n:City {id: key}) RETURN key, properties(n) AS node',
    });
  });

  it('lists a few neighbours with the relationship properties, at most $limit per owner, in key and id order', () => {
    expect(neighbours.neighbourList(LINKS.practitionerEmployments).cypher).toBe(
      'UNWIND $keys AS key MATCH (a:Practitioner {id: key}) CALL (a) { MATCH (a)-[r:WORKS_AT]->(b:Institution) ' +
        'WITH DISTINCT b, properties(r) AS rel ORDER BY b.id LIMIT $limit RETURN b, rel } RETURN key, properties(b) AS node, rel ORDER BY key, node.id',
    );
  });

  it('pages many neighbours per owner with keyset paging and the total in one statement', () => {
    expect(neighbours.neighbourPage(LINKS.eventParticipants)).toEqual({
      name: 'neighbours.page:Event.participants',
      mode: 'read',
      params: ['keys', 'after', 'limit'],
      cypher:
        'UNWIND $keys AS key MATCH (a:Event {id: key}) CALL (a) { MATCH (a)<-[r:PARTICIPATED_IN]-(b:Practitioner) ' +
        'WHERE $after IS NULL OR b.id > $after WITH b, r ORDER BY b.id LIMIT $limit ' +
        'RETURN collect({node: properties(b), rel: properties(r)}) AS items } ' +
        'RETURN key, items, COUNT { (a)<-[:PARTICIPATED_IN]-(:Practitioner) } AS total',
    });
  });

  it('pages a two-hop link over distinct end nodes', () => {
    const cypher = neighbours.neighbourPage(LINKS.clusterEvents).cypher;
    expect(cypher).toContain('MATCH (a)<-[:PART_OF]-(:Topic)<-[:ADDRESSES]-(b:Event) WITH DISTINCT b WHERE $after IS NULL OR b.id > $after');
    expect(cypher).toContain('CALL (a) { MATCH (a)<-[:PART_OF]-(:Topic)<-[:ADDRESSES]-(b:Event) RETURN count(DISTINCT b) AS total }');
  });

  it('composes a listing from the filters given: the first anchor starts the MATCH, others become EXISTS', () => {
    const stmt = listing.listingPage({ label: 'Practitioner', filters: ['topic', 'text', 'city'], order: 'name', descending: false, after: true });
    expect(stmt).toEqual({
      name: 'listing.page:Practitioner{city,text,topic}:name.ASC+after',
      mode: 'scan',
      params: ['city', 'text', 'topic', 'limit', 'afterValue', 'afterId'],
      cypher:
        'MATCH (:City {id: $city})<-[:BASED_IN]-(n:Practitioner) WHERE all(t IN $text WHERE n.nameFolded CONTAINS t) ' +
        'AND EXISTS { MATCH (:Topic {id: $topic})<-[:EXPERT_IN]-(n) } ' +
        'WITH n WHERE (n.nameFolded > $afterValue OR (n.nameFolded = $afterValue AND n.id > $afterId)) ' +
        'WITH n ORDER BY n.nameFolded ASC, n.id ASC LIMIT $limit RETURN properties(n) AS node',
    });
    expect(listing.listingPage({ label: 'Practitioner', filters: ['city', 'text', 'topic'], order: 'name', descending: false, after: true })).toBe(stmt);
  });

  it('keeps distinct nodes when an anchor can reach one twice, and counts without paging', () => {
    expect(listing.listingCount({ label: 'Event', filters: ['cluster', 'phase'] }).cypher).toBe(
      'MATCH (:Cluster {id: $cluster})<-[:PART_OF]-(:Topic)<-[:ADDRESSES]-(n:Event) WITH DISTINCT n WHERE n.phase = $phase RETURN count(n) AS total',
    );
    expect(listing.listingCount({ label: 'City', filters: [] }).cypher).toBe('MATCH (n:City) RETURN count(n) AS total');
  });

  it('pages descending by id with the cursor compared the other way', () => {
    expect(listing.listingPage({ label: 'City', filters: [], order: 'id', descending: true, after: true }).cypher).toBe(
      'MATCH (n:City) WITH n WHERE n.id < $afterId WITH n ORDER BY n.id DESC LIMIT $limit RETURN properties(n) AS node',
    );
  });

  it('refuses a filter the label does not have (a programming error)', () => {
    expect(() => listing.listingPage({ label: 'Country', filters: ['cluster'], order: 'id', descending: false, after: false })).toThrow('Country has no filter cluster');
  });

  it('asks Neo4j\'s full-text index with the query as a parameter, over every label', () => {
    expect(search.fulltextIndex.cypher).toBe(`CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR (n:${LABELS.join('|')}) ON EACH [n.nameFolded]`);
    expect(search.fulltextCandidates.params).toEqual(['index', 'query', 'labels', 'limit']);
    expect([search.fulltextIndex, search.fulltextCandidates].map((s) => s.engines)).toEqual([['neo4j'], ['neo4j']]);
  });
});
