import type { TFunction } from 'i18next';
import { LANE_KINDS, PRIORITIES } from '../../shared/document/schema';
import type { Command } from '../commands/registry';
import type { EditorState } from '../editor/context';
import type { MapShortcutRunner } from '../editor/map-shortcuts';
import { SHORTCUTS, shortcutLabel, type ShortcutGroup, type ShortcutId } from '../editor/shortcuts';
import type { EditorActions } from '../editor/use-editor';
import type { JourneyStore } from '../state/journey-store';
import { requestExchange } from './exchange/exchange-requests';

export interface MapCommandDeps {
  t: TFunction;
  run: MapShortcutRunner;
  store: JourneyStore;
  actions: EditorActions;
  state: EditorState;
  save: () => void;
  saveAs: () => void;
  close: () => void;
  present: () => void;
  views: () => void;
  focusMap: () => void;
  focusTitle: () => void;
  focusInspector: () => void;
  autosave: boolean;
  setAutosave: (on: boolean) => void;
}

/** The map's shortcuts that are actions (not moves of the cursor, not keys of a text field), by when they apply. */
const SHORTCUT_COMMANDS: readonly ShortcutId[] = [
  'edit', 'addCard', 'delete', 'duplicate', 'selectLane', 'undo', 'redo', 'copy', 'cut',
  'moveCardUp', 'moveCardDown', 'moveCardLeft', 'moveCardRight', 'emotionUp', 'emotionDown',
  'zoomIn', 'zoomOut', 'zoomReset', 'zoomFit', 'zoomSelection', 'help',
];
const NEEDS_CARDS: ReadonlySet<ShortcutId> = new Set(['duplicate', 'copy', 'cut', 'moveCardUp', 'moveCardDown', 'moveCardLeft', 'moveCardRight', 'zoomSelection']);

const signed = (value: number) => (value < 0 ? `−${-value}` : String(value));

/** Digits on the selection: severities, priorities or the emotion at the cursor, whichever it takes. */
function valueCommands({ t, run, store, actions, state }: MapCommandDeps): Command[] {
  const group = t('shortcuts.group.cards');
  const ids = state.selection.kind === 'cards' ? state.selection.ids : [];
  const kinds = new Set(store.document.cards.filter((c) => ids.includes(c.id)).map((c) => store.document.lanes.find((l) => l.id === c.laneId)?.kind));
  const digit = (key: string) => () => void run('setValue', key);
  const commands: Command[] = [];
  if (kinds.has('painPoints')) {
    for (const value of [1, 2, 3, 4, 5]) commands.push({ id: `severity-${value}`, label: t('a11y.command.severity', { value }), group, keys: String(value), run: digit(String(value)) });
    commands.push({ id: 'severity-clear', label: t('a11y.command.clearSeverity'), group, keys: '0', run: digit('0') });
  }
  if (kinds.has('opportunities')) {
    PRIORITIES.forEach((priority, i) => commands.push({ id: `priority-${priority}`, label: t('a11y.command.priority', { priority: t(`content.priority.${priority}`) }), group, keys: String(i + 1), run: digit(String(i + 1)) }));
    commands.push({ id: 'priority-clear', label: t('a11y.command.clearPriority'), group, keys: '0', run: digit('0') });
  }
  if (actions.emotionTarget()) {
    for (const value of [2, 1, 0, -1, -2]) {
      commands.push({ id: `emotion-${value}`, label: t('a11y.command.emotion', { value: signed(value) }), group, keys: value < 0 ? `−, ${-value}` : String(value), run: () => void actions.setEmotionHere(value) });
    }
  }
  return commands;
}

/** Every action on the open map, each with its keys where it has some, for the command palette. */
export function mapCommands(deps: MapCommandDeps): Command[] {
  const { t, run, state, actions } = deps;
  const group = (g: ShortcutGroup) => t(`shortcuts.group.${g}`);
  const cardsSelected = state.selection.kind === 'cards';
  const somethingSelected = state.selection.kind !== 'none' && state.selection.kind !== 'point';
  const fromShortcuts = SHORTCUTS.filter((s) => SHORTCUT_COMMANDS.includes(s.id))
    .filter((s) => (!NEEDS_CARDS.has(s.id) || cardsSelected) && (s.id !== 'delete' || somethingSelected)
      && ((s.id !== 'emotionUp' && s.id !== 'emotionDown') || actions.emotionTarget() !== null))
    .map((s): Command => ({
      id: s.id, label: t(shortcutLabel(s)), group: group(s.group), keys: s.keys,
      // Copy and cut go through the page's clipboard events, as their keys do.
      run: s.id === 'copy' || s.id === 'cut' ? () => void document.execCommand(s.id) : () => void run(s.id),
    }));
  const editGroup = group('edit');
  const fileGroup = group('file');
  const viewGroup = group('view');
  return [
    ...fromShortcuts,
    ...valueCommands(deps),
    { id: 'addStage', label: t('toolbar.addStage'), group: editGroup, run: () => actions.addStage() },
    ...(state.cursor || state.selection.kind === 'stage' ? [{ id: 'addStep', label: t('a11y.command.addStep'), group: editGroup, run: () => actions.addStep() }] : []),
    ...LANE_KINDS.map((kind): Command => ({ id: `addLane-${kind}`, label: t('a11y.command.addLane', { kind: t(`lane.${kind}`) }), group: editGroup, run: () => actions.addLane(kind) })),
    { id: 'rename', label: t('a11y.command.rename'), group: editGroup, run: deps.focusTitle },
    { id: 'goToMap', label: t('a11y.command.goToMap'), group: group('navigate'), run: deps.focusMap },
    { id: 'goToInspector', label: t('a11y.command.goToInspector'), group: group('navigate'), run: deps.focusInspector },
    { id: 'save', label: t('shortcuts.action.save'), group: fileGroup, keys: 'Mod+S', run: deps.save },
    { id: 'saveAs', label: t('shortcuts.action.saveAs'), group: fileGroup, keys: 'Shift+Mod+S', run: deps.saveAs },
    { id: 'autosave', label: t(deps.autosave ? 'a11y.command.autosaveOff' : 'a11y.command.autosaveOn'), group: fileGroup, run: () => deps.setAutosave(!deps.autosave) },
    { id: 'export', label: t('exchange.menu.export'), group: fileGroup, run: () => requestExchange('export') },
    { id: 'import', label: t('exchange.menu.import'), group: fileGroup, run: () => requestExchange('import') },
    { id: 'close', label: t('editor.close'), group: fileGroup, run: deps.close },
    { id: 'present', label: t('present.present'), group: viewGroup, keys: 'F5', run: deps.present },
    { id: 'views', label: t('present.views.open'), group: viewGroup, run: deps.views },
  ];
}

