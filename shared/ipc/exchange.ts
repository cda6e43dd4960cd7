import { z } from 'zod';
import type { JourneyDocument } from '../document/schema';
import type { ImportIssue } from '../exchange/journey-from-rows';
import { exportFormatSchema } from '../exchange/formats';

export { exportOptionsSchema } from '../exchange/formats';
export type { ImportIssue } from '../exchange/journey-from-rows';

export const chooseExportPathInput = z.strictObject({ suggestedName: z.string().max(200), format: exportFormatSchema });

export interface ExportedFile { readonly path: string; readonly bytes: number }

/** What an import would make, shown before anything is written; no document when rows failed. */
export interface ImportPreview {
  readonly path: string;
  readonly name: string;
  readonly document: JourneyDocument | null;
  readonly issues: readonly ImportIssue[];
  readonly notes: readonly ImportIssue[];
}
