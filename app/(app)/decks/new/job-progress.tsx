"use client";

// Follows a job until it finishes: polls its progress every half second and shows the stage and
// percent as a labelled progress bar. The stage is announced politely when it changes; the
// percent is not (it would talk over everything).
import { useEffect, useRef, useState } from "react";
import { isFinished, type JobView } from "@/lib/jobs/job-view";

const POLL_MS = 500;
const MAX_RETRY_MS = 5_000;

export function JobProgress({ initial, title, onFinished }: { initial: JobView; title: string; onFinished: (job: JobView) => void }) {
  const [job, setJob] = useState(initial);
  const [reconnecting, setReconnecting] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    if (isFinished(initial)) {
      finished.current(initial);
      return;
    }
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    let failures = 0;
    const poll = (delay: number) => {
      timer = setTimeout(async () => {
        let next: JobView | null = null;
        try {
          const response = await fetch(`/api/jobs/${encodeURIComponent(initial.id)}`, { cache: "no-store" });
          const body = await response.json();
          // Signed out, or the job is gone: nothing more to wait for.
          if (response.status === 401 || response.status === 404) next = { ...initial, status: "failed", error: body.error ?? "This job is no longer available." };
          else if (response.ok) next = body as JobView;
        } catch {
          // Offline for a moment, or the server is restarting: keep trying.
        }
        if (stopped) return;
        if (!next) {
          failures++;
          setReconnecting(true);
          return poll(Math.min(POLL_MS * 2 ** failures, MAX_RETRY_MS));
        }
        failures = 0;
        setReconnecting(false);
        setJob(next);
        if (isFinished(next)) finished.current(next);
        else poll(POLL_MS);
      }, delay);
    };
    poll(POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [initial]);

  return (
    <section className="card job-progress" aria-labelledby="job-progress-title">
      <h2 id="job-progress-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <div
        className="job-progress-track"
        role="progressbar"
        aria-labelledby="job-progress-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={job.percent}
        aria-valuetext={`${job.percent}% — ${job.stage}`}
      >
        <div className="job-progress-fill" style={{ width: `${job.percent}%` }} />
      </div>
      <p className="job-progress-status">
        <span aria-live="polite">{job.stage}</span>
        <span className="muted">{job.percent}%</span>
      </p>
      {reconnecting ? <p className="muted">Lost contact with the server; trying again…</p> : null}
      <p className="field-hint">
        Long reviews take a minute or more. You can leave this page: the deck keeps being built and appears among your
        decks as a draft.
      </p>
    </section>
  );
}
