import { z } from 'zod';
import { relativeJourneyPathSchema } from '../document/schema/primitives';
import type { MapSummary } from '../workspace/map-summary';
import { pathSchema } from './paths';

/** One map of the open workspace, as its card on the start screen shows it. */
export interface WorkspaceCard {
  readonly path: string;
  /** Its place in the workspace, slash-separated on every system (`detail/Checkout.journey`). */
  readonly relativePath: string;
  readonly modifiedAt: number;
  readonly summary: MapSummary;
  /** A small drawing of the map, an SVG document (no text, no scripts). */
  readonly thumbnail: string;
}

/** A file of the workspace that did not open, with the reason. */
export interface WorkspaceFileProblem { readonly path: string; readonly relativePath: string; readonly message: string }

/** A folder of maps opened as one workspace: derived from the files each time it is listed. */
export interface WorkspaceListing {
  readonly folder: string;
  readonly name: string;
  readonly maps: readonly WorkspaceCard[];
  readonly problems: readonly WorkspaceFileProblem[];
  readonly truncated: boolean;
}

/** Where a stage's or step's link leads: a map to open, or why not. */
export type LinkResolution =
  | { readonly state: 'ok'; readonly path: string; readonly title: string }
  /** No file there (moved, renamed, deleted). */
  | { readonly state: 'missing' }
  /** A file that is not a journey Waymark can open; `message` says why. */
  | { readonly state: 'invalid'; readonly message: string }
  /** The link leads out of the workspace folder (`../` too far, or a link on disk pointing elsewhere). */
  | { readonly state: 'outside' };

export const workspaceInputs = {
  /** Asks for a folder (Electron's dialog; the preview's folder is its workspace) and lists it. */
  openWorkspaceFolder: z.strictObject({}),
  /** The window's workspace, listed afresh (null when none is open). */
  listWorkspace: z.strictObject({}),
  /** Where each link of the map at `path` leads, in the order given. */
  resolveMapLinks: z.strictObject({ path: pathSchema, links: z.array(relativeJourneyPathSchema).max(2_000) }),
};
