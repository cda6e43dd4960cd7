/**
 * Document edits as pure functions from a document to the changes they make. The renderer's
 * store applies them as named transactions, so every edit is undoable the same way.
 */
export * from './cards';
export * from './cell';
export * from './emotions';
export * from './lanes';
export * from './meta';
export * from './stages';
export * from './assets';
export * from './channels';
export * from './evidence';
export * from './links';
export * from './metrics';
export * from './persona-curves';
export * from './personas';
export * from './records';
export * from './review';
export * from './views';
export * from './map-links';
