import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { journeyDocumentSchema } from '../../shared/document/schema';
import { TABLE_NAMES } from '../../shared/exchange/record-tables';

describe('exports keep up with the document', () => {
  it('has a CSV/XLSX table for every list of records in the journey format', () => {
    const shape = journeyDocumentSchema.shape as Record<string, z.ZodType>;
    const lists = Object.entries(shape).filter(([, schema]) => schema instanceof z.ZodArray).map(([key]) => key);
    expect([...lists, 'journey'].sort()).toEqual([...TABLE_NAMES].sort());
  });
});
