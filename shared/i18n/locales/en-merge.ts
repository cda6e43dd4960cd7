/** English strings for comparing and merging copies of a journey (en.ts includes them). */
export const enMerge = {
  record: {
    journey: 'journey details', stages: 'stage', steps: 'step', lanes: 'lane', channels: 'channel', cards: 'card', emotionCurves: 'curve',
    emotionPoints: 'emotion point', metricValues: 'metric value', personas: 'persona', views: 'view', assets: 'image', workshops: 'workshop results',
  },
  /** Record fields a change list names (card fields use exchange.field). */
  field: {
    name: 'name', text: 'text', value: 'value', colour: 'colour', width: 'width', speakerNotes: 'speaker notes', label: 'label', kind: 'kind', collapsed: 'collapsed', hidden: 'hidden', unit: 'unit', title: 'title', description: 'description', goal: 'goal',
    mapLink: 'linked map', sharedId: 'shared persona',
  },
  diff: {
    none: 'no changes',
    added: '{{what}} added: {{name}}',
    removed: '{{what}} removed: {{name}}',
    changed: '{{what}} {{name}}: {{fields}} changed',
    moved: '{{what}} {{name}} moved',
  },
  conflict: {
    bothChanged: '{{what}} {{name}}: {{field}} changed on both sides, ours {{ours}}, theirs {{theirs}}; ours kept',
    deletedBy: {
      ours: '{{what}} {{name}}: deleted in ours, changed in theirs; kept with their changes',
      theirs: '{{what}} {{name}}: deleted in theirs, changed in ours; kept with our changes',
    },
    restored: '{{what}} {{name}}: deleted on one side but still used by the other; kept',
    sameSlot: '{{what}} {{name}}: set on both sides; ours kept, theirs was {{theirs}}',
    placed: '{{what}} {{name}}: its stage was split into steps on the other side; placed in the first step',
  },
  compare: {
    title: 'Comparison: {{before}} → {{after}}',
    stage: 'Stage',
    stages: 'Stages',
    change: 'Change',
    cardsAdded: 'Cards added',
    cardsRemoved: 'Cards removed',
    cardsChanged: 'Cards changed',
    cardsMoved: 'Cards moved',
    lanes: 'Lanes',
    emotions: 'Emotions by stage',
    metrics: 'Metrics by stage',
    changes: 'Every change',
    renamedFrom: 'renamed from “{{name}}”',
    presence: { same: 'unchanged', added: 'added', removed: 'removed', renamed: 'renamed' },
  },
  cli: {
    clean: '{{file}}: merged, no conflicts',
    conflicts_one: '{{file}}: merged with {{count, number}} conflict, listed in {{list}}; ours is kept there until you resolve it',
    conflicts_other: '{{file}}: merged with {{count, number}} conflicts, listed in {{list}}; ours is kept in each until you resolve them',
  },
};
