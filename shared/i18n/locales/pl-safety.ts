/** Polish strings for recovery of unsaved work and files changed on disk (pl.ts includes them). */
export const plRecovery = {
  heading: 'Niezapisana praca z poprzedniej sesji',
  intro: 'Waymark zachował te zmiany, gdy mapa została zamknięta przed ich zapisaniem. Przywróć je, aby pracować dalej, albo je odrzuć.',
  neverSaved: 'Nigdy nie zapisano',
  lastEdit: 'Ostatnia zmiana: {{time}}',
  restore: 'Przywróć',
  discard: 'Odrzuć…',
  confirmDiscard: 'Odrzucić te zmiany na zawsze?',
  discardForGood: 'Odrzuć',
  keep: 'Zachowaj',
  itemLabel: '{{title}} ({{name}})',
};

export const plConflict = {
  title: 'Plik „{{name}}” został zmieniony przez inny program',
  message: 'Od czasu otwarcia tego pliku inny program (być może klient synchronizacji) zapisał jego inną wersję. Twoje zmiany w Waymark nie są jeszcze zapisane.',
  overwrite: 'Zastąp go moją wersją',
  saveCopy: 'Zapisz moją wersję jako kopię…',
  reload: 'Wczytaj go ponownie i porzuć moje zmiany',
  cancel: 'Anuluj',
  changedNotice: 'Plik „{{name}}” został zmieniony przez inny program. Przy zapisie zapytamy, co zrobić.',
  missingNotice: 'Plik „{{name}}” został przeniesiony lub usunięty. Zapisanie utworzy go ponownie.',
  reloaded: 'Plik „{{name}}” został zmieniony przez inny program i wczytano go ponownie.',
  dismiss: 'Zamknij',
};

export const plReadOnly = {
  notice: {
    readOnlyMedium: 'Ta mapa jest tylko do odczytu: w tym folderze nie można zapisywać. Zapisz kopię poleceniem Zapisz jako…',
    noPermission: 'Ta mapa jest tylko do odczytu: nie masz uprawnień do zmiany tego pliku. Zapisz kopię poleceniem Zapisz jako…',
  },
  label: 'Mapa tylko do odczytu',
  saveAs: 'Zapisz jako…',
  windowTitle: '{{name}} (tylko do odczytu)',
};
