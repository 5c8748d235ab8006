/** The operations the embeds send (validated against the schema by test/web/queries.test.ts). */

export const EMBED_CITY = `query EmbedCity($id: ID!) {
  city(id: $id) { id name population country { name region }
    stats { practitioners events outcomes byCluster { cluster practitioners events outcomes } } }
}`;

export const EMBED_STATS = `query EmbedStats($phase: Int, $region: Region) {
  networkStats(phase: $phase, region: $region) { practitioners events outcomes
    byCluster { cluster practitioners events outcomes } byRegion { region practitioners events outcomes } byYear { year events participants } }
}`;

export const EMBED_GRAPH = `query EmbedGraph($id: ID!) {
  neighbourhood(id: $id, depth: 1, limit: 40) { nodes { id label } edges { source target type } }
}`;
