/** Swedish strings for recovery of unsaved work and files changed on disk (sv.ts includes them). */
export const svRecovery = {
  heading: 'Osparat arbete från förra gången',
  intro: 'Waymark behöll de här ändringarna när en karta stängdes innan de hann sparas. Återställ dem för att arbeta vidare, eller släng dem.',
  neverSaved: 'Aldrig sparad',
  lastEdit: 'Senast ändrad {{time}}',
  restore: 'Återställ',
  discard: 'Släng…',
  confirmDiscard: 'Vill du slänga de här ändringarna för gott?',
  discardForGood: 'Släng',
  keep: 'Behåll',
  itemLabel: '{{title}} ({{name}})',
};

export const svConflict = {
  title: '”{{name}}” har ändrats av ett annat program',
  message: 'Sedan du öppnade filen har ett annat program (kanske en synkklient) sparat en annan version av den. Dina ändringar i Waymark är inte sparade än.',
  overwrite: 'Skriv över den med min version',
  saveCopy: 'Spara min version som en kopia…',
  reload: 'Läs in den igen och släpp mina ändringar',
  cancel: 'Avbryt',
  changedNotice: '”{{name}}” har ändrats av ett annat program. När du sparar får du välja vad som ska hända.',
  missingNotice: '”{{name}}” har flyttats eller tagits bort. När du sparar skrivs den på nytt.',
  reloaded: '”{{name}}” ändrades av ett annat program och har lästs in igen.',
  dismiss: 'Stäng',
};

export const svReadOnly = {
  notice: {
    readOnlyMedium: 'Kartan är skrivskyddad: det går inte att skriva i mappen. Spara en kopia med Spara som…',
    noPermission: 'Kartan är skrivskyddad: du har inte behörighet att ändra filen. Spara en kopia med Spara som…',
  },
  label: 'Skrivskyddad karta',
  saveAs: 'Spara som…',
  windowTitle: '{{name}} (skrivskyddad)',
};
