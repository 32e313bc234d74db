import type { Metadata } from "next";
import { z } from "zod";
import { guardPage } from "@/lib/auth/page-guard";
import { requestLocale } from "@/lib/http/request-locale";
import { loadStudySession } from "@/lib/study/session";
import { resolveStudyScope } from "@/lib/study/scope";
import { StudySession } from "./study-session";

export const metadata: Metadata = { title: "Study session" };

export default async function StudyDeckPage({ params }: { params: Promise<{ deck: string }> }) {
  const { deck: segment } = await params;
  const { user, data: session } = await guardPage({ path: `/study/${encodeURIComponent(segment)}`, param: segment, schema: z.string() }, async (student, scope) =>
    loadStudySession(student, await resolveStudyScope(scope)),
  );
  return <StudySession initial={session} reader={{ locale: await requestLocale(), timezone: user.timezone }} />;
}
