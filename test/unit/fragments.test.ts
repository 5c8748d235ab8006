import { ADDRESSES_TOPIC, IN_CITY, then, TOPIC_OF_CLUSTER, WORKED_ON } from '../../src/domain';
import { backward, forward } from '../../src/graph/queries/fragments';

/** The shared meanings render the same path both ways, and refuse paths the model does not have. */
describe('Cypher fragments', () => {
  it('renders a path forwards and backwards, naming, binding and anchoring its ends', () => {
    const event = then(WORKED_ON.EVENT, TOPIC_OF_CLUSTER);
    expect(forward(event, { start: 'p', inner: ['s'], end: 'k', rels: ['r'], bound: ['p'] })).toBe('(p)-[r:PARTICIPATED_IN]->(s:Event)-[:ADDRESSES]->(:Topic)-[:PART_OF]->(k:Cluster)');
    expect(backward(event, { start: 'p', endProps: '{id: $cluster}' })).toBe('(:Cluster {id: $cluster})<-[:PART_OF]-(:Topic)<-[:ADDRESSES]-(:Event)<-[:PARTICIPATED_IN]-(p:Practitioner)');
    expect(IN_CITY.map((way) => backward(way, { start: 'p', end: 'c', bound: ['c'] }))).toEqual([
      '(c)<-[:BASED_IN]-(p:Practitioner)',
      '(c)<-[:LOCATED_IN]-(:Institution)<-[:WORKS_AT]-(p:Practitioner)',
    ]);
  });

  it('joins only paths that meet', () => {
    expect(() => then(TOPIC_OF_CLUSTER, ADDRESSES_TOPIC.Event)).toThrow('paths: a path ending at Cluster cannot go on from Event');
  });
});
