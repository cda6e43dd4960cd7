/**
 * A problem found while importing, as a string key under `exchange.issue` (or `exchange.where`)
 * and its values: parsers stay free of a language and callers say it in the user's.
 */
export interface Said { key: string; params?: Record<string, string | number> }

export const said = (key: string, params?: Said['params']): Said => (params ? { key, params } : { key });

/** Looks up a key in the user's language, as i18next's `t` does. */
export type Say = (key: string, options?: Record<string, unknown>) => string;

export const sayIssue = (t: Say, s: Said): string => t(`exchange.issue.${s.key}`, s.params);
export const sayWhere = (t: Say, s: Said): string => t(`exchange.where.${s.key}`, s.params);
