// Owns the names every student of the field knows (languages, formats, protocols, platforms): a
// blank of theirs gives itself away when the document is not about them, and a document that
// keeps mentioning one is written in its world, not comparing it.

const COMMONPLACE = new Set(["javascript", "html", "css", "python", "json", "http", "https", "sql", "linux", "windows", "unix", "c", "java", "typescript", "node.js", "git", "github", "xml", "rest", "api", "apis", "url", "urls", "web", "browser"]);

/** Whether a name (any case) is one every student of the field knows. */
export function isCommonplace(name: string): boolean {
  return COMMONPLACE.has(name.toLowerCase());
}
