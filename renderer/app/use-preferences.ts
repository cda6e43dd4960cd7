import { createContext, useCallback, useContext, useState } from 'react';
import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPatch } from '../../shared/ipc/preferences';
import type { Bridge } from '../bridge/api';

/** The window's preferences as last read or written: a map opened later in the window starts from them. */
export class KnownPreferences {
  constructor(private current: Preferences) {}
  get latest(): Preferences {
    return this.current;
  }
  remember(preferences: Preferences): void {
    this.current = preferences;
  }
}

/** Filled by the window's first script, which reads the preferences anyway (the defaults if main could not say). */
export const KnownPreferencesContext = createContext(new KnownPreferences(DEFAULT_PREFERENCES));

/**
 * The user's remembered preferences, written through main. They start as the window last knew
 * them, so a map is drawn once with them instead of with the defaults and again.
 */
export function usePreferences(bridge: Bridge): [Preferences, (patch: PreferencesPatch) => void] {
  const known = useContext(KnownPreferencesContext);
  const [preferences, setPreferences] = useState<Preferences>(known.latest);
  const update = useCallback(
    (patch: PreferencesPatch) => {
      known.remember({ ...known.latest, ...patch });
      setPreferences((current) => ({ ...current, ...patch }));
      void bridge.api.setPreferences(patch).then((result) => {
        if (!result.ok) return;
        known.remember(result.value);
        setPreferences(result.value);
      });
    },
    [bridge, known],
  );
  return [preferences, update];
}
