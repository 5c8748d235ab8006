import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/**
 * GraphiQL in the browser, served from our own dependencies: Apollo's landing page loads its
 * scripts from a CDN, which this service may not reach. graphiql@3 ships a UMD bundle that
 * runs on React 18's UMD files, so no bundler is needed.
 */

/** A file inside an installed package (their `exports` hide the UMD files from require.resolve). */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const ASSETS = path.join(__dirname, 'assets');

/** The files served under /graphiql/, by name: a Map, so a name like "constructor" finds nothing. */
const FILES = new Map<string, string>([
  ['graphiql.min.css', packageFile('graphiql', 'graphiql.min.css')],
  ['graphiql.min.js', packageFile('graphiql', 'graphiql.min.js')],
  ['react.production.min.js', packageFile('react', 'umd/react.production.min.js')],
  ['react-dom.production.min.js', packageFile('react-dom', 'umd/react-dom.production.min.js')],
  ['start.js', path.join(ASSETS, 'graphiql-start.js')],
]);

/**
 * The page's Content-Security-Policy: its scripts and styles come from this server only, it
 * talks to this server only (HTTP and the subscription socket), and only this server's pages may
 * frame it. GraphiQL's editor sets inline styles.
 */
export const GRAPHIQL_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export interface ExampleTab {
  name: string;
  query: string;
  variables?: string;
}

/**
 * The example tabs: every `assets/examples/*.graphql`, in file order. A line
 * `# variables: {...}` gives the tab's variables.
 */
export function loadExamples(dir = path.join(ASSETS, 'examples')): ExampleTab[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    // By the number in front: 10 comes after 9.
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b))
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const variables = /^# variables: (.*)$/m.exec(text)?.[1];
      return {
        name: file.replace(/^\d+-|\.graphql$/g, ''),
        query: text.replace(/^# variables: .*\n/m, ''),
        ...(variables ? { variables: JSON.stringify(JSON.parse(variables), null, 2) } : {}),
      };
    });
}

/** The assets (mounted at /graphiql) and the page itself for browsers asking for /graphql. */
export function graphiqlRoutes(): { assets: express.Router; page: express.RequestHandler } {
  const html = fs.readFileSync(path.join(ASSETS, 'graphiql.html'), 'utf8');
  const examples = `window.CG_EXAMPLES = ${JSON.stringify(loadExamples())};\n`;
  const assets = express.Router();
  assets.get('/examples.js', (_req, res) => {
    res.type('js').send(examples);
  });
  assets.get('/:file', (req, res, next) => {
    const file = FILES.get(req.params.file);
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  const page: express.RequestHandler = (req, res, next) => {
    // The query string read as Apollo Server reads it (URLSearchParams), not by express's parser.
    const asksQuery = new URL(req.originalUrl, 'http://localhost').searchParams.has('query');
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && !asksQuery) {
      res.set('Content-Security-Policy', GRAPHIQL_POLICY);
      res.set('X-Content-Type-Options', 'nosniff');
      res.type('html').send(html);
    } else next();
  };
  return { assets, page };
}
