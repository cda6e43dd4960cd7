import { useCallback, useEffect, useRef, useState } from 'react';
import { CommandPalette } from './CommandPalette';
import { CommandRegistry, type Command } from './registry';

/**
 * The screen's command registry and its palette: `open` lists what can be done now; a chosen
 * command runs once the palette is gone and the keyboard is back where it was.
 */
export function usePalette() {
  const [registry] = useState(() => new CommandRegistry());
  const [commands, setCommands] = useState<readonly Command[] | null>(null);
  const chosen = useRef<Command | null>(null);
  const open = useCallback(() => setCommands(registry.all()), [registry]);
  const close = useCallback(() => setCommands(null), []);
  const choose = useCallback((command: Command) => {
    chosen.current = command;
  }, []);
  // After the palette's own clean-up (which gives the keyboard back), in the same commit.
  useEffect(() => {
    const command = chosen.current;
    if (commands || !command) return;
    chosen.current = null;
    command.run();
  }, [commands]);
  const element = commands && <CommandPalette commands={commands} onClose={close} onRun={choose} />;
  return { registry, open, element };
}
