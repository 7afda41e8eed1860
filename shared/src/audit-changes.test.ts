import { describe, expect, it } from "vitest";
import { fieldChanges } from "./audit-changes.ts";

describe("fieldChanges", () => {
  it("lists only the fields an update changed, with their values before and after", () => {
    expect(
      fieldChanges(
        { organisation_id: 2, user_id: 7, role: "viewer", meta: { a: 1 } },
        { organisation_id: 2, user_id: 7, role: "editor", meta: { a: 1 } },
      ),
    ).toEqual([{ field: "role", before: "viewer", after: "editor" }]);
  });

  it("compares nested values as JSON and keeps a field added or dropped by the update", () => {
    expect(fieldChanges({ meta: { a: 1 }, gone: true }, { meta: { a: 2 }, added: null })).toEqual([
      { field: "meta", before: { a: 1 }, after: { a: 2 } },
      { field: "gone", before: true },
      { field: "added", after: null },
    ]);
  });

  it("lists every field of an inserted row as new and of a deleted row as removed", () => {
    expect(fieldChanges(null, { id: 1, role: "editor" })).toEqual([
      { field: "id", after: 1 },
      { field: "role", after: "editor" },
    ]);
    expect(fieldChanges({ id: 1 }, null)).toEqual([{ field: "id", before: 1 }]);
  });

  it("has nothing for an application event, which has neither row", () => {
    expect(fieldChanges(null, null)).toEqual([]);
  });
});
