import { applySchema } from '../graph/schema';
import { stats } from '../graph/queries';
import type { GraphStore } from '../graph/store';
import { loadInBulk } from './bulk-load';
import { readDataset } from './csv/reader';
import { importDataset, importMode, type ImportProgress, type ImportSummary } from './importer';
import { recoverImports } from './staged-import';

export interface ImportFilesOptions {
  replace?: boolean;
  dryRun?: boolean;
  /** Reading and loading count the files' bytes; the other phases count rows. */
  onProgress?: (p: ImportProgress | { phase: 'reading' | 'loading'; done: number; total: number }) => void;
}

/**
 * Imports a dataset's CSV files, all or nothing. A new graph (a replace, or an empty graph) on an
 * engine that can load in bulk streams the files into a new graph that takes the old one's place
 * only once all of it is in (`bulkReplacement`): no file held in memory, no transaction of
 * millions of rows. Otherwise the files are read whole and imported as importDataset does.
 */
export async function importFiles(store: GraphStore, dir: string, options: ImportFilesOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const progress = options.onProgress ?? (() => undefined);
  await recoverImports(store, 'refuse');
  const [{ count: existing }] = await store.read<{ count: number }>(stats.totalNodes);
  const bulk = importMode(options.replace, existing) === 'create' ? await store.bulkReplacement?.() : undefined;
  if (!bulk) {
    const { dataset, dangling } = await readDataset(dir, {
      allowDangling: !options.replace,
      onProgress: (done, total) => progress({ phase: 'reading', done, total }),
    });
    return importDataset(store, dataset, { replace: options.replace, dryRun: options.dryRun, dangling, onProgress: progress });
  }
  try {
    const counts = await loadInBulk(bulk, dir, { onBytes: (done, total) => progress({ phase: 'loading', done, total }) });
    await applySchema(bulk.store);
    if (options.dryRun) await bulk.discard();
    else await bulk.commit();
    return { mode: 'create', dryRun: Boolean(options.dryRun), replaced: existing > 0, ...counts, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await bulk.discard();
    throw error;
  }
}
