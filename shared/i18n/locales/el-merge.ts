/** Greek strings for comparing and merging copies of a journey (el.ts includes them). */
export const elMerge = {
  record: {
    journey: 'στοιχεία ταξιδιού', stages: 'στάδιο', steps: 'βήμα', lanes: 'λωρίδα', channels: 'κανάλι', cards: 'κάρτα', emotionCurves: 'καμπύλη',
    emotionPoints: 'σημείο συναισθήματος', metricValues: 'τιμή δείκτη', personas: 'περσόνα', views: 'προβολή', assets: 'εικόνα',
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
  cli: {
    clean: '{{file}}: συγχωνεύτηκε, χωρίς συγκρούσεις',
    conflicts_one: '{{file}}: συγχωνεύτηκε με {{count, number}} σύγκρουση, που αναφέρεται στο {{list}}· μέχρι να λυθεί κρατιέται το δικό μας',
    conflicts_other: '{{file}}: συγχωνεύτηκε με {{count, number}} συγκρούσεις, που αναφέρονται στο {{list}}· μέχρι να λυθούν κρατιέται το δικό μας',
  },
};
