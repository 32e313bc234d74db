import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsNul } from "@/lib/validation/nul";

describe("containsNul", () => {
  it("finds U+0000 in any string of nested plain data, keys included", () => {
    expect(containsNul("a\u0000")).toBe(true);
    expect(containsNul({ deep: [{ x: ["ok", "b\u0000"] }] })).toBe(true);
    expect(containsNul({ ["k\u0000"]: 1 })).toBe(true);
    expect(containsNul({ deep: [{ x: ["ok", 1, null, new Date()] }] })).toBe(false);
  });

  it("agrees with a plain search over the JSON of any value", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(containsNul(value)).toBe(JSON.stringify(value).includes("\\u0000"));
      }),
    );
  });
});
