/** Greek strings for comparing and merging copies of a journey (el.ts includes them). */
export const elMerge = {
  record: {
    journey: 'στοιχεία ταξιδιού', stages: 'στάδιο', steps: 'βήμα', lanes: 'λωρίδα', channels: 'κανάλι', cards: 'κάρτα', emotionCurves: 'καμπύλη',
    emotionPoints: 'σημείο συναισθήματος', metricValues: 'τιμή δείκτη', personas: 'περσόνα', views: 'προβολή', assets: 'εικόνα', workshops: 'αποτελέσματα εργαστηρίου',
  },
  /** Record fields a change list names (card fields use exchange.field). */
  field: {
    name: 'όνομα', text: 'κείμενο', value: 'τιμή', colour: 'χρώμα', width: 'πλάτος', speakerNotes: 'σημειώσεις ομιλητή', label: 'ετικέτα', kind: 'είδος', collapsed: 'σύμπτυξη', hidden: 'απόκρυψη', unit: 'μονάδα', title: 'τίτλος', description: 'περιγραφή', goal: 'στόχος',
    mapLink: 'συνδεδεμένος χάρτης', sharedId: 'κοινή περσόνα',
  },
  diff: {
    none: 'καμία αλλαγή',
    added: 'προστέθηκε ({{what}}): {{name}}',
    removed: 'αφαιρέθηκε ({{what}}): {{name}}',
    changed: '{{what}} {{name}}: άλλαξε {{fields}}',
    moved: '{{what}} {{name}}: μετακινήθηκε',
  },
  conflict: {
    bothChanged: '{{what}} {{name}}: {{field}} άλλαξε και στις δύο πλευρές, δικό μας {{ours}}, δικό τους {{theirs}}· κρατήθηκε το δικό μας',
    deletedBy: {
      ours: '{{what}} {{name}}: διαγράφηκε σε εμάς, άλλαξε σε αυτούς· κρατήθηκε με τις αλλαγές τους',
      theirs: '{{what}} {{name}}: διαγράφηκε σε αυτούς, άλλαξε σε εμάς· κρατήθηκε με τις αλλαγές μας',
    },
    restored: '{{what}} {{name}}: διαγράφηκε στη μία πλευρά αλλά η άλλη το χρησιμοποιεί ακόμη· κρατήθηκε',
    sameSlot: '{{what}} {{name}}: ορίστηκε και στις δύο πλευρές· κρατήθηκε το δικό μας, το δικό τους ήταν {{theirs}}',
    placed: '{{what}} {{name}}: η άλλη πλευρά χώρισε το στάδιο σε βήματα· μπήκε στο πρώτο βήμα',
  },
  compare: {
    title: 'Σύγκριση: {{before}} → {{after}}',
    stage: 'Στάδιο',
    stages: 'Στάδια',
    change: 'Αλλαγή',
    cardsAdded: 'Κάρτες που προστέθηκαν',
    cardsRemoved: 'Κάρτες που αφαιρέθηκαν',
    cardsChanged: 'Κάρτες που άλλαξαν',
    cardsMoved: 'Κάρτες που μετακινήθηκαν',
    lanes: 'Λωρίδες',
    emotions: 'Συναισθήματα ανά στάδιο',
    metrics: 'Δείκτες ανά στάδιο',
    changes: 'Όλες οι αλλαγές',
    renamedFrom: 'μετονομάστηκε από «{{name}}»',
    presence: { same: 'χωρίς αλλαγή', added: 'προστέθηκε', removed: 'αφαιρέθηκε', renamed: 'μετονομάστηκε' },
  },
  cli: {
    clean: '{{file}}: συγχωνεύτηκε, χωρίς συγκρούσεις',
    conflicts_one: '{{file}}: συγχωνεύτηκε με {{count, number}} σύγκρουση, που αναφέρεται στο {{list}}· μέχρι να λυθεί κρατιέται το δικό μας',
    conflicts_other: '{{file}}: συγχωνεύτηκε με {{count, number}} συγκρούσεις, που αναφέρονται στο {{list}}· μέχρι να λυθούν κρατιέται το δικό μας',
  },
};
