import path from 'node:path';
import express from 'express';
import type { OriginList } from '../config';
import { builtPath } from '../built-path';
import { EMBEDS } from './embeds';

/**
 * The explorer (/explore), the embed builder (/embed) and the embeds (/embed/<name>, one per
 * entry of src/server/embeds.ts): pages bundled at build time by esbuild
 * (src/web/build.ts) into dist/web, served with everything they need from this server, so they
 * work with no network beyond it. The embeds may be framed by EMBED_ORIGINS; the explorer only
 * by this server's own pages.
 */

/** dist/web: the bundles, pages and stylesheet of src/web/build.ts. */
export const webAssetsDir = (): string => builtPath('web');


/** The Content-Security-Policy of a page that may be framed by `ancestors`. */
export function pagePolicy(ancestors: OriginList): string {
  const frameAncestors = ancestors === '*' ? '*' : ["'self'", ...ancestors].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The graph and chart libraries size their canvases through inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * Mounts the pages and their assets on the app, each on its own path, so that GraphQL requests
 * never pass through them.
 */
export function mountWebRoutes(app: express.Express, embedOrigins: OriginList): void {
  const dir = webAssetsDir();
  const page = (file: string, ancestors: OriginList): express.RequestHandler => {
    const policy = pagePolicy(ancestors);
    return (_req, res) => {
      res.set('Content-Security-Policy', policy);
      res.set('X-Content-Type-Options', 'nosniff');
      res.sendFile(path.join(dir, file), { headers: { 'Cache-Control': 'no-cache' } });
    };
  };
  app.get('/explore', page('explore.html', []));
  // The builder is a tool of this site, framed by nothing else; the embeds by EMBED_ORIGINS.
  app.get('/embed', page('embed-builder.html', []));
  app.get('/embed/city/:id', page('embed-city.html', embedOrigins));
  for (const embed of EMBEDS) app.get(`/embed/${embed.name}`, page(`embed-${embed.name}.html`, embedOrigins));
  // Scripts and styles only: the pages are served above, with their policy.
  app.use(
    '/web',
    (req, res, next) => (/\.(js|css)$/.test(req.path) ? next() : res.sendStatus(404)),
    express.static(dir, { index: false, maxAge: '1h', setHeaders: (res) => res.set('X-Content-Type-Options', 'nosniff') }),
  );
}
