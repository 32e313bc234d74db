import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const timezones = Intl.supportedValuesOf("timeZone");
  // Keep a stored zone selectable even if this runtime's list lacks it.
  if (!timezones.includes(user.timezone)) timezones.unshift(user.timezone);
  return (
    <div className="page page-narrow" style={{ maxWidth: "38rem" }}>
      <h1>Settings</h1>
      <p className="lede">Your study day and how many new cards you see.</p>
      <SettingsForm settings={{ timezone: user.timezone, dayStartsAtHour: user.dayStartsAtHour, newPerDay: user.newPerDay }} timezones={timezones} />
    </div>
  );
}
