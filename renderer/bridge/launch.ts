import type { OpenOutcome } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { Bridge } from './api';

/** The file this window was opened for, with main's answer already on its way. */
export interface LaunchOpening { path: string; answer: Promise<Result<OpenOutcome>> }

/**
 * Asks what the window is for and, if it is a file, asks for the file at once: both travel
 * while the fonts and the language load, instead of after the first render.
 */
export async function startLaunch(bridge: Bridge): Promise<LaunchOpening | null> {
  const intent = await bridge.api.getLaunchIntent({});
  if (!intent.ok || intent.value.kind !== 'open') return null;
  const { path } = intent.value;
  return { path, answer: bridge.api.openJourney({ path }) };
}
