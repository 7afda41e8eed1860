/**
 * What one audit entry changed, field by field. An update lists only the fields whose value
 * differs (the trigger stores whole rows before and after); an insert lists the new row's fields,
 * a delete the removed row's. Values are compared as JSON, so `{a: 1}` and `{a: 1}` are equal.
 */
export interface FieldChange {
  field: string;
  /** Absent for a field the row did not have before (an insert). */
  before?: unknown;
  /** Absent for a field the row no longer has (a delete). */
  after?: unknown;
}

type JsonRow = Record<string, unknown> | null;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function fieldChanges(before: JsonRow, after: JsonRow): FieldChange[] {
  if (!before && !after) return [];
  if (!before) return Object.entries(after ?? {}).map(([field, value]) => ({ field, after: value }));
  if (!after) return Object.entries(before).map(([field, value]) => ({ field, before: value }));
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({
      field,
      ...(field in before ? { before: before[field] } : {}),
      ...(field in after ? { after: after[field] } : {}),
    }));
}
