import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_PREFERENCES, type Preferences, type PreferencesPatch } from '../../shared/ipc/preferences';
import type { Bridge } from '../bridge/api';

/** The user's remembered preferences, read once and written through main. */
export function usePreferences(bridge: Bridge): [Preferences, (patch: PreferencesPatch) => void] {
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  useEffect(() => {
    void bridge.api.getPreferences({}).then((result) => result.ok && setPreferences(result.value));
  }, [bridge]);
  const update = useCallback(
    (patch: PreferencesPatch) => {
      setPreferences((current) => ({ ...current, ...patch }));
      void bridge.api.setPreferences(patch).then((result) => result.ok && setPreferences(result.value));
    },
    [bridge],
  );
  return [preferences, update];
}
