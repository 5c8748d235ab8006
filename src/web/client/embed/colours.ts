/** One colour per figure, the same in every embed. */
export const COLOURS = {
  practitioners: '#2b6cb0',
  events: '#c05621',
  outcomes: '#2f855a',
  ties: '#6b46c1',
  exchange: '#9c4221',
} as const;
