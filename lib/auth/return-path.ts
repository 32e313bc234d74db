// Where to send someone after they log in: only paths on this site, never another origin.
export const HOME_PATH = "/dashboard";

export function safeReturnPath(value: unknown, fallback = HOME_PATH): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value;
}
