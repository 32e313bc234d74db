// Owns the hostile inputs that issue #9.1 names (long runs of spaces, "#", "*", "[", "<!--",
// backticks, unclosed constructs), shared by the tests and bench/content.ts so both measure the
// same thing. Each builder returns about `bytes` characters.
export const ADVERSARIAL_INPUTS: Record<string, (bytes: number) => string> = {
  "spaces after a heading marker": (n) => `# a${" ".repeat(n)}x`,
  "hashes": (n) => "#".repeat(n),
  "bold openers": (n) => " **a".repeat(n / 4),
  "stars": (n) => "*".repeat(n),
  "underscores": (n) => "_a ".repeat(n / 3),
  "open brackets": (n) => "[".repeat(n),
  "unclosed links": (n) => "[a](".repeat(n / 4),
  "link references": (n) => "[a]".repeat(n / 3),
  "unclosed comments": (n) => "<!--".repeat(n / 4),
  "unclosed tags": (n) => "<a ".repeat(n / 3),
  "backticks": (n) => "`".repeat(n),
  "mixed code spans": (n) => "`a ``b ".repeat(n / 7),
  "nested quotes": (n) => "> ".repeat(n / 2),
  "list markers": (n) => "- ".repeat(n / 2),
  "table pipes": (n) => "|".repeat(n),
  "images": (n) => "![".repeat(n / 2),
  "rst roles": (n) => ":a:`".repeat(n / 4),
  "one long sentence": (n) => "word ".repeat(n / 5),
  "one long line of capitals": (n) => "Word ".repeat(n / 5),
};
