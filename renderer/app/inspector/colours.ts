/** Card colours a user can pick: pale enough for dark text, distinct in hue and lightness. */
export const CARD_COLOURS = [
  { key: 'yellow', value: '#FFF4C2' },
  { key: 'orange', value: '#FFE0C2' },
  { key: 'red', value: '#FAD4D4' },
  { key: 'pink', value: '#F9D9EA' },
  { key: 'purple', value: '#E6DDF5' },
  { key: 'blue', value: '#D6E8FA' },
  { key: 'green', value: '#D7F0E1' },
  { key: 'grey', value: '#E8E8E8' },
] as const;
