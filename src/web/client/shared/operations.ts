/**
 * The operations the pages send, by name: the registered texts of schema/operations/, put into
 * the bundle at build time (src/web/build.ts), so they hash to their keys in the
 * trusted-documents manifest and run under TRUSTED_DOCUMENTS_ONLY too.
 */
declare const __OPERATIONS__: Record<string, string>;

export function operation(name: string): string {
  const text = __OPERATIONS__[name];
  if (!text) throw new Error(`The operation ${name} is not in schema/operations/.`);
  return text;
}
