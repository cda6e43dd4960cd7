/** Polish strings for comparing and merging copies of a journey (pl.ts includes them). */
export const plMerge = {
  record: {
    journey: 'dane ścieżki', stages: 'etap', steps: 'krok', lanes: 'wiersz', channels: 'kanał', cards: 'karta', emotionCurves: 'krzywa',
    emotionPoints: 'punkt emocji', metricValues: 'wartość wskaźnika', personas: 'persona', views: 'widok', assets: 'obraz', workshops: 'wyniki warsztatu',
  },
  /** Record fields a change list names (card fields use exchange.field). */
  field: {
    name: 'nazwa', text: 'tekst', value: 'wartość', colour: 'kolor', width: 'szerokość', speakerNotes: 'notatki prelegenta', label: 'etykieta', kind: 'rodzaj', collapsed: 'zwinięcie', hidden: 'ukrycie', unit: 'jednostka', title: 'tytuł', description: 'opis', goal: 'cel',
    mapLink: 'połączona mapa', sharedId: 'wspólna persona',
  },
  diff: {
    none: 'brak zmian',
    added: 'dodano ({{what}}): {{name}}',
    removed: 'usunięto ({{what}}): {{name}}',
    changed: '{{what}} {{name}}: zmieniono {{fields}}',
    moved: '{{what}} {{name}}: przeniesiono',
  },
  conflict: {
    bothChanged: '{{what}} {{name}}: {{field}} zmieniono po obu stronach, nasze {{ours}}, ich {{theirs}}; zachowano nasze',
    deletedBy: {
      ours: '{{what}} {{name}}: usunięto u nas, zmieniono u nich; zachowano z ich zmianami',
      theirs: '{{what}} {{name}}: usunięto u nich, zmieniono u nas; zachowano z naszymi zmianami',
    },
    restored: '{{what}} {{name}}: usunięto po jednej stronie, ale druga wciąż tego używa; zachowano',
    sameSlot: '{{what}} {{name}}: ustawiono po obu stronach; zachowano nasze, ich było {{theirs}}',
    placed: '{{what}} {{name}}: druga strona podzieliła etap na kroki; umieszczono w pierwszym kroku',
  },
  compare: {
    title: 'Porównanie: {{before}} → {{after}}',
    stage: 'Etap',
    stages: 'Etapy',
    change: 'Zmiana',
    cardsAdded: 'Dodane karty',
    cardsRemoved: 'Usunięte karty',
    cardsChanged: 'Zmienione karty',
    cardsMoved: 'Przeniesione karty',
    lanes: 'Wiersze',
    emotions: 'Emocje według etapów',
    metrics: 'Wskaźniki według etapów',
    changes: 'Wszystkie zmiany',
    renamedFrom: 'zmieniono nazwę z „{{name}}”',
    presence: { same: 'bez zmian', added: 'dodano', removed: 'usunięto', renamed: 'zmieniono nazwę' },
  },
  cli: {
    clean: '{{file}}: scalono, bez konfliktów',
    conflicts_one: '{{file}}: scalono z {{count, number}} konfliktem, wymienionym w {{list}}; do rozwiązania zostaje nasza wersja',
    conflicts_few: '{{file}}: scalono z {{count, number}} konfliktami, wymienionymi w {{list}}; do rozwiązania zostaje nasza wersja',
    conflicts_many: '{{file}}: scalono z {{count, number}} konfliktami, wymienionymi w {{list}}; do rozwiązania zostaje nasza wersja',
    conflicts_other: '{{file}}: scalono z {{count, number}} konfliktu, wymienionymi w {{list}}; do rozwiązania zostaje nasza wersja',
  },
};
