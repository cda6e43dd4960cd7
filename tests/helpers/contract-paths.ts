import type { z } from 'zod';
import { ipcContract, METHOD_NAMES, type MethodName } from '../../shared/ipc/contract';
import { folderPathSchema, pathSchema } from '../../shared/ipc/paths';

/**
 * Where a zod schema uses a path schema, as `field.field` from the top; follows every part of
 * its definition (arrays, unions, lazy parts), independently of main's own finder
 * (main/ipc/path-fields.ts), which these tests check against it.
 */
export function pathSchemaUses(schema: z.ZodType, at: string, seen = new Set<unknown>()): string[] {
  if (schema === pathSchema || schema === folderPathSchema) return [at];
  if (seen.has(schema)) return [];
  seen.add(schema);
  const isSchema = (value: unknown): value is z.ZodType => typeof value === 'object' && value !== null && '_zod' in value;
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const found: string[] = [];
  for (const [key, value] of Object.entries(def)) {
    if (key === 'shape' && typeof value === 'object' && value !== null) {
      for (const [field, inner] of Object.entries(value)) if (isSchema(inner)) found.push(...pathSchemaUses(inner, `${at}.${field}`, seen));
    } else if (key === 'getter' && typeof value === 'function') {
      found.push(...pathSchemaUses((value as () => z.ZodType)(), at, seen));
    } else if (isSchema(value)) {
      found.push(...pathSchemaUses(value, at, seen));
    } else if (Array.isArray(value)) {
      for (const inner of value) if (isSchema(inner)) found.push(...pathSchemaUses(inner, at, seen));
    }
  }
  return found;
}

/** Every contract method whose payload names a path, with the fields that do (`['path']`, `['otherPath']`). */
export function pathTakingMethods(): { method: MethodName; fields: string[][] }[] {
  return METHOD_NAMES.flatMap((method) => {
    const uses = pathSchemaUses(ipcContract[method].input, method).map((use) => use.split('.').slice(1));
    return uses.length === 0 ? [] : [{ method, fields: uses }];
  });
}
