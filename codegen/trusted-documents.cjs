// A graphql-codegen plugin: the trusted-documents manifest, { "<sha256 of the text>": "<text>" },
// one entry per operation (with the fragments it spreads), printed as graphql-js prints the
// typed documents codegen makes for clients, so a client's text hashes to its key.
const crypto = require('node:crypto');
const { Kind, print, visit } = require('graphql');

function fragmentsUsed(node, fragments, used = new Map()) {
  visit(node, {
    FragmentSpread(spread) {
      const name = spread.name.value;
      const fragment = fragments.get(name);
      if (fragment && !used.has(name)) {
        used.set(name, fragment);
        fragmentsUsed(fragment, fragments, used);
      }
    },
  });
  return used;
}

module.exports = {
  plugin(_schema, documents) {
    const entries = [];
    for (const { document } of documents) {
      const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      for (const operation of document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
        const text = print({ kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsed(operation, fragments).values()] });
        entries.push([crypto.createHash('sha256').update(text).digest('hex'), text]);
      }
    }
    entries.sort(([a], [b]) => (a < b ? -1 : 1));
    return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
  },
};
