"use client";

// The study session's state (lib/study/session-machine) wired to the server: reveal, grade and
// undo, one request at a time, the same review id on every retry.
import { useCallback, useReducer, useRef } from "react";
import { refusalMessage } from "@/lib/actions/result";
import type { STUDY_BUTTONS } from "@/lib/srs/buttons";
import { currentCard, initialSessionState, sessionReducer, shownReveal } from "@/lib/study/session-machine";
import { MAX_REVIEW_DURATION_MS } from "@/lib/study/limits";
import type { StudySession } from "@/lib/study/session";
import type { Response } from "@/lib/study/question-view";
import { gradeCard, revealCard, undoGrade } from "@/lib/study/study-api";

export type Grade = (typeof STUDY_BUTTONS)[number]["grade"];

const UNREACHABLE = "Could not reach Recall. Check your connection and try again; nothing was lost.";
const UNDO_UNCONFIRMED = "Could not confirm the undo. Reload the page to see where you are.";

/** The server's answer, or null when it never arrived (network down, server restarting). */
async function reach<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch {
    return null;
  }
}

const nextCard = () => ({ reviewId: crypto.randomUUID(), now: Date.now() });

export function useStudySession(initial: StudySession) {
  const [state, dispatch] = useReducer(sessionReducer, initial, (session) => initialSessionState(session, nextCard()));
  // One request at a time: a key pressed while the server answers must not act on stale state.
  const busy = useRef(false);
  const card = currentCard(state);
  const { screen } = state;
  const revealed = shownReveal(state);

  const respond = useCallback((response: Response) => dispatch({ type: "respond", response }), []);

  const reveal = useCallback(async () => {
    if (!card || screen.phase.name !== "answering" || busy.current) return;
    busy.current = true;
    dispatch({ type: "reveal-started" });
    const result = await reach(() => revealCard({ questionId: card.questionId, response: screen.response, practice: card.kind === "PRACTICE" }));
    busy.current = false;
    if (result?.ok) dispatch({ type: "revealed", reveal: result.value });
    else dispatch({ type: "reveal-failed", error: refusalMessage(result) ?? UNREACHABLE });
  }, [card, screen.phase.name, screen.response]);

  const grade = useCallback(
    async (value: Grade) => {
      if (!card || screen.phase.name !== "revealed" || !revealed || busy.current) return;
      if (!revealed.correct && value !== 1) return;
      busy.current = true;
      dispatch({ type: "grade-started" });
      const result = await reach(() =>
        gradeCard({
          clientReviewId: screen.reviewId,
          questionId: card.questionId,
          grade: value,
          durationMs: Math.min(Date.now() - screen.shownAt, MAX_REVIEW_DURATION_MS),
          seenVersion: card.seenVersion,
          practice: card.kind === "PRACTICE",
        }),
      );
      busy.current = false;
      if (result?.ok) dispatch({ type: "graded", outcome: result.value, ...nextCard() });
      else if (result?.code === "conflict") dispatch({ type: "conflict", notice: refusalMessage(result)!, ...nextCard() });
      else dispatch({ type: "grade-failed", error: refusalMessage(result) ?? UNREACHABLE });
    },
    [card, screen, revealed],
  );

  const undo = useCallback(async () => {
    const last = state.graded.at(-1);
    if (!last || busy.current) return;
    busy.current = true;
    const result = await reach(() => undoGrade({ clientReviewId: last.clientReviewId }));
    busy.current = false;
    // Without an answer the undo may or may not have happened; the server knows, a reload asks it.
    if (result?.ok) dispatch({ type: "undone", card: result.value.card, reveal: result.value.reveal, ...nextCard() });
    else dispatch({ type: "undo-failed", error: result ? refusalMessage(result)! : UNDO_UNCONFIRMED });
  }, [state.graded]);

  return { state, card, revealed, respond, reveal, grade, undo };
}
