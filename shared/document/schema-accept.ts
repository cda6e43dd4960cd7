import type { z } from 'zod';

/**
 * A quick yes for documents zod would accept unchanged; never a no. `accepts(value)` is true
 * only when `schema.safeParse(value)` succeeds *and* its data equals `value` field for field in
 * the same key order, so a caller may use `value` itself as the parse result. Anything else
 * (an invalid value, keys out of schema order, a non-plain object) returns false and the caller
 * runs zod, which stays the one source of the format and of the messages users see.
 *
 * The acceptor is built from the zod schema itself, as closures (no eval: the renderer's CSP
 * forbids it): it reads the schema's definition, so there is no second schema to keep in step.
 * Containers (strict objects, arrays, optional) and the leaf type tests (typeof, enum and
 * literal sets) repeat zod 4's one-line rules; checks run zod's own check functions on one
 * reused payload, except that a length within its maximum, a regex and a numeric bound are
 * tested inline exactly as zod's checks test them. Anything else in a schema (transforms,
 * defaults, coercion, unions, non-strict objects…) throws when the acceptor is built.
 * tests/unit/schema-accept.test.ts checks the agreement with zod on generated and mutated
 * documents.
 */
export type Acceptor = (value: unknown) => boolean;

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

function compile(schema: Schema, forbiddenKeys: ReadonlySet<string>): Acceptor {
  const internals = schema._zod;
  const { def } = internals;
  if (def.coerce) throw new Error('schema-accept: coercing schemas change the value');
  const checks = checksOf(internals);
  const type = typeTest(internals);
  if (type !== null) return checks === null ? type : (value) => type(value) && checks(value);
  if (def.type === 'array' && def.element) {
    const element = compile(def.element, forbiddenKeys);
    return (value) => {
      if (!Array.isArray(value)) return false;
      for (let i = 0; i < value.length; i += 1) if (!element(value[i])) return false;
      return checks === null || checks(value);
    };
  }
  if (def.type === 'object' && def.shape) {
    if (def.catchall?._zod.def.type !== 'never') throw new Error('schema-accept: only strict objects are supported');
    const entries = Object.entries(def.shape);
    const keys = entries.map(([key]) => key);
    for (const key of keys) if (forbiddenKeys.has(key)) throw new Error(`schema-accept: the schema uses the forbidden key "${key}"`);
    const optional = entries.map(([, field]) => field._zod.def.type === 'optional');
    const tests = entries.map(([, field]) => {
      const inner = field._zod.def.type === 'optional' ? field._zod.def.innerType : field;
      if (!inner || inner._zod.optin !== undefined) throw new Error('schema-accept: defaults and nested optionals are not supported');
      return compile(inner, forbiddenKeys);
    });
    const count = keys.length;
    return (value) => {
      if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
      // The value's keys must be the schema's, in its order, with only optional ones left out.
      let next = 0;
      const record = value as Record<string, unknown>;
      for (const key in record) {
        while (next < count && keys[next] !== key) {
          if (optional[next] !== true) return false;
          next += 1;
        }
        const item = record[key];
        const test = tests[next];
        if (test === undefined || !(item === undefined ? optional[next] === true : test(item))) return false;
        next += 1;
      }
      for (; next < count; next += 1) if (optional[next] !== true) return false;
      return checks === null || checks(value);
    };
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
