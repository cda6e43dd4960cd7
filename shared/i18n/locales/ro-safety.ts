/** Romanian strings for recovery of unsaved work and files changed on disk (ro.ts includes them). */
export const roRecovery = {
  heading: 'Lucru nesalvat de data trecută',
  intro: 'Waymark a păstrat aceste modificări când o hartă s-a închis înainte de a fi salvate. Restaurați-le pentru a continua lucrul sau renunțați la ele.',
  neverSaved: 'Nesalvată niciodată',
  lastEdit: 'Ultima modificare: {{time}}',
  restore: 'Restaurează',
  discard: 'Renunță…',
  confirmDiscard: 'Renunțați definitiv la aceste modificări?',
  discardForGood: 'Renunță',
  keep: 'Păstrează',
  itemLabel: '{{title}} ({{name}})',
};

export const roConflict = {
  title: '„{{name}}” a fost modificat de alt program',
  message: 'De când l-ați deschis, alt program (poate un client de sincronizare) a salvat o altă versiune a acestui fișier. Modificările dumneavoastră din Waymark nu sunt încă salvate.',
  overwrite: 'Suprascrie-l cu versiunea mea',
  saveCopy: 'Salvează versiunea mea ca o copie…',
  reload: 'Reîncarcă-l și renunță la modificările mele',
  cancel: 'Anulează',
  changedNotice: '„{{name}}” a fost modificat de alt program. La salvare veți fi întrebat ce să faceți.',
  missingNotice: '„{{name}}” a fost mutat sau șters. Salvarea îl va scrie din nou.',
  reloaded: '„{{name}}” a fost modificat de alt program și a fost reîncărcat.',
  dismiss: 'Închide',
};

export const roReadOnly = {
  notice: {
    readOnlyMedium: 'Această hartă este doar în citire: în acest dosar nu se poate scrie. Salvați o copie cu Salvează ca…',
    noPermission: 'Această hartă este doar în citire: nu aveți permisiunea de a modifica acest fișier. Salvați o copie cu Salvează ca…',
  },
  label: 'Hartă doar în citire',
  saveAs: 'Salvează ca…',
  windowTitle: '{{name}} (doar în citire)',
};
