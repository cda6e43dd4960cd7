import type { z } from 'zod';
import { ipcContract, type MethodName } from '../../shared/ipc/contract';
import { folderPathSchema, pathSchema } from '../../shared/ipc/paths';

/** Where a method's payload names a file or a folder: the field names from the top (`['otherPath']`). */
export interface PathField {
  readonly at: readonly string[];
  readonly kind: 'file' | 'folder';
}

interface SchemaDef { readonly type: string; readonly [key: string]: unknown }
const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
const isSchema = (value: unknown): value is z.ZodType => typeof value === 'object' && value !== null && '_zod' in value;
const kindOf = (schema: z.ZodType): PathField['kind'] | null => (schema === pathSchema ? 'file' : schema === folderPathSchema ? 'folder' : null);

/** Wrappers that hold one schema and keep the value's place (`.optional()`, `.nullable()`, …). */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** True when a path schema appears anywhere inside `schema`, however deep (arrays, unions, lazy parts). */
function holdsPath(schema: z.ZodType, seen: Set<z.ZodType>): boolean {
  if (kindOf(schema) !== null) return true;
  if (seen.has(schema)) return false;
  seen.add(schema);
  return Object.entries(defOf(schema)).some(([key, value]) => {
    if (isSchema(value)) return holdsPath(value, seen);
    if (Array.isArray(value)) return value.some((inner) => isSchema(inner) && holdsPath(inner, seen));
    if (key === 'shape' && typeof value === 'object' && value !== null) return Object.values(value).some((inner) => isSchema(inner) && holdsPath(inner, seen));
    if (key === 'getter' && typeof value === 'function') return holdsPath((value as () => z.ZodType)(), seen);
    return false;
  });
}

/** Schemas already searched (the journey document's parts recur in many payloads). */
const searched = new WeakMap<z.ZodType, boolean>();
function holdsPathCached(schema: z.ZodType): boolean {
  let holds = searched.get(schema);
  if (holds === undefined) {
    holds = holdsPath(schema, new Set());
    searched.set(schema, holds);
  }
  return holds;
}

/**
 * Every path field of a payload schema. Paths must be fields of objects (optional or nullable
 * at most), where the grant check can find each one; a path anywhere else (in an array, a
 * union, a record) throws, so a payload the check cannot see through never gets a handler.
 */
export function pathFieldsOf(schema: z.ZodType, at: readonly string[] = []): PathField[] {
  const kind = kindOf(schema);
  if (kind !== null) return [{ at, kind }];
  const def = defOf(schema);
  if (def.type === 'object') {
    const shape = def['shape'] as Record<string, z.ZodType>;
    return Object.entries(shape).flatMap(([name, inner]) => pathFieldsOf(inner, [...at, name]));
  }
  if (WRAPPERS.has(def.type) && isSchema(def['innerType'])) return pathFieldsOf(def['innerType'], at);
  if (holdsPathCached(schema)) throw new Error(`the path at ${at.join('.') || 'the top'} sits in a schema of type ${def.type}, where the grant check cannot find it; make it an object's field`);
  return [];
}

const byMethod = new Map<MethodName, readonly PathField[]>();

/** The path fields of a contract method's payload (worked out once per method). */
export function pathFieldsOfMethod(method: MethodName): readonly PathField[] {
  let fields = byMethod.get(method);
  if (fields === undefined) {
    fields = pathFieldsOf(ipcContract[method].input);
    byMethod.set(method, fields);
  }
  return fields;
}

/** The paths a parsed payload names, each with its field (absent and null fields name none). */
export function pathsIn(method: MethodName, payload: unknown): { field: PathField; path: string }[] {
  return pathFieldsOfMethod(method).flatMap((field) => {
    let value: unknown = payload;
    for (const name of field.at) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' ? [{ field, path: value }] : [];
  });
}
