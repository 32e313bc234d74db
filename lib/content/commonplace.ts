// Owns the names every student of the field knows (languages, formats, protocols, platforms): a
// blank of theirs gives itself away when the document is not about them, and a document that
// keeps mentioning one is written in its world, not comparing it. And the companies every student
// knows, whatever the tagger makes of their names ("Apple" is a fruit to it).

const COMMONPLACE = new Set(["javascript", "html", "css", "python", "json", "http", "https", "sql", "linux", "windows", "unix", "c", "java", "typescript", "node.js", "git", "github", "xml", "rest", "api", "apis", "url", "urls", "web", "browser"]);

/** Whether a name (any case) is one every student of the field knows. */
export function isCommonplace(name: string): boolean {
  return COMMONPLACE.has(name.toLowerCase());
}

/**
 * Companies the tagger does not always know for ones ("Apple", "Mozilla", "Sun Microsystems"): an
 * organisation, never a wrong choice among products ("____ is the basis for the Open Dylan IDE"
 * offered DUIM among Apple and Windows, rated given away blind).
 */
const COMPANIES = new Set(["apple", "google", "microsoft", "amazon", "facebook", "meta", "ibm", "intel", "oracle", "mozilla", "netflix", "twitter", "yahoo", "adobe", "nokia", "sun microsystems", "red hat", "cisco", "nvidia", "amd", "qualcomm", "samsung", "sony", "cloudflare", "alibaba", "tencent", "baidu", "uber", "airbnb", "spotify", "dropbox", "salesforce", "vmware", "canonical", "hewlett-packard", "at&t", "bell labs", "xerox", "digital equipment corporation"]);

/** Whether a name (any case) is a company every student of the field knows. */
export function isKnownCompany(name: string): boolean {
  return COMPANIES.has(name.toLowerCase());
}
