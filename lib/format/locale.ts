// Owns which locale dates and numbers are written in: the reader's, from their browser's
// Accept-Language, so one page never mixes "30 Nov" and "Nov 30". Pure and client-safe.

export const FALLBACK_LOCALE = "en-US";

/** The first language the browser asks for that Intl can format, by q-value; else the fallback. */
export function resolveLocale(acceptLanguage: string | null | undefined): string {
  if (!acceptLanguage) return FALLBACK_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, q }) => tag && tag !== "*" && q > 0 && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // not a valid tag after all
    }
  }
  return FALLBACK_LOCALE;
}
