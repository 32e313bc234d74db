import type { Metadata } from "next";
import { deletionPlan, type DeletionPlan } from "@/lib/auth/account";
import { requireUser } from "@/lib/auth/session";
import { browserLabel, openSessions } from "@/lib/auth/sessions";
import { formatInstant } from "@/lib/format/dates";
import { plural } from "@/lib/format/numbers";
import { requestLocale } from "@/lib/http/request-locale";
import { loadSchedulerSettings } from "@/lib/study/card-memory";
import { SettingsForm } from "./settings-form";
import { SchedulerForm } from "./scheduler-form";
import { ChangePasswordForm, DeleteAccountForm, LogOutEverywhereForm } from "./account-forms";

export const metadata: Metadata = { title: "Settings" };

const titles = (decks: Array<{ title: string }>) => decks.map((deck) => `“${deck.title}”`).join(", ");

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const timezones = Intl.supportedValuesOf("timeZone");
  // Keep a stored zone selectable even if this runtime's list lacks it.
  if (!timezones.includes(user.timezone)) timezones.unshift(user.timezone);
  const [sessions, plan, scheduling] = await Promise.all([openSessions(user.id), deletionPlan(user.id), loadSchedulerSettings(user.id)]);
  const reader = { locale: await requestLocale(), timezone: user.timezone };
  return (
    <div className="page page-narrow stack" style={{ maxWidth: "38rem" }}>
      <div>
        <h1>Settings</h1>
        <p className="lede">Your study day, how many new cards you see, which scheduler plans your reviews, and your account.</p>
      </div>

      <section aria-labelledby="study-heading" className="stack">
        <h2 id="study-heading">Study</h2>
        <SettingsForm settings={{ timezone: user.timezone, dayStartsAtHour: user.dayStartsAtHour, newPerDay: user.newPerDay }} timezones={timezones} />
        <SchedulerForm scheduler={scheduling.scheduler} desiredRetention={scheduling.fsrs.desiredRetention} />
      </section>

      <section aria-labelledby="account-heading" className="stack">
        <h2 id="account-heading">Account</h2>
        <p className="muted">
          You log in as <strong>{user.email}</strong>.
        </p>

        <div className="card" role="group" aria-labelledby="sessions-heading">
          <h3 id="sessions-heading">Where you are logged in</h3>
          <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
            {sessions.map((session) => (
              <li key={session.id}>
                <strong>{browserLabel(session.userAgent)}</strong>
                {session.id === user.sessionId ? " (this browser)" : null}
                <br />
                <span className="muted">Logged in {formatInstant(session.createdAt, reader, { withTime: true })}</span>
              </li>
            ))}
          </ul>
          <p className="muted">Logging out everywhere ends every session above, this one included, for example after using a shared computer.</p>
          <LogOutEverywhereForm />
        </div>

        <ChangePasswordForm />

        <DeleteAccountForm>
          <DeletionSummary plan={plan} />
        </DeleteAccountForm>
      </section>
    </div>
  );
}

/** What deleting the account does, for this user, in the words the page promises. */
function DeletionSummary({ plan }: { plan: DeletionPlan }) {
  const study = [plural(plan.reviews, "answer"), plural(plan.cards, "card"), "your deck list", plural(plan.classesJoined, "class membership")];
  return (
    <>
      <p>Deleting your account removes, at once and for good:</p>
      <ul>
        <li>your name, email and password, and every session where you are logged in;</li>
        <li>your study history: {study.join(", ")}.</li>
        {plan.classesTaught.length ? (
          <li>
            the {plan.classesTaught.length === 1 ? "class" : "classes"} you teach,{" "}
            {plan.classesTaught.map((taught) => `“${taught.name}” (${plural(taught.students, "student")})`).join(", ")}: their students leave the
            class and its assignments end. Students keep their own study history.
          </li>
        ) : null}
        {plan.drafts.length ? <li>your unpublished {plan.drafts.length === 1 ? "draft" : "drafts"}: {titles(plan.drafts)}.</li> : null}
      </ul>
      {plan.publicDecks.length || plan.classOnlyDecks.length ? (
        <>
          <p>Decks you published are kept, without your name, so people keep their progress on them:</p>
          <ul>
            {plan.publicDecks.length ? <li>{titles(plan.publicDecks)} stay in the public catalogue;</li> : null}
            {plan.classOnlyDecks.length ? (
              <li>{titles(plan.classOnlyDecks)}, shared only with your classes, can no longer be studied once those classes are gone.</li>
            ) : null}
          </ul>
        </>
      ) : null}
    </>
  );
}
