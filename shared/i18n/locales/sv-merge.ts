/** Swedish strings for comparing and merging copies of a journey (sv.ts includes them). */
export const svMerge = {
  record: {
    journey: 'kundresans uppgifter', stages: 'fas', steps: 'steg', lanes: 'rad', channels: 'kanal', cards: 'kort', emotionCurves: 'kurva',
    emotionPoints: 'känslopunkt', metricValues: 'mätvärde', personas: 'persona', views: 'vy', assets: 'bild', workshops: 'workshopresultat',
  },
  /** Record fields a change list names (card fields use exchange.field). */
  field: {
    name: 'namn', text: 'text', value: 'värde', colour: 'färg', width: 'bredd', speakerNotes: 'talarnoteringar', label: 'etikett', kind: 'typ', collapsed: 'ihopfälld', hidden: 'dold', unit: 'enhet', title: 'titel', description: 'beskrivning', goal: 'mål',
    mapLink: 'länkad karta', sharedId: 'delad persona',
  },
  diff: {
    none: 'inga ändringar',
    added: '{{what}} tillagd: {{name}}',
    removed: '{{what}} borttagen: {{name}}',
    changed: '{{what}} {{name}}: {{fields}} ändrat',
    moved: '{{what}} {{name}} flyttad',
  },
  conflict: {
    bothChanged: '{{what}} {{name}}: {{field}} ändrat på båda sidor, vårt {{ours}}, deras {{theirs}}; vårt behölls',
    deletedBy: {
      ours: '{{what}} {{name}}: borttagen hos oss, ändrad hos dem; behölls med deras ändringar',
      theirs: '{{what}} {{name}}: borttagen hos dem, ändrad hos oss; behölls med våra ändringar',
    },
    restored: '{{what}} {{name}}: borttagen på ena sidan men används fortfarande av den andra; behölls',
    sameSlot: '{{what}} {{name}}: satt på båda sidor; vårt behölls, deras var {{theirs}}',
    placed: '{{what}} {{name}}: dess fas delades i steg på andra sidan; placerad i första steget',
  },
  compare: {
    title: 'Jämförelse: {{before}} → {{after}}',
    stage: 'Fas',
    stages: 'Faser',
    change: 'Ändring',
    cardsAdded: 'Tillagda kort',
    cardsRemoved: 'Borttagna kort',
    cardsChanged: 'Ändrade kort',
    cardsMoved: 'Flyttade kort',
    lanes: 'Rader',
    emotions: 'Känslor per fas',
    metrics: 'Mätvärden per fas',
    changes: 'Alla ändringar',
    renamedFrom: 'omdöpt från ”{{name}}”',
    presence: { same: 'oförändrad', added: 'tillagd', removed: 'borttagen', renamed: 'omdöpt' },
  },
  cli: {
    clean: '{{file}}: sammanfogad, inga konflikter',
    conflicts_one: '{{file}}: sammanfogad med {{count, number}} konflikt, listad i {{list}}; vårt behålls där tills du löser den',
    conflicts_other: '{{file}}: sammanfogad med {{count, number}} konflikter, listade i {{list}}; vårt behålls i var och en tills du löser dem',
  },
};
