"use client";

// The study section's scheduler choice: SM-2 (the default) or FSRS-6 with a desired retention.
import { useActionState, useState } from "react";
import { fieldErrors, formMessages } from "@/lib/actions/result";
import { FormFooter } from "@/app/components/form-messages";
import { TitledForm } from "@/app/components/titled-form";
import { DESIRED_RETENTION_HELP, MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "@/lib/srs/desired-retention";
import type { SchedulerKind } from "@/lib/srs/scheduler";
import { saveSchedulerAction } from "./actions";

const OPTIONS: { value: SchedulerKind; label: string; hint: string }[] = [
  { value: "sm2", label: "SM-2 (default)", hint: "The classic algorithm: intervals grow by each card's ease." },
  { value: "fsrs", label: "FSRS-6", hint: "Models your memory of each card and schedules it when recall drops to your desired retention." },
];

export function SchedulerForm({ scheduler, desiredRetention }: { scheduler: SchedulerKind; desiredRetention: number }) {
  const [state, action, pending] = useActionState(saveSchedulerAction, null);
  const [chosen, setChosen] = useState(scheduler);
  const errors = fieldErrors(state);
  const { error, notice } = formMessages(state);
  return (
    <TitledForm title="Scheduler" level={3} className="form card" action={action}>
      <fieldset className="choices" aria-describedby={errors.scheduler ? "scheduler-error" : undefined}>
        <legend>Which algorithm schedules your reviews?</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className={`choice${chosen === option.value ? " is-selected" : ""}`}>
            <input type="radio" name="scheduler" value={option.value} checked={chosen === option.value} onChange={() => setChosen(option.value)} />
            <span>
              <strong>{option.label}</strong> — {option.hint}
            </span>
          </label>
        ))}
      </fieldset>
      {errors.scheduler ? (
        <p className="field-error" id="scheduler-error">
          {errors.scheduler}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="desiredRetention">Desired retention (FSRS)</label>
        <p className="field-hint" id="desiredRetention-hint">
          {DESIRED_RETENTION_HELP} From {MIN_DESIRED_RETENTION.toFixed(2)} to {MAX_DESIRED_RETENTION.toFixed(2)}; 0.90 suits most people.
        </p>
        <input
          id="desiredRetention"
          name="desiredRetention"
          type="number"
          inputMode="decimal"
          step={0.01}
          min={MIN_DESIRED_RETENTION}
          max={MAX_DESIRED_RETENTION}
          required
          defaultValue={desiredRetention.toFixed(2)}
          aria-invalid={errors.desiredRetention ? true : undefined}
          aria-describedby={["desiredRetention-hint", errors.desiredRetention ? "desiredRetention-error" : null].filter(Boolean).join(" ")}
        />
        {errors.desiredRetention ? (
          <p className="field-error" id="desiredRetention-error">
            {errors.desiredRetention}
          </p>
        ) : null}
      </div>
      <p className="muted">Both schedulers follow every review you make, so you can switch back and forth without losing anything.</p>
      <FormFooter error={error} notice={notice} pending={pending} label={"Save scheduler"} />
    </TitledForm>
  );
}
