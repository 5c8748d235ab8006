/**
 * Case- and accent-folds text for search ("São Paulo" → "sao paulo", "Nürnberg" → "nurnberg").
 * The embedded engine has no normalize(), so the folded copy is computed here at write time.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[ıİ]/g, 'i')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
