/**
 * What "as the network stood on a day" means (domain/dating.ts), said once for every `asOf`
 * argument's description.
 */
export const AS_OF_RULES =
  'events from their start, outcomes from when work started (else from their event; undated ones always), practitioners from their first event or outcome (those with none always), employments and partnerships from their `since` year';
