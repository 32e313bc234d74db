// The header row of every data table: a column header per column, scoped to its column so a
// screen reader names the column with each cell. A column of buttons has a header only screen
// readers hear (a sighted reader sees the buttons), so every row still lines up with the header.
export type Column = string | { hidden: string };

/** Columns in order; `false` or `null` leaves a column out (one shown only to some). */
export function TableHead({ columns }: { columns: readonly (Column | false | null)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) =>
          !column ? null : typeof column === "string" ? (
            <th key={column} scope="col">
              {column}
            </th>
          ) : (
            <th key={column.hidden} scope="col">
              <span className="visually-hidden">{column.hidden}</span>
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
