// Every password box: masked and required, filled by the password manager with the saved password
// or a new one, and a new password states the length rule the server enforces.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PasswordField } from "@/app/components/password-field";
import { newPasswordField, PASSWORD_MIN } from "@/lib/auth/credentials-schema";

type Props = Parameters<typeof PasswordField>[0];
const render = (props: Props) => renderToStaticMarkup(createElement(PasswordField, props));
const input = (html: string) => html.match(/<input[^>]*>/)?.[0] ?? "";

describe("PasswordField", () => {
  it("asks for the saved password when its purpose is the current one", () => {
    const html = render({ purpose: "current", label: "Password", name: "password" });
    expect(input(html)).toContain('type="password"');
    expect(input(html)).toContain('autoComplete="current-password"');
    expect(input(html)).toContain('required=""');
    expect(html).not.toContain("field-hint");
  });

  it("states the minimum length for a new password, and that length is the one sign-up enforces", () => {
    const html = render({ purpose: "new", label: "New password", name: "newPassword" });
    expect(input(html)).toContain('autoComplete="new-password"');
    expect(input(html)).toContain('aria-describedby="field-newPassword-hint"');
    expect(html).toContain(`<p class="field-hint" id="field-newPassword-hint">At least ${PASSWORD_MIN} characters.</p>`);
    expect(newPasswordField.safeParse("x".repeat(PASSWORD_MIN - 1)).success).toBe(false);
    expect(newPasswordField.safeParse("x".repeat(PASSWORD_MIN)).success).toBe(true);
  });

  it("lets the password manager suggest the confirmation without repeating the hint", () => {
    const html = render({ purpose: "confirm", label: "Confirm new password", name: "confirmPassword" });
    expect(input(html)).toContain('autoComplete="new-password"');
    expect(html).not.toContain("field-hint");
  });

  it("keeps a hint and id given by the form, and announces an error with the field", () => {
    const html = render({ purpose: "current", id: "delete-password", label: "Your password", name: "password", hint: "Deleting cannot be undone.", error: "Wrong password." });
    expect(html).toContain('<label for="delete-password">Your password</label>');
    expect(input(html)).toContain('aria-invalid="true"');
    expect(input(html)).toContain('aria-describedby="delete-password-hint delete-password-error"');
    expect(html).toContain('<p class="field-error" id="delete-password-error">Wrong password.</p>');
  });
});
