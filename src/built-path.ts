import fs from 'node:fs';
import path from 'node:path';

/**
 * A file of the build (dist/), whether this code runs compiled from dist/ or from the sources
 * (tests under ts-jest, after `npm run build`): the web bundles and the analytics worker exist
 * only there.
 */
const DIST = path.basename(__dirname) === 'dist' ? __dirname : path.resolve(__dirname, '..', 'dist');

export function builtPath(relative: string): string {
  const file = path.join(DIST, relative);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: run npm run build`);
  return file;
}
