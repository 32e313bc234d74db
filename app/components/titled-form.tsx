// A form named by its visible heading: the heading's id and the form's aria-labelledby come from
// one useId(), so a screen reader's list of forms reads the title sighted readers see, and no two
// forms on a page can share an id by copy and paste. No "use client": server pages (cram) and
// client forms (settings, classes) both render it.
import { useId, type FormHTMLAttributes, type ReactNode } from "react";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "aria-labelledby" | "title"> & {
  /** The visible heading, and the form's accessible name. */
  title: string;
  /** The heading's level where the form stands in the page's outline. */
  level: 2 | 3;
  children: ReactNode;
};

export function TitledForm({ title, level, children, ...form }: Props) {
  const headingId = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <form {...form} aria-labelledby={headingId}>
      <Heading id={headingId}>{title}</Heading>
      {children}
    </form>
  );
}
