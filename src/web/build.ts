import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { getOperationAST, parse } from 'graphql';
import { EMBEDS, type EmbedSpec } from '../server/embeds';

/**
 * Bundles the explorer and the embeds (src/web/client, TypeScript for the browser) with their
 * libraries into dist/web, next to their pages and stylesheet: the server needs nothing else.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'dist', 'web');
const CLIENT = path.join(__dirname, 'client');
const MANIFEST = path.join(ROOT, 'schema', 'trusted-documents.json');

/** The registered operations by name, exactly as registered (their hashes are the manifest's keys). */
export function registeredOperations(manifest = MANIFEST): Record<string, string> {
  const texts = Object.values(JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>);
  return Object.fromEntries(texts.map((text) => [getOperationAST(parse(text))?.name?.value ?? '', text]));
}

async function main(): Promise<void> {
  fs.rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints: {
      explore: path.join(CLIENT, 'explore', 'main.ts'),
      ...Object.fromEntries(EMBEDS.map((e) => [`embed-${e.name}`, path.join(CLIENT, 'embed', `${e.name}.ts`)])),
      'embed-builder': path.join(CLIENT, 'embed', 'builder.ts'),
      'graphiql-ws': path.join(CLIENT, 'graphiql', 'ws.ts'),
    },
    outdir: OUT,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    tsconfig: path.join(CLIENT, 'tsconfig.json'),
    logLevel: 'warning',
    define: { __OPERATIONS__: JSON.stringify(registeredOperations()) },
  });
  for (const file of fs.readdirSync(path.join(__dirname, 'pages'))) {
    fs.copyFileSync(path.join(__dirname, 'pages', file), path.join(OUT, file));
  }
  for (const embed of EMBEDS) fs.writeFileSync(path.join(OUT, `embed-${embed.name}.html`), embedPage(embed));
}

/** An embed's page: a card its script fills (every embed draws the same way, in src/web/client/embed/kit.ts). */
export function embedPage(embed: EmbedSpec): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${embed.title.en} · Connective Cities</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/web/style.css">
</head>
<body class="embed embed-${embed.name}">
  <article id="card" class="card" aria-live="polite"><p class="hint">Loading…</p></article>
  <script src="/web/embed-${embed.name}.js"></script>
</body>
</html>
`;
}

if (require.main === module) main().catch((error: unknown) => {
  process.stderr.write(`web build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
