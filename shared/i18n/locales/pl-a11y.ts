/** Polish strings for czytniki ekranu i klawiaturę: daty, siatka mapy, komunikaty, paleta poleceń (pl.ts includes them). */
export const plA11y = {
  date: {
    letters: 'RRRR MM DD',
    format: 'Wpisz datę jako {{pattern}}.',
  },
};
