// A form named by its visible heading: the heading's id is the form's aria-labelledby, at the
// level the page asks for, and two forms on one page never share the id.
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TitledForm } from "@/app/components/titled-form";

type Props = Parameters<typeof TitledForm>[0];
const form = (props: Omit<Props, "children">) => createElement(TitledForm, { ...props, children: createElement("p", null, "Fields") });
const labelledBy = (html: string) => [...html.matchAll(/<form[^>]*aria-labelledby="([^"]+)"/g)].map((match) => match[1]);
const headingIds = (html: string) => [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((match) => match[1]);

describe("TitledForm", () => {
  it("names the form by its heading, which comes first, at the level given", () => {
    const html = renderToStaticMarkup(form({ title: "Pick a date", level: 2, className: "form card", method: "get", action: "/study/cram" }));
    const [id] = labelledBy(html);
    expect(id).toBeTruthy();
    expect(html).toMatch(new RegExp(`^<form [^>]*><h2 id="${id}">Pick a date</h2><p>Fields</p></form>$`));
  });

  it("passes the form's own attributes through and heads it at level 3", () => {
    const html = renderToStaticMarkup(form({ title: "Change password", level: 3, className: "form card", method: "get", action: "/study/cram", noValidate: true }));
    const tag = html.match(/^<form[^>]*>/)?.[0] ?? "";
    for (const attribute of ['class="form card"', 'method="get"', 'action="/study/cram"', 'noValidate=""']) expect(tag).toContain(attribute);
    expect(html).toContain(">Change password</h3>");
    expect(labelledBy(html)).toEqual(headingIds(html));
  });

  it("gives two forms on one page different ids, each pointing at its own heading", () => {
    const html = renderToStaticMarkup(createElement(Fragment, null, form({ title: "Create a class", level: 2 }), form({ title: "Join a class", level: 2 })));
    const ids = labelledBy(html);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(headingIds(html)).toEqual(ids);
  });
});
