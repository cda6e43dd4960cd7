/** English strings for screen readers and the keyboard: dates, the map's grid, announcements, the command palette (en.ts includes them). */
export const enA11y = {
  date: {
    /** Year, month and day as a date field's placeholder spells them, in that order. */
    letters: 'YYYY MM DD',
    format: 'Write the date as {{pattern}}.',
  },
};
