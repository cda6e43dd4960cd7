import type { z } from 'zod';
import { ipcContract, type MethodName } from '../../shared/ipc/contract';
import { folderPathSchema, pathSchema } from '../../shared/ipc/paths';

/** A place in a payload that names a file or a folder: its field names from the top (`['otherPath']`). */
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

/** Schemas already searched (the journey document's parts recur in many payloads, and hold no path). */
const searched = new WeakMap<z.ZodType, boolean>();
function holdsPathCached(schema: z.ZodType): boolean {
  let holds = searched.get(schema);
  if (holds === undefined) {
    holds = holdsPath(schema, new Set());
    searched.set(schema, holds);
  }
  return holds;
}

/** Stands for "any value" when a schema is walked without a payload, to list every place a path may be. */
const ANY = Symbol('any value');
type Found = PathField & { readonly path: string | null };

const fieldOf = (value: unknown, name: string): unknown =>
  value === ANY ? ANY : typeof value === 'object' && value !== null && Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;

/**
 * Walks a schema and a value together, collecting each path the value names where the schema
 * declares one: in object fields, list items, record values, and the union branches the value
 * fits. A path in any other construct (a lazy, piped or intersected schema) throws, so a
 * payload the grant check cannot see through never reaches a handler.
 */
function walk(schema: z.ZodType, value: unknown, at: readonly string[], found: Found[]): void {
  const kind = kindOf(schema);
  if (kind !== null) {
    if (value === ANY || typeof value === 'string') found.push({ at, kind, path: value === ANY ? null : value });
    return;
  }
  if (!holdsPathCached(schema)) return;
  const def = defOf(schema);
  if (def.type === 'object') {
    for (const [name, inner] of Object.entries(def['shape'] as Record<string, z.ZodType>)) walk(inner, fieldOf(value, name), [...at, name], found);
  } else if (WRAPPERS.has(def.type) && isSchema(def['innerType'])) {
    walk(def['innerType'], value, at, found);
  } else if (def.type === 'array' && isSchema(def['element'])) {
    const items = value === ANY ? [ANY] : Array.isArray(value) ? value : [];
    for (const item of items) walk(def['element'], item, at, found);
  } else if (def.type === 'record' && isSchema(def['valueType'])) {
    const items = value === ANY ? [ANY] : typeof value === 'object' && value !== null ? Object.values(value) : [];
    for (const item of items) walk(def['valueType'], item, at, found);
  } else if (def.type === 'union' && Array.isArray(def['options'])) {
    for (const option of def['options'] as z.ZodType[]) if (value === ANY || option.safeParse(value).success) walk(option, value, at, found);
  } else {
    throw new Error(`the path at ${at.join('.') || 'the top'} sits in a schema of type ${def.type}, where the grant check cannot find it; make it an object's field`);
  }
}

/** Every place a payload schema may name a path (a field of a list's items or a union's branch counts once per field). */
export function pathFieldsOf(schema: z.ZodType): PathField[] {
  const found: Found[] = [];
  walk(schema, ANY, [], found);
  return found.map(({ at, kind }) => ({ at, kind }));
}

/** Every place a contract method's payload may name a path. */
export const pathFieldsOfMethod = (method: MethodName): PathField[] => pathFieldsOf(ipcContract[method].input);

/** The paths a payload of `schema` names, each with its place (absent and null fields name none). */
export function pathsOf(schema: z.ZodType, payload: unknown): { field: PathField; path: string }[] {
  const found: Found[] = [];
  walk(schema, payload, [], found);
  return found.flatMap(({ at, kind, path }) => (path === null ? [] : [{ field: { at, kind }, path }]));
}

/** The paths a contract method's payload names. */
export const pathsIn = (method: MethodName, payload: unknown) => pathsOf(ipcContract[method].input, payload);
