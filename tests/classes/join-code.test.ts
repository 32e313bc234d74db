import { describe, expect, it } from "vitest";
import { generateJoinCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, joinPath, normaliseJoinCode } from "@/lib/classes/join-code";

describe("join codes", () => {
  it("are 8 characters from an alphabet without 0, O, 1 or I", () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1I]/);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      for (const char of code) expect(JOIN_CODE_ALPHABET).toContain(char);
    }
  });

  it("do not repeat in practice", () => {
    const codes = new Set(Array.from({ length: 5000 }, generateJoinCode));
    expect(codes.size).toBe(5000);
  });

  it("accept what people type: any case, spaces and dashes", () => {
    expect(normaliseJoinCode("abcd-efgh")).toBe("ABCDEFGH");
    expect(normaliseJoinCode("  ABCD EFGH ")).toBe("ABCDEFGH");
    expect(normaliseJoinCode("ABCDEFG")).toBeNull();
    expect(normaliseJoinCode("ABCDEFGHJ")).toBeNull();
    expect(normaliseJoinCode("ABCDEFG0")).toBeNull();
    expect(normaliseJoinCode("ABCDEFGI")).toBeNull();
    expect(normaliseJoinCode("")).toBeNull();
    expect(normaliseJoinCode("'; DROP TABLE")).toBeNull();
  });

  it("make a join link", () => {
    expect(joinPath("ABCDEFGH")).toBe("/join/ABCDEFGH");
  });
});
