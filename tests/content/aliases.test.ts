// A name and the short form the document gives it in brackets ("WebAssembly (Wasm)") are one:
// never two choices of one question, and the topic under either name (twenty-third round: a card
// headed "10 Years of Wasm" asked for WebAssembly, and offered both as choices — rated blind).
import { describe, expect, it } from "vitest";
import { declaredAliases, shortens } from "@/lib/content/aliases";
import { generateWithTrace } from "@/lib/content";

describe("declared short forms", () => {
  it("are letters of the long name, in order, from its first", () => {
    expect(shortens("Wasm", "WebAssembly")).toBe(true);
    expect(shortens("PNaCl", "Portable Native Client")).toBe(true);
    expect(shortens("Bro", "Zeek")).toBe(false);
    expect(shortens("CPython", "Python")).toBe(false);
  });

  it("map both ways, from the end of the capitalised run before the bracket", () => {
    const aliases = declaredAliases(["In 2019 the W3C officially embraced WebAssembly (Wasm) as the fourth language.", "Google built Portable Native Client (PNaCl) for Chrome.", "Zeek (Bro) is a network monitor."]);
    expect([...(aliases.get("webassembly") ?? [])]).toEqual(["wasm"]);
    expect([...(aliases.get("wasm") ?? [])]).toEqual(["webassembly"]);
    expect(aliases.get("portable native client")?.has("pnacl")).toBe(true);
    expect(aliases.has("zeek")).toBe(false);
  });
});

describe("questions about a name with a short form", () => {
  const text = [
    "# 10 Years of Wasm",
    "",
    "In December 2019, the W3C officially embraced WebAssembly (Wasm) as the fourth language of the web. Today, WebAssembly runs in billions of browsers. Asm.js was released by Mozilla engineers in 2013. Asm.js let compiled code share the JavaScript stack. PNaCl ran native code in a separate process. PNaCl relied on message passing for graphics. Asm.js ran in every browser. Wasm ships in all four major browsers. PNaCl was developed by Google. WebAssembly has a compact binary format.",
    "",
  ].join("\n");
  const { candidates } = generateWithTrace(text, { slug: "wasm" });

  it("never offer both names as choices", () => {
    const offered = candidates.filter((c) => c.question.type === "mcq" && c.question.choices?.includes("WebAssembly") && c.question.choices?.includes("Wasm"));
    expect(offered.map((c) => c.question.prompt)).toEqual([]);
  });

  it("take the topic under the name the title does not use as the topic still", () => {
    const topical = candidates.filter((c) => c.question.answer === "WebAssembly");
    expect(topical.length).toBeGreaterThan(0);
    expect(topical.every((c) => c.features?.answer_is_topic === 1)).toBe(true);
  });
});
