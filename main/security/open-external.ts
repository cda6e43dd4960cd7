import { shell } from 'electron';
import type { ExternalLink } from './policy';

/** The one call of shell.openExternal (lint enforces it): only a link policy.ts checked. */
export function openExternalLink(link: ExternalLink): void {
  void shell.openExternal(link);
}
