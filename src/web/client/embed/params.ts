import { CLUSTER_CODES, REGIONS } from '../../../domain/enums';
import { COMMON_PARAMS, type EmbedSpec, type ParamKind, type ParamSpec } from '../../../server/embeds';
import type { Lang } from '../shared/i18n';

/**
 * An embed's URL parameters, checked against its entry in the embeds' table: an unknown name, a
 * repeated one or a value its kind does not take is refused with a message saying what is
 * allowed (shown inside the frame), never ignored.
 */
export interface EmbedParams {
  lang: Lang;
  theme: 'light' | 'dark';
  values: Record<string, string | number | undefined>;
}

const CHOICES: Partial<Record<ParamKind, readonly string[]>> = {
  cluster: CLUSTER_CODES,
  region: REGIONS,
  phase: ['1', '2', '3', '4'],
  figure: ['practitioners', 'events', 'outcomes'],
  lang: ['en', 'de'],
  theme: ['light', 'dark'],
};

/** The values a parameter of this kind may take, when they are a closed set. */
export const choicesOf = (kind: ParamKind): readonly string[] | undefined => CHOICES[kind];

function check(spec: ParamSpec, raw: string): string | number {
  const choices = CHOICES[spec.kind];
  if (choices && !choices.includes(raw)) throw new Error(`${spec.name} must be one of ${choices.join(', ')}; “${raw}” is not.`);
  if (spec.kind === 'phase' || spec.kind === 'year') {
    if (!/^\d{4}$/.test(raw) && spec.kind === 'year') throw new Error(`${spec.name} must be a year such as 2016; “${raw}” is not.`);
    return Number(raw);
  }
  if (spec.kind === 'node' && !/^[A-Z][A-Za-z]*:.+$/.test(raw)) throw new Error(`${spec.name} must be a global id such as City:lagos; “${raw}” is not.`);
  if (raw.trim() === '' || raw.length > 200) throw new Error(`${spec.name} must not be empty or longer than 200 characters.`);
  return raw;
}

/** Parses `search` for the embed, with `fromPath` (e.g. the city of /embed/city/lagos) as given values. */
export function parseEmbedParams(embed: EmbedSpec, search: string, fromPath: Record<string, string> = {}): EmbedParams {
  const specs = [...embed.params, ...COMMON_PARAMS];
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  const values: Record<string, string | number | undefined> = {};
  const seen = new Set<string>();
  for (const [name, raw] of [...Object.entries(fromPath), ...query.entries()]) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) {
      problems.push(`“${name}” is not a parameter of this embed; it takes ${specs.map((s) => s.name).join(', ')}.`);
      continue;
    }
    if (seen.has(name)) {
      problems.push(`${name} is given twice.`);
      continue;
    }
    seen.add(name);
    try {
      values[name] = check(spec, raw);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  for (const spec of specs) if (spec.required && values[spec.name] === undefined && !problems.some((p) => p.startsWith(spec.name))) problems.push(`${spec.name} is required: ${spec.help}`);
  if (problems.length) throw new Error(problems.join(' '));
  return { lang: (values.lang as Lang | undefined) ?? 'en', theme: (values.theme as 'light' | 'dark' | undefined) ?? 'light', values };
}
