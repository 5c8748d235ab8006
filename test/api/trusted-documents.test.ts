import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type ASTNode, type FragmentDefinitionNode } from 'graphql';
import { loadTrustedDocuments } from '../../src/server/trusted-documents';
import { startSeededApi, type SeededApi } from '../helpers/api';
import { firstOutcome } from '../helpers/subscribe';

const OPERATIONS = path.resolve(__dirname, '../../schema/operations');
const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** The fragments a node spreads, and those they spread, in the order first met. */
function spreads(node: ASTNode, fragments: Map<string, FragmentDefinitionNode>, found = new Map<string, FragmentDefinitionNode>()) {
  visit(node, {
    FragmentSpread({ name }) {
      const fragment = fragments.get(name.value);
      if (fragment && !found.has(name.value)) spreads(fragment, fragments, found.set(name.value, fragment));
    },
  });
  return found;
}

/** The registered operations computed here from schema/operations/, independently of codegen: each with the fragments it uses. */
function expectedManifest(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of fs.readdirSync(OPERATIONS).filter((f) => f.endsWith('.graphql'))) {
    const document = parse(fs.readFileSync(path.join(OPERATIONS, file), 'utf8'));
    const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const text = print({ kind: Kind.DOCUMENT, definitions: [definition, ...spreads(definition, fragments).values()] });
      out.set(sha256(text), text);
    }
  }
  return out;
}

describe('trusted documents', () => {
  it('the committed manifest holds every operation of schema/operations/ by the SHA-256 of its text', () => {
    const manifest = loadTrustedDocuments();
    expect(manifest).toEqual(expectedManifest());
    expect([...manifest.values()].map((t) => /^(?:query|subscription) (\w+)/.exec(t)?.[1]).sort()).toEqual([
      'Around',
      'CityCard',
      'EmbedBrokers',
      'EmbedCity',
      'EmbedClusters',
      'EmbedEvolution',
      'EmbedGraph',
      'EmbedHeadline',
      'EmbedRanking',
      'EmbedStats',
      'EmbedTransfers',
      'ExplorerBrokers',
      'ExplorerConnection',
      'ExplorerExport',
      'ExplorerFigures',
      'ExplorerMap',
      'ExplorerMapCities',
      'ExplorerNeighbourhood',
      'ExplorerSearch',
      'ExplorerTopics',
      'ExplorerWorkingOn',
      'Find',
      'HowConnected',
      'NetworkChanged',
      'NetworkFigures',
      'NodeFacets',
      'WhoWorkedOn',
    ]);
  });

  describe('TRUSTED_DOCUMENTS_ONLY=true', () => {
    let api: SeededApi;
    const manifest = loadTrustedDocuments();
    const [findHash, find] = [...manifest].find(([, text]) => text.startsWith('query Find'))!;

    beforeAll(async () => {
      api = await startSeededApi({ trustedDocumentsOnly: true });
    });
    afterAll(async () => {
      await api.close();
    });

    it('runs a registered operation sent as its text', async () => {
      const { status, body } = await api.post({ query: find, variables: { text: 'Lagos', first: 1 } });
      expect(status).toBe(200);
      expect(body.data.search.edges[0].node).toMatchObject({ id: 'City:lagos', name: 'Lagos' });
    });

    it('runs a registered operation sent as its hash only', async () => {
      const { status, body } = await api.post({ variables: { text: 'Lagos', first: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: findHash } } });
      expect(status).toBe(200);
      expect(body.data.search.edges[0].node.id).toBe('City:lagos');
    });

    it('refuses any other document with FORBIDDEN, and cannot be taught one by sending its hash along', async () => {
      const query = '{ graphStats { nodes { label count } } }';
      const refused = await api.post({ query });
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({
        errors: [
          {
            message: 'This server runs only registered operations (TRUSTED_DOCUMENTS_ONLY); add the operation to schema/operations/ and run npm run codegen.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
        extensions: { graph: { roundTrips: 0, storeMs: 0 } },
      });
      const registering = await api.post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
      expect(registering.status).toBe(403);
      const byHash = await api.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
      expect(byHash.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(byHash.body.data).toBeUndefined();
    });

    it('over WebSocket too: the registered subscription is accepted, any other refused with FORBIDDEN', async () => {
      const networkChanged = [...manifest.values()].find((text) => text.startsWith('subscription NetworkChanged'))!;
      // Accepted: the subscription stays open, waiting for a write.
      expect(await firstOutcome(api.server.url, networkChanged)).toBe('open');
      expect(await firstOutcome(api.server.url, 'subscription { networkChanged { kind } }')).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    });
  });
});
