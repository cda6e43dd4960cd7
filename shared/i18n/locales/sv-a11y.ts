/** Swedish strings for skärmläsare och tangentbordet: datum, kartans rutnät, uppläsningar, kommandopaletten (sv.ts includes them). */
export const svA11y = {
  date: {
    letters: 'ÅÅÅÅ MM DD',
    format: 'Skriv datumet som {{pattern}}.',
  },
};
