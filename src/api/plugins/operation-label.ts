/**
 * The operation name as a metric label: clients choose names, so only the names of the
 * registered operations (schema/operations/, the ones dashboards and the pages send) become
 * labels; any other named operation counts as "other", and unnamed ones as "anonymous".
 */
export function operationLabeller(registered: ReadonlySet<string>): (name: string | null | undefined) => string {
  return (name) => {
    if (!name) return 'anonymous';
    return registered.has(name) ? name : 'other';
  };
}
