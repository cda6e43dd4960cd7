import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { journeyDocumentSchema } from '../../shared/document/schema';
import { TABLE_NAMES } from '../../shared/exchange/record-tables';
import { EXPORT_LANE_COLOURS, exportEmotionColour } from '../../shared/export/palette';
import { emotionColour, LANE_COLOURS } from '../../renderer/canvas/theme';

describe('exports keep up with the document and the editor', () => {
  it('has a CSV/XLSX table for every list of records in the journey format', () => {
    const shape = journeyDocumentSchema.shape as Record<string, z.ZodType>;
    const lists = Object.entries(shape).filter(([, schema]) => schema instanceof z.ZodArray).map(([key]) => key);
    expect([...lists, 'journey'].sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('draws lanes and emotion points in the editor’s colours', () => {
    expect(EXPORT_LANE_COLOURS).toEqual(LANE_COLOURS);
    for (const value of [-2, -0.5, 0, 0.01, 1.5]) expect(exportEmotionColour(value)).toBe(emotionColour(value));
  });
});
