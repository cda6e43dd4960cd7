/** Romanian strings for cititoare de ecran și tastatură: date, grila hărții, anunțuri, paleta de comenzi (ro.ts includes them). */
export const roA11y = {
  date: {
    letters: 'AAAA LL ZZ',
    format: 'Scrieți data ca {{pattern}}.',
  },
};
