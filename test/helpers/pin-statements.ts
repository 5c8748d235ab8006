/**
 * `npm run statements`: lints the statements that are new or changed since the snapshot and, when
 * every one is clean, writes test/snapshots/statements.json (the test then holds the catalogue to it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalogue, LINTER, lintAll, pin, readSnapshot, SNAPSHOT_FILE, unpinned } from './cypher-lint';

const statements = catalogue();
const changed = unpinned(statements, readSnapshot());
const diagnostics = lintAll(changed);
const dirty = changed.filter((s) => diagnostics.get(s.cypher)!.length > 0);
if (dirty.length) {
  for (const s of dirty) process.stderr.write(`${s.name}: ${diagnostics.get(s.cypher)!.join('; ')}\n`);
  process.stderr.write(`${dirty.length} statement(s) do not lint clean: nothing written\n`);
  process.exit(1);
}
const snapshot = { linter: LINTER, statements: Object.fromEntries([...statements].sort((a, b) => (a.name < b.name ? -1 : 1)).map((s) => [s.name, pin(s)])) };
fs.mkdirSync(path.dirname(SNAPSHOT_FILE), { recursive: true });
fs.writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(snapshot, null, 2)}\n`);
process.stdout.write(`linted ${changed.length} new or changed statement(s); pinned ${statements.length} in ${path.relative(process.cwd(), SNAPSHOT_FILE)}\n`);
