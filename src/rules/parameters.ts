import type { Basis, RuleRef, SourceRef } from './types';

/*
 * Parameters as dated data (docs/decisions/016): every number a policy uses is a list of values,
 * each in force from a date and citing the sentence that sets it. A change of policy is one more
 * line in the list; `null` ends the parameter. Dates are 'YYYY-MM-DD', so they compare as text.
 */

/** Where a value comes from and whether the source states it. */
export interface Citation {
  readonly source: SourceRef;
  readonly basis: Basis;
}

export interface DatedValue<T> extends Citation {
  /** First day the value is in force. */
  readonly from: string;
  /** In force from `from` until the next entry; `null` ends the parameter on `from`. */
  readonly value: T | null;
}

/** A parameter's history, oldest first. */
export type Parameter<T> = readonly DatedValue<T>[];

/** A value as it applies on a day, with the date it came into force and its citation. */
export interface InForce<T> extends Citation {
  readonly from: string;
  readonly value: T;
}

/** A rule: its id as traces cite it and its dated values. */
export interface DatedRule<T> {
  readonly id: string;
  readonly values: Parameter<T>;
}

/** A clause with no number (other schemes first, account, cash): in force or not, and where. */
export type Clause = DatedRule<true>;

/** One line of a parameter: `dated('2024-01-01', 20_000, art4)`. */
export function dated<T>(from: string, value: T | null, citation: Citation): DatedValue<T> {
  return { from, value, source: citation.source, basis: citation.basis };
}

/** The entry in force on `date` (possibly a null that ended it), or undefined before the first. */
function entryOn<T>(parameter: Parameter<T>, date: string): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const entry of parameter) {
    if (entry.from > date) break;
    found = entry;
  }
  return found;
}

/** The value in force on `date`; undefined before the first value and after a `null`. */
export function inForceOn<T>(parameter: Parameter<T>, date: string): InForce<T> | undefined {
  const entry = entryOn(parameter, date);
  if (entry === undefined || entry.value === null) return undefined;
  return { from: entry.from, value: entry.value, source: entry.source, basis: entry.basis };
}

/**
 * The values in force at some time during calendar year `year`, in date order: usually one, two
 * when the parameter changes during the year. A value that starts before the year counts from
 * 1 January.
 */
export function inForceDuring<T>(parameter: Parameter<T>, year: number): InForce<T>[] {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  const values: InForce<T>[] = [];
  const atStart = inForceOn(parameter, first);
  if (atStart !== undefined) values.push(atStart);
  for (const entry of parameter) {
    if (entry.from > first && entry.from <= last && entry.value !== null) {
      values.push({
        from: entry.from,
        value: entry.value,
        source: entry.source,
        basis: entry.basis,
      });
    }
  }
  return values;
}

/** A parameter's entries are in strictly increasing date order; the data tests check it. */
export function isOrdered(parameter: Parameter<unknown>): boolean {
  for (let i = 1; i < parameter.length; i++) {
    const previous = parameter[i - 1];
    const entry = parameter[i];
    if (previous === undefined || entry === undefined || !(previous.from < entry.from))
      return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Reading a rule's data on a day, for the `…On` function of each formula.

/** What a trace cites for a rule whose value came from `entry`. Frozen: steps share it. */
export function ruleRef(id: string, entry: Citation & { readonly from: string }): RuleRef {
  return Object.freeze({ id, source: entry.source, basis: entry.basis, inForceFrom: entry.from });
}

/** A value that must be in force on `date`; its absence is a bug in the policy data. */
export function requiredOn<T>(parameter: Parameter<T>, date: string, what: string): InForce<T> {
  const value = inForceOn(parameter, date);
  if (value === undefined) throw new RangeError(`${what}: no value in force on ${date}`);
  return value;
}

/** The entry (value or ending `null`) that must decide `date`. */
export function requiredEntryOn<T>(
  parameter: Parameter<T>,
  date: string,
  what: string,
): DatedValue<T> {
  const entry = entryOn(parameter, date);
  if (entry === undefined) throw new RangeError(`${what}: no value in force on ${date}`);
  return entry;
}

/** A clause as a trace cites it on `date`. */
export function clauseOn(clause: Clause, date: string): RuleRef {
  return ruleRef(clause.id, requiredOn(clause.values, date, clause.id));
}
