import fs from 'node:fs';
import path from 'node:path';
import { printApiSchema } from './print-schema';

/** `npm run schema`: re-emits schema/schema.graphql from the TypeGraphQL classes. */
printApiSchema().then((sdl) => {
  const file = path.resolve(__dirname, '../../schema/schema.graphql');
  fs.writeFileSync(file, sdl);
  process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
});
