"use client";

import { useActionState } from "react";
import type { StudySettings } from "@/lib/auth/settings";
import { fieldErrors, formMessages } from "@/lib/actions/result";
import { FormFooter } from "@/app/components/form-messages";
import { saveSettingsAction } from "./actions";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

export function SettingsForm({ settings, timezones }: { settings: StudySettings; timezones: string[] }) {
  const [state, action, pending] = useActionState(saveSettingsAction, null);
  const errors = fieldErrors(state);
  const { error, notice } = formMessages(state);
  const describedBy = (field: string, hint?: boolean) =>
    [hint ? `${field}-hint` : null, errors[field as keyof typeof errors] ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <form className="form card" action={action}>
      <div className="field">
        <label htmlFor="timezone">Timezone</label>
        <select id="timezone" name="timezone" defaultValue={settings.timezone} aria-describedby={describedBy("timezone")}>
          {timezones.map((timezone) => (
            <option key={timezone} value={timezone}>
              {timezone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
        {errors.timezone ? <p className="field-error" id="timezone-error">{errors.timezone}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="dayStartsAtHour">Day starts at</label>
        <p className="field-hint" id="dayStartsAtHour-hint">
          Reviews done before this hour count for the previous day, so a late session still counts for today.
        </p>
        <select id="dayStartsAtHour" name="dayStartsAtHour" defaultValue={settings.dayStartsAtHour} aria-describedby={describedBy("dayStartsAtHour", true)}>
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {hourLabel(hour)}
            </option>
          ))}
        </select>
        {errors.dayStartsAtHour ? <p className="field-error" id="dayStartsAtHour-error">{errors.dayStartsAtHour}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="newPerDay">New cards per day</label>
        <p className="field-hint" id="newPerDay-hint">
          How many unseen questions join your reviews each day, across all decks.
        </p>
        <input
          id="newPerDay"
          name="newPerDay"
          type="number"
          inputMode="numeric"
          min={0}
          max={500}
          required
          defaultValue={settings.newPerDay}
          aria-invalid={errors.newPerDay ? true : undefined}
          aria-describedby={describedBy("newPerDay", true)}
        />
        {errors.newPerDay ? <p className="field-error" id="newPerDay-error">{errors.newPerDay}</p> : null}
      </div>
      <FormFooter error={error} notice={notice} pending={pending} label={"Save settings"} />
    </form>
  );
}
