import type { z } from 'zod';

/**
 * A quick yes for documents zod accepts; never a no. `accept(value)` returns what
 * `schema.safeParse(value)` would return as its data, field for field and in the same key
 * order: `value` itself when its keys are already in schema order (as Waymark writes them),
 * else a copy of the objects whose keys were not (the rest shared). It returns NOT_ACCEPTED for
 * anything else (an invalid value, a non-plain object), and the caller runs zod, which stays
 * the one source of the format and of the messages users see.
 *
 * The acceptor is built from the zod schema itself, as closures (no eval: the renderer's CSP
 * forbids it): it reads the schema's definition, so there is no second schema to keep in step.
 * Containers (strict objects, arrays, optional) and the leaf type tests (typeof, enum and
 * literal sets) repeat zod 4's one-line rules; checks run zod's own check functions on one
 * reused payload, except that a length within its maximum, a regex and a numeric bound are
 * tested inline exactly as zod's checks test them. Anything else in a schema (transforms,
 * defaults, coercion, unions, non-strict objects…) throws when the acceptor is built.
 * tests/unit/document-fast-paths.test.ts checks the agreement with zod on generated and
 * mutated documents.
 */
export const NOT_ACCEPTED: unique symbol = Symbol('not accepted');
export type Acceptor = (value: unknown) => unknown;

interface Payload { value: unknown; issues: unknown[] }

interface CheckDef { check: string; when?: (payload: Payload) => boolean; maximum?: number; pattern?: RegExp; value?: unknown; inclusive?: boolean }
interface Check { _zod: { check: (payload: Payload) => unknown; def: CheckDef } }

/** The parts of zod's internals the acceptor reads (zod 4 `_zod`). */
interface Internals {
  def: {
    type: string;
    coerce?: boolean;
    checks?: readonly Check[];
    shape?: Record<string, Schema>;
    catchall?: Schema;
    element?: Schema;
    innerType?: Schema;
    entries?: Record<string, unknown>;
    values?: readonly unknown[];
  };
  values?: ReadonlySet<unknown>;
  optin?: string;
  traits: ReadonlySet<string>;
}
type Schema = { _zod: Internals };
type Test = (value: unknown) => boolean;

/** Check kinds that only read the value; an `overwrite` (trim, lower-case…) would change it. */
const READ_ONLY_CHECKS = new Set(['max_length', 'min_length', 'string_format', 'less_than', 'greater_than', 'number_format', 'custom']);

/** One payload for every call into zod; it is empty between calls. */
const payload: Payload = { value: undefined, issues: [] };

/** Runs zod's own check on `value`: true when it adds no issue. */
function zodCheck(check: Check): Test {
  const run = check._zod.check;
  const when = check._zod.def.when;
  return (value) => {
    payload.value = value;
    if (when && !when(payload)) return true;
    // An async refinement would need parseAsync: leave it to zod.
    const passed = !(run(payload) instanceof Promise) && payload.issues.length === 0;
    if (payload.issues.length !== 0) payload.issues.length = 0;
    payload.value = undefined;
    return passed;
  };
}

/**
 * A check as a test. The common kinds answer the easy case inline with zod's own comparison
 * (a length within the maximum, the regex, a bound) and otherwise ask zod's check.
 */
function checkTest(check: Check): Test {
  const def = check._zod.def;
  if (!READ_ONLY_CHECKS.has(def.check)) throw new Error(`schema-accept: unsupported check "${def.check}"`);
  const slow = zodCheck(check);
  const { maximum, pattern, inclusive } = def;
  if (def.check === 'max_length' && typeof maximum === 'number') {
    // zod counts code points only when there are more UTF-16 units than the maximum.
    return (value) => ((value as { length: number }).length <= maximum ? true : slow(value));
  }
  if (def.check === 'string_format' && pattern instanceof RegExp && !def.when) {
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  }
  if ((def.check === 'greater_than' || def.check === 'less_than') && typeof def.value === 'number' && !def.when) {
    const bound = def.value;
    if (def.check === 'greater_than') return inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    return inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
  }
  return slow;
}

/** All of a schema's checks as one test; null when it has none. */
function checksOf(internals: Internals): Test | null {
  const tests = (internals.def.checks ?? []).map(checkTest);
  const [first, ...more] = tests;
  if (first === undefined) return null;
  if (more.length === 0) return first;
  return (value) => tests.every((test) => test(value));
}

/** zod's type test of a leaf schema, as written in its parse (zod 4 core/schemas). */
function typeTest(internals: Internals): Test | null {
  switch (internals.def.type) {
    case 'string':
      if (internals.traits.has('$ZodStringFormat')) throw new Error('schema-accept: string formats are not supported');
      return (value) => typeof value === 'string';
    case 'number':
      if (internals.traits.has('$ZodNumberFormat')) throw new Error('schema-accept: number formats are not supported');
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'enum':
    case 'literal': {
      const values = internals.values;
      if (!values) throw new Error('schema-accept: an enum without values');
      return (value) => values.has(value);
    }
    default:
      return null;
  }
}

