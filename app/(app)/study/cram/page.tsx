// Cram mode: pick an exam date (or an assignment's due date) and a deck, then practise the
// cards most likely to be forgotten by then. Answers are practice: the schedule stays as it is.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { studyDayKey, addStudyDays } from "@/lib/calendar/study-day";
import { db } from "@/lib/db";
import { formatDayKey } from "@/lib/format/dates";
import { requestLocale } from "@/lib/http/request-locale";
import { studyableDeckIds } from "@/lib/permissions/decks";
import { CRAM_MAX_DAYS_AHEAD, CRAM_SESSION_SIZE, cramAssignments, cramDateSchema } from "@/lib/study/cram";
import { deckIdForSlug } from "@/lib/study/overview";
import { loadStudySession, type StudySession as Session } from "@/lib/study/session";
import { StudyError } from "@/lib/study/errors";
import { StudySession } from "../[deck]/study-session";
import { FormFooter } from "@/app/components/form-messages";
import { TitledForm } from "@/app/components/titled-form";
import { TextField } from "@/app/components/text-field";

export const metadata: Metadata = { title: "Cram for an exam" };

type Search = { until?: string | string[]; deck?: string | string[] };
const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function CramPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const until = single(search.until);
  const deck = single(search.deck) ?? "all";
  const query = new URLSearchParams(Object.entries({ until, deck }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const student = await requireUser(`/study/cram${until ? `?${query}` : ""}`);
  const locale = await requestLocale();

  let problem: string | null = null;
  let session: Session | null = null;
  if (until !== undefined) {
    try {
      const date = cramDateSchema.safeParse(until);
      if (!date.success) throw new StudyError("invalid", date.error.issues[0].message);
      const deckId = deck === "all" ? null : await deckIdForSlug(deck.slice(0, 200));
      if (deck !== "all" && deckId === null) throw new StudyError("not_found", "That deck does not exist or you have not added it.");
      session = await loadStudySession(student, { cram: { until: date.data, deckId } });
      if (session.cards.length === 0) {
        problem = "There is nothing to cram there yet: cram practises cards you have already studied. Study some first, or pick another deck.";
        session = null;
      }
    } catch (error) {
      if (!(error instanceof StudyError)) throw error;
      problem = error.message;
    }
  }

  if (session && until) {
    const context = (
      <p className="notice">
        <strong>Cram for {formatDayKey(until, locale)}</strong>: the {session.cards.length === 1 ? "card" : `${session.cards.length} cards`} you are most
        likely to have forgotten by then, most at risk first. This is practice — your regular schedule does not change.{" "}
        <Link href="/study/cram">Change date or deck</Link>
      </p>
    );
    return <StudySession initial={session} reader={{ locale, timezone: student.timezone }} context={context} />;
  }

  const today = studyDayKey(new Date(), student.timezone, student.dayStartsAtHour);
  const [decks, assignments] = await Promise.all([
    studyableDeckIds(student.id).then((ids) => db.deck.findMany({ where: { id: { in: ids } }, orderBy: { title: "asc" }, select: { slug: true, title: true } })),
    cramAssignments(student),
  ]);
  return (
    <div className="page page-narrow stack">
      <div>
        <h1>Cram for an exam</h1>
        <p className="lede">
          Before an exam or a due date, practise the cards you are most likely to have forgotten by then (up to {CRAM_SESSION_SIZE} per session).
          Cram answers are practice: they never move your long-term schedule.
        </p>
      </div>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      {assignments.length > 0 ? (
        <section className="card stack" aria-labelledby="cram-assignments-heading">
          <h2 id="cram-assignments-heading">Your assignments</h2>
          <ul>
            {assignments.map((option) => (
              <li key={`${option.deckId}-${option.until}-${option.label}`}>
                <Link href={`/study/cram?${new URLSearchParams({ until: option.until, deck: option.slug })}`}>
                  Cram {option.label}, due {formatDayKey(option.until, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TitledForm title="Pick a date" level={2} className="form card" method="get" action="/study/cram">
        <TextField
          id="cram-until"
          label="Exam or due date"
          name="until"
          type="date"
          required
          min={today}
          max={addStudyDays(today, CRAM_MAX_DAYS_AHEAD)}
          defaultValue={until && cramDateSchema.safeParse(until).success ? until : undefined}
        />
        <div className="field">
          <label htmlFor="cram-deck">Deck</label>
          <select id="cram-deck" name="deck" defaultValue={deck}>
            <option value="all">All my decks</option>
            {decks.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.title}
              </option>
            ))}
          </select>
        </div>
        <FormFooter label="Start cram session" />
      </TitledForm>
    </div>
  );
}
