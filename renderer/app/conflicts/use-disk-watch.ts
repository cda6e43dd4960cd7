import { useEffect } from 'react';
import type { DiskState, FileFingerprint } from '../../../shared/ipc/fingerprint';
import type { Bridge } from '../../bridge/api';

export const DISK_CHECK_MS = 2_000;

/** Someone is typing in a field: a reload now would take the text from under them. */
const typing = () => document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLTextAreaElement;

/**
 * Asks main every two seconds, and when the window comes back to the front, whether the open
 * file is still the one this window holds. Main compares mtime and size first and hashes only
 * when they moved, so asking is cheap; the same call works in Electron and in the preview.
 * Stops while `paused` (the user already knows the file changed).
 */
export function useDiskWatch(
  bridge: Bridge,
  file: { path: string | null; fingerprint: FileFingerprint | null },
  paused: boolean,
  onState: (state: DiskState) => Promise<void> | void,
): void {
  const { path, fingerprint } = file;
  useEffect(() => {
    if (!path || !fingerprint || paused) return;
    let busy = false;
    let stopped = false;
    const check = async () => {
      if (busy || document.visibilityState === 'hidden') return;
      busy = true;
      try {
        const result = await bridge.api.checkFileOnDisk({ path, baseline: fingerprint });
        if (stopped || !result.ok) return;
        // A change waits until the user leaves the field they are typing in.
        if (result.value.state === 'changed' && typing()) return;
        await onState(result.value);
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void check(), DISK_CHECK_MS);
    const onFront = () => void check();
    window.addEventListener('focus', onFront);
    document.addEventListener('visibilitychange', onFront);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('focus', onFront);
      document.removeEventListener('visibilitychange', onFront);
    };
  }, [bridge, path, fingerprint, paused, onState]);
}
