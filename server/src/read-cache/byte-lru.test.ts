import { describe, expect, it } from "vitest";
import { ByteLru } from "./byte-lru.ts";

const lruOf = (maxSize: number) => new ByteLru<string>(maxSize, (value) => value.length);

describe("ByteLru", () => {
  it("evicts the least recently read entries once the values pass the size cap", () => {
    const lru = lruOf(10);
    lru.set("a", "aaaa");
    lru.set("b", "bbbb");
    expect(lru.get("a")).toBe("aaaa");
    lru.set("c", "cccc");
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe("aaaa");
    expect(lru.get("c")).toBe("cccc");
    expect(lru.size).toBe(8);
  });

  it("replaces a key's value and counts only the new one", () => {
    const lru = lruOf(10);
    lru.set("a", "aaaa");
    lru.set("a", "aaaaaaaa");
    expect(lru.size).toBe(8);
    expect(lru.count).toBe(1);
  });

  it("does not keep a value larger than the whole cap, nor drop others for it", () => {
    const lru = lruOf(10);
    lru.set("a", "aaaa");
    lru.set("big", "x".repeat(11));
    expect(lru.get("big")).toBeUndefined();
    expect(lru.get("a")).toBe("aaaa");
  });
});
