/**
 * The operation name as a metric label: clients choose names, so a hostile one must not grow
 * the label set without end. Plain names are kept up to a fixed number of distinct ones; the
 * rest count as "other", and unnamed operations as "anonymous".
 */
export function operationLabeller(maxDistinct = 200): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (seen.has(name)) return name;
    if (seen.size >= maxDistinct) return 'other';
    seen.add(name);
    return name;
  };
}