/** An acceptor's answer for one value: the value as zod returns it, or NOT_ACCEPTED. */
type Accept = (value: unknown) => unknown;

const leaf = (test: Test): Accept => (value) => (test(value) ? value : NOT_ACCEPTED);

function compileArray(element: Accept, checks: Test | null): Accept {
  return (value) => {
    if (!Array.isArray(value)) return NOT_ACCEPTED;
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const accepted = element(item);
      if (accepted === NOT_ACCEPTED) return NOT_ACCEPTED;
      if (accepted !== item) (copy ??= value.slice())[i] = accepted;
    }
    const result = copy ?? value;
    return checks === null || checks(result) ? result : NOT_ACCEPTED;
  };
}

function compileObject(shape: Record<string, Schema>, checks: Test | null, forbiddenKeys: ReadonlySet<string>): Accept {
  const entries = Object.entries(shape);
  const keys = entries.map(([key]) => key);
  for (const key of keys) if (forbiddenKeys.has(key)) throw new Error(`schema-accept: the schema uses the forbidden key "${key}"`);
  const optional = entries.map(([, field]) => field._zod.def.type === 'optional');
  const fields = entries.map(([, field]) => {
    const inner = field._zod.def.type === 'optional' ? field._zod.def.innerType : field;
    if (!inner || inner._zod.optin !== undefined) throw new Error('schema-accept: defaults and nested optionals are not supported');
    return compile(inner, forbiddenKeys);
  });
  const position = new Map(keys.map((key, i) => [key, i]));
  const count = keys.length;
  /** A field's value as zod returns it: undefined stays for an optional field (zod keeps the key). */
  const field = (i: number, item: unknown): unknown => (item === undefined ? (optional[i] === true ? undefined : NOT_ACCEPTED) : (fields[i] as Accept)(item));

  /** The fields found by name, whatever their order; the result in schema order. */
  const unordered = (record: Record<string, unknown>): unknown => {
    const found = new Array<unknown>(count);
    const present = new Array<boolean>(count).fill(false);
    for (const key in record) {
      const i = position.get(key);
      if (i === undefined || !Object.hasOwn(record, key)) return NOT_ACCEPTED;
      const accepted = field(i, record[key]);
      if (accepted === NOT_ACCEPTED) return NOT_ACCEPTED;
      found[i] = accepted;
      present[i] = true;
    }
    const result: Record<string, unknown> = {};
    for (let i = 0; i < count; i += 1) {
      if (present[i]) result[keys[i] as string] = found[i];
      else if (optional[i] !== true) return NOT_ACCEPTED;
    }
    return result;
  };

  return (value) => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return NOT_ACCEPTED;
    const record = value as Record<string, unknown>;
    // The usual case: the keys in schema order, only optional ones left out. A field whose
    // own value comes back changed (keys reordered deeper down) makes this object a copy.
    let next = 0;
    let copy: Record<string, unknown> | null = null;
    let ordered = true;
    for (const key in record) {
      while (next < count && keys[next] !== key) {
        if (optional[next] !== true) {
          ordered = false;
          break;
        }
        next += 1;
      }
      if (!ordered || next === count) {
        ordered = false;
        break;
      }
      const item = record[key];
      const accepted = field(next, item);
      if (accepted === NOT_ACCEPTED) return NOT_ACCEPTED;
      if (accepted !== item) (copy ??= { ...record })[key] = accepted;
      next += 1;
    }
    if (ordered) for (; next < count; next += 1) if (optional[next] !== true) return NOT_ACCEPTED;
    const result = ordered ? (copy ?? record) : unordered(record);
    if (result === NOT_ACCEPTED) return NOT_ACCEPTED;
    return checks === null || checks(result) ? result : NOT_ACCEPTED;
  };
}

function compile(schema: Schema, forbiddenKeys: ReadonlySet<string>): Accept {
  const internals = schema._zod;
  const { def } = internals;
  if (def.coerce) throw new Error('schema-accept: coercing schemas change the value');
  const checks = checksOf(internals);
  const type = typeTest(internals);
  if (type !== null) return leaf(checks === null ? type : (value) => type(value) && checks(value));
  if (def.type === 'array' && def.element) return compileArray(compile(def.element, forbiddenKeys), checks);
  if (def.type === 'object' && def.shape) {
    if (def.catchall?._zod.def.type !== 'never') throw new Error('schema-accept: only strict objects are supported');
    return compileObject(def.shape, checks, forbiddenKeys);
  }
  throw new Error(`schema-accept: unsupported schema type "${def.type}"`);
}

/**
 * Builds the acceptor for `schema`. `forbiddenKeys` must not occur in any object of it, so that
 * an accepted value is known to hold none of them (strict objects admit only their own keys).
 */
export function compileAcceptor(schema: z.ZodType, forbiddenKeys: ReadonlySet<string> = new Set()): Acceptor {
  return compile(schema as unknown as Schema, forbiddenKeys);
}
