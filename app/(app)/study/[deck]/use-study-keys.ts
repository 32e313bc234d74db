"use client";

// The study session's keyboard: Enter/Space show the answer, 1–9 pick a choice, 1–4 grade once
// the answer is shown, Ctrl/Cmd+Z undoes the last grade. Keys typed into a field belong to it.
import { useEffect } from "react";
import { STUDY_BUTTONS } from "@/lib/srs/buttons";
import type { StudyCard } from "@/lib/study/session";
import type { Phase } from "@/lib/study/session-machine";
import type { Grade } from "./use-study-session";

/** Keys typed into a text field or a select belong to it, not to the study shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !["radio", "checkbox", "button", "submit"].includes(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

type Handlers = {
  card: StudyCard | undefined;
  phase: Phase["name"];
  reveal: () => void;
  grade: (grade: Grade) => void;
  undo: () => void;
  choose: (choice: string) => void;
};

export function useStudyKeys({ card, phase, reveal, grade, undo, choose }: Handlers): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // In a text field with text in it, Ctrl+Z belongs to the field; otherwise it undoes the last grade.
      const fieldHasText = isTyping(event.target) && "value" in event.target! && Boolean((event.target as HTMLInputElement).value);
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z" && !fieldHasText) {
        event.preventDefault();
        undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (phase === "revealed") {
        const button = STUDY_BUTTONS.find((entry) => entry.key === event.key);
        if (button) {
          event.preventDefault();
          grade(button.grade);
        }
        return;
      }
      if (phase !== "answering" || !card) return;
      // Buttons and links keep their own Enter and Space; a focused radio keeps Space to pick it.
      const target = event.target instanceof HTMLElement ? event.target : null;
      const onControl = target instanceof HTMLButtonElement || target?.closest("a") != null;
      const onRadio = target instanceof HTMLInputElement && target.type === "radio";
      const revealKey = event.key === "Enter" || (event.key === " " && !onRadio);
      if (revealKey && !isTyping(event.target) && !onControl) {
        event.preventDefault();
        reveal();
        return;
      }
      if (/^[1-9]$/.test(event.key) && !isTyping(event.target)) {
        const choices = card.view.type === "mcq" || card.view.type === "true_false" ? card.view.choices : [];
        const choice = choices[Number(event.key) - 1];
        if (choice !== undefined) {
          event.preventDefault();
          choose(choice);
        }
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [card, phase, reveal, grade, undo, choose]);
}
