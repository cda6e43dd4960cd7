/** Greek strings for αναγνώστες οθόνης και πληκτρολόγιο: ημερομηνίες, πλέγμα χάρτη, ανακοινώσεις, παλέτα εντολών (el.ts includes them). */
export const elA11y = {
  date: {
    letters: 'ΕΕΕΕ ΜΜ ΗΗ',
    format: 'Γράψτε την ημερομηνία ως {{pattern}}.',
  },
};
