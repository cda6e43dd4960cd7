/** Romanian strings for comparing and merging copies of a journey (ro.ts includes them). */
export const roMerge = {
  record: {
    journey: 'detaliile călătoriei', stages: 'etapa', steps: 'pasul', lanes: 'rândul', channels: 'canalul', cards: 'cardul', emotionCurves: 'curba',
    emotionPoints: 'punctul de emoție', metricValues: 'valoarea indicatorului', personas: 'persona', views: 'vizualizarea', assets: 'imaginea', workshops: 'rezultatele atelierului',
  },
  /** Record fields a change list names (card fields use exchange.field). */
  field: {
    name: 'numele', text: 'textul', value: 'valoarea', colour: 'culoarea', width: 'lățimea', speakerNotes: 'notele vorbitorului', label: 'eticheta', kind: 'tipul', collapsed: 'restrângerea', hidden: 'ascunderea', unit: 'unitatea', title: 'titlul', description: 'descrierea', goal: 'obiectivul',
    mapLink: 'harta legată', sharedId: 'persona comună',
  },
  diff: {
    none: 'nicio modificare',
    added: 'adăugat ({{what}}): {{name}}',
    removed: 'șters ({{what}}): {{name}}',
    changed: '{{what}} {{name}}: s-a modificat {{fields}}',
    moved: '{{what}} {{name}}: mutat',
  },
  conflict: {
    bothChanged: '{{what}} {{name}}: {{field}} modificat de ambele părți, al nostru {{ours}}, al lor {{theirs}}; s-a păstrat al nostru',
    deletedBy: {
      ours: '{{what}} {{name}}: șters la noi, modificat la ei; păstrat cu modificările lor',
      theirs: '{{what}} {{name}}: șters la ei, modificat la noi; păstrat cu modificările noastre',
    },
    restored: '{{what}} {{name}}: șters de o parte, dar încă folosit de cealaltă; păstrat',
    sameSlot: '{{what}} {{name}}: setat de ambele părți; s-a păstrat al nostru, al lor era {{theirs}}',
    placed: '{{what}} {{name}}: etapa a fost împărțită în pași de cealaltă parte; pus în primul pas',
  },
  compare: {
    title: 'Comparație: {{before}} → {{after}}',
    stage: 'Etapă',
    stages: 'Etape',
    change: 'Modificare',
    cardsAdded: 'Carduri adăugate',
    cardsRemoved: 'Carduri șterse',
    cardsChanged: 'Carduri modificate',
    cardsMoved: 'Carduri mutate',
    lanes: 'Rânduri',
    emotions: 'Emoții pe etape',
    metrics: 'Indicatori pe etape',
    changes: 'Toate modificările',
    renamedFrom: 'redenumit din „{{name}}”',
    presence: { same: 'neschimbat', added: 'adăugat', removed: 'șters', renamed: 'redenumit' },
  },
  cli: {
    clean: '{{file}}: îmbinat, fără conflicte',
    conflicts_one: '{{file}}: îmbinat cu {{count, number}} conflict, listat în {{list}}; până la rezolvare rămâne varianta noastră',
    conflicts_few: '{{file}}: îmbinat cu {{count, number}} conflicte, listate în {{list}}; până la rezolvare rămâne varianta noastră',
    conflicts_other: '{{file}}: îmbinat cu {{count, number}} de conflicte, listate în {{list}}; până la rezolvare rămâne varianta noastră',
  },
};
