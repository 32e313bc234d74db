// FSRS's prediction for a user on FSRS: how much of what they studied they would recall now.
import Link from "next/link";
import { formatPercent, plural } from "@/lib/format/numbers";
import { loadPredictedRecall } from "@/lib/study/predicted-recall";
import type { StudyCalendar } from "@/lib/srs/scheduler";

export async function PredictedRecallCard({ user, locale }: { user: { id: string } & StudyCalendar; locale: string }) {
  const predicted = await loadPredictedRecall(user);
  if (!predicted || predicted.studied === 0) return null;
  return (
    <section className="card" aria-labelledby="predicted-recall-heading">
      <h2 id="predicted-recall-heading">Predicted recall</h2>
      <p>
        FSRS predicts you would recall <strong>{formatPercent(predicted.average)}</strong> of your {plural(predicted.studied, "studied card", undefined, locale)}{" "}
        right now.{" "}
        {predicted.belowTarget === 0
          ? `All of them are above your ${formatPercent(predicted.desiredRetention)} target.`
          : `${plural(predicted.belowTarget, "card", undefined, locale)} ${predicted.belowTarget === 1 ? "has" : "have"} dropped below your ${formatPercent(predicted.desiredRetention)} target and ${predicted.belowTarget === 1 ? "is" : "are"} due.`}
      </p>
      <p className="muted">
        Exam coming up? <Link href="/study/cram">Cram</Link> the cards you are most likely to forget by then.
      </p>
    </section>
  );
}
