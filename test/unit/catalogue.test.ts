import { findRelationshipSpec } from '../../src/domain';
import { nodes, relationships, stats } from '../../src/graph/queries';
import { schemaStatements } from '../../src/graph/schema';

/** Pins the generated Cypher, so a change to a statement is a visible change to a test. */
describe('catalogue statements', () => {
  it('writes nodes by label with the row as the property map', () => {
    expect(nodes.createNodes('City')).toEqual({
      name: 'nodes.create:City',
      mode: 'write',
      params: ['rows'],
      cypher: 'UNWIND $rows AS row CREATE (n:City) SET n = row RETURN count(n) AS count',
    });
    expect(nodes.upsertNodes('Event').cypher).toBe(
      'UNWIND $rows AS row MERGE (n:Event {id: row.id}) SET n = row RETURN count(n) AS count',
    );
  });

  it('joins relationship ends by label and id, type and labels from the model', () => {
    const spec = findRelationshipSpec('ADDRESSES', 'Outcome', 'Topic')!;
    expect(relationships.createRelationships(spec)).toEqual({
      name: 'relationships.create:Outcome-ADDRESSES-Topic',
      mode: 'write',
      params: ['rows'],
      cypher:
        'UNWIND $rows AS row MATCH (a:Outcome {id: row.from}) MATCH (b:Topic {id: row.to}) CREATE (a)-[r:ADDRESSES]->(b) SET r = row.props RETURN count(r) AS count',
    });
    expect(relationships.upsertRelationships(spec).cypher).toContain('MERGE (a)-[r:ADDRESSES]->(b)');
  });

  it('reads counts without parameters, in the scan lane', () => {
    expect(stats.relationshipCountsByType).toEqual({
      name: 'stats.relationshipCountsByType',
      mode: 'scan',
      params: [],
      cypher: 'MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS count',
    });
  });

  it('gives the embedded engine an id index before each unique constraint, Neo4j only the constraint, a text index for names, the full-text index and one for staged imports', () => {
    const embedded = schemaStatements('embedded').map((s) => s.cypher);
    const neo4j = schemaStatements('neo4j').map((s) => s.cypher);
    expect(embedded.slice(0, 3)).toEqual([
      'CREATE INDEX practitioner_id_lookup IF NOT EXISTS FOR (n:Practitioner) ON (n.id)',
      'CREATE CONSTRAINT practitioner_id IF NOT EXISTS FOR (n:Practitioner) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX practitioner_name_folded IF NOT EXISTS FOR (n:Practitioner) ON (n.nameFolded)',
    ]);
    expect(neo4j.filter((c) => c.includes('_id_lookup'))).toEqual([]);
    expect(neo4j.slice(0, 2)).toEqual([
      'CREATE CONSTRAINT practitioner_id IF NOT EXISTS FOR (n:Practitioner) REQUIRE n.id IS UNIQUE',
      'CREATE TEXT INDEX practitioner_name_folded_text IF NOT EXISTS FOR (n:Practitioner) ON (n.nameFolded)',
    ]);
    expect(neo4j).toHaveLength(18);
    expect(neo4j.at(-2)).toMatch(/^CREATE FULLTEXT INDEX node_names IF NOT EXISTS FOR \(n:Practitioner\|City\|/);
    expect(neo4j.at(-1)).toBe('CREATE INDEX staged_lookup IF NOT EXISTS FOR (n:Staged) ON (n._import, n._label, n.id)');
  });
});
