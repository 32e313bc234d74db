// The header row every data table shares: each column header scoped to its column, a column of
// buttons named for screen readers only, and columns some readers do not get left out.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TableHead, type Column } from "@/app/components/table-head";

const render = (columns: (Column | false | null)[]) => renderToStaticMarkup(createElement(TableHead, { columns }));

describe("TableHead", () => {
  it("scopes every column header to its column, in order", () => {
    expect(render(["Deck", "Due"])).toBe('<thead><tr><th scope="col">Deck</th><th scope="col">Due</th></tr></thead>');
  });

  it("names a column of buttons for screen readers only", () => {
    expect(render(["Deck", { hidden: "Actions" }])).toBe(
      '<thead><tr><th scope="col">Deck</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>',
    );
  });

  it("leaves out the columns given as false or null, keeping the others in place", () => {
    const archived = true;
    const showClass = false;
    expect(render(["Deck", showClass && "Class", "Due", !archived && { hidden: "Actions" }, null])).toBe(
      '<thead><tr><th scope="col">Deck</th><th scope="col">Due</th></tr></thead>',
    );
  });
});
