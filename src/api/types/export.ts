import { Field, ObjectType } from 'type-graphql';
import { EXPORT_FORMATS } from '../export/formats';
import { enumOf } from './enums';

export const ExportFormat = enumOf(
  'ExportFormat',
  EXPORT_FORMATS,
  'A file format for network analysis tools: GEXF (Gephi), GRAPHML (Gephi, Cytoscape, yEd, NetworkX, igraph), CSV (a node table and an edge table).',
);

/** What every export's `format` argument says. */
export const FORMAT = 'The file format: GEXF, GRAPHML, or CSV (two files: nodes, edges).';

@ObjectType({ description: 'An exported file: save `content` as `filename`.' })
export class ExportFile {
  @Field(() => String, { description: 'A file name for it, e.g. "neighbourhood-City-lagos.gexf".' })
  filename!: string;

  @Field(() => String, { description: 'Its media type, e.g. "application/gexf+xml".' })
  mediaType!: string;

  @Field(() => String, { description: 'The file itself (UTF-8 text).' })
  content!: string;
}
