import { useEffect } from 'react';
import type { EditorCommand } from '../../shared/ipc/contract';
import type { Bridge } from '../bridge/api';
import type { JourneyStore } from '../state/journey-store';
import type { EditorActions } from './use-editor';

const inTextField = () => {
  const active = document.activeElement;
  return active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
};

/** The Edit, View and Help menus: the same actions as the keyboard, for the focused window. */
export function useMenuCommands(bridge: Bridge, store: JourneyStore, actions: EditorActions, openHelp: () => void): void {
  useEffect(() => {
    const run: Record<EditorCommand, () => void> = {
      // In a text field, undo and redo belong to the field.
      undo: () => (inTextField() ? document.execCommand('undo') : store.undo()),
      redo: () => (inTextField() ? document.execCommand('redo') : store.redo()),
      delete: () => actions.deleteCards(),
      duplicate: () => actions.duplicate(),
      selectAllInLane: () => (inTextField() ? document.execCommand('selectAll') : actions.selectAllInLane()),
      zoomIn: () => actions.zoomBy(1.25),
      zoomOut: () => actions.zoomBy(0.8),
      zoomReset: () => actions.zoomReset(),
      zoomFit: () => actions.zoomFit(),
      zoomSelection: () => actions.zoomToSelection(),
      shortcuts: openHelp,
    };
    return bridge.api.onMenuCommand((command) => {
      if (command.type === 'editor') run[command.command]();
    });
  }, [bridge, store, actions, openHelp]);
}
