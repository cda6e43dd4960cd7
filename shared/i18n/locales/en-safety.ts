/** English strings for recovery of unsaved work, files changed on disk and read-only maps (en.ts includes them). */
export const enRecovery = {
  heading: 'Unsaved work from last time',
  intro: 'Waymark kept these changes when a map closed before they were saved. Restore them to keep working, or discard them.',
  neverSaved: 'Never saved',
  lastEdit: 'Last edited {{time}}',
  restore: 'Restore',
  discard: 'Discard…',
  confirmDiscard: 'Discard these changes for good?',
  discardForGood: 'Discard',
  keep: 'Keep',
  itemLabel: '{{title}} ({{name}})',
};

export const enConflict = {
  title: '“{{name}}” was changed by another program',
  message: 'Since you opened it, another program (perhaps a sync client) saved a different version of this file. Your changes in Waymark are not saved yet.',
  overwrite: 'Overwrite it with my version',
  saveCopy: 'Save my version as a copy…',
  reload: 'Reload it and drop my changes',
  cancel: 'Cancel',
  changedNotice: '“{{name}}” was changed by another program. Saving will ask what to do.',
  missingNotice: '“{{name}}” was moved or deleted. Saving writes it again.',
  reloaded: '“{{name}}” was changed by another program and has been reloaded.',
  dismiss: 'Dismiss',
};

/** A map whose file or folder cannot be written (read-only medium, no permission): the notice above it. */
export const enReadOnly = {
  notice: {
    readOnlyMedium: 'This map is read-only: the folder cannot be written. Save a copy with Save as…',
    noPermission: 'This map is read-only: you do not have permission to change this file. Save a copy with Save as…',
  },
  label: 'Read-only map',
  saveAs: 'Save as…',
  windowTitle: '{{name}} (read-only)',
};
