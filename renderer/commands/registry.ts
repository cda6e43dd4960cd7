import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react';

/** One thing the user can do, as the command palette lists it. */
export interface Command {
  id: string;
  /** What it does, in the user's language. */
  label: string;
  /** Where it belongs (Edit, View, File…), in the user's language. */
  group: string;
  /** Its keys as the `?` list writes them (`Mod+S`), when it has any. */
  keys?: string;
  run: () => void;
}

/**
 * The commands of the screen, gathered from the parts that own them (the map's actions, the
 * content panels, the toolbar's launchers). Each part gives a function, asked only when the
 * palette opens, so the list says what can be done now.
 */
export class CommandRegistry {
  private readonly sources = new Map<string, () => readonly Command[]>();

  register(key: string, source: () => readonly Command[]): () => void {
    this.sources.set(key, source);
    return () => {
      if (this.sources.get(key) === source) this.sources.delete(key);
    };
  }

  all(): Command[] {
    return [...this.sources.values()].flatMap((source) => source());
  }
}

export const CommandsContext = createContext<CommandRegistry | null>(null);

/**
 * Offers `source`'s commands to the palette while the calling component is shown (the latest
 * `source` is asked); `own` is the registry of a screen that provides it to its parts.
 */
export function useCommands(key: string, source: () => readonly Command[], own?: CommandRegistry): void {
  const provided = useContext(CommandsContext);
  const registry = own ?? provided;
  const latest = useRef(source);
  useLayoutEffect(() => {
    latest.current = source;
  });
  useEffect(() => registry?.register(key, () => latest.current()), [registry, key]);
}
