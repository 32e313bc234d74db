// The reader's locale for the page being rendered, from the request's Accept-Language.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { resolveLocale } from "@/lib/format/locale";

export const requestLocale = cache(async (): Promise<string> => resolveLocale((await headers()).get("accept-language")));
