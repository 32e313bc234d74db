"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { ImportPreview, ImportSummary } from "@/lib/interop/deck-import";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "@/lib/interop/limits";
import { plural } from "@/lib/format/numbers";
import { TableHead } from "@/app/components/table-head";

type Mapping = Partial<Record<MappedField, number>>;
type MappedField = "prompt" | "answer" | "explanation" | "source" | "citation" | "topic";

const MAPPED_FIELDS: { field: MappedField; label: string; required?: boolean }[] = [
  { field: "prompt", label: "Question", required: true },
  { field: "answer", label: "Answer", required: true },
  { field: "explanation", label: "Explanation" },
  { field: "source", label: "Source" },
  { field: "citation", label: "Citation" },
  { field: "topic", label: "Topic" },
];

const TYPE_LABELS: Record<string, string> = {
  short_answer: "short answer",
  cloze: "fill in the blank",
  mcq: "multiple choice",
  true_false: "true or false",
  ordering: "ordering",
  matching: "matching",
};

type Options = { format: string; termSeparator: string; cardSeparator: string; mapping?: Mapping };
type Reply = { ok: true; preview?: ImportPreview; summary?: ImportSummary } | { ok: false; error: string };


async function send(file: File, mode: "preview" | "import", options: Options & { title?: string }): Promise<Reply> {
  const body = new FormData();
  body.set("file", file);
  body.set("mode", mode);
  body.set("options", JSON.stringify(options));
  try {
    const response = await fetch("/decks/import/upload", { method: "POST", body });
    const reply = (await response.json().catch(() => null)) as Reply | null;
    return reply ?? { ok: false, error: `The server could not read that upload (HTTP ${response.status}). Try again.` };
  } catch {
    return { ok: false, error: "The upload failed: check your connection and try again." };
  }
}

export function ImportForm() {
  const maxBytes = MAX_IMPORT_BYTES;
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<Options>({ format: "auto", termSeparator: "tab", cardSeparator: "newline" });
  const [title, setTitle] = useState("");
  const [preview, setPreview] = useState<{ data: ImportPreview; key: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"preview" | "import" | null>(null);
  const keyFor = (opts: Options) => JSON.stringify([file?.name, file?.size, file?.lastModified, opts]);
  const key = keyFor(options);
  const current = preview && preview.key === key ? preview.data : null;

  function update(next: Partial<Options>) {
    setOptions((old) => ({ ...old, ...next }));
    setError(null);
  }

  function chooseFile(chosen: File | null) {
    setFile(chosen);
    setPreview(null);
    setOptions((old) => ({ ...old, mapping: undefined }));
    // Refused at once, in the browser: a file over the limit is never uploaded.
    setError(chosen && chosen.size > maxBytes ? tooLargeMessage(chosen.name, chosen.size) : null);
  }

  async function runPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setError("Choose a file to import.");
    if (file.size > maxBytes) return setError(tooLargeMessage(file.name, file.size));
    setBusy("preview");
    const reply = await send(file, "preview", options);
    setBusy(null);
    if (!reply.ok) {
      setPreview(null);
      return setError(reply.error);
    }
    setError(null);
    // The mapping the server guessed becomes the form's, so the preview stays current.
    const used = reply.preview!.table && !options.mapping ? { ...options, mapping: reply.preview!.table.mapping as Mapping } : options;
    setOptions(used);
    setPreview({ data: reply.preview!, key: keyFor(used) });
    setTitle(reply.preview!.title);
  }

  async function runImport() {
    if (!file || !current) return;
    setBusy("import");
    const reply = await send(file, "import", { ...options, title });
    if (!reply.ok) {
      setBusy(null);
      return setError(reply.error);
    }
    router.push(`/decks/${reply.summary!.slug}/edit`);
  }

  const table = current?.table ?? preview?.data.table;
  return (
    <div className="stack">
      <form className="form card" onSubmit={runPreview} aria-describedby={error ? `${id}-error` : undefined}>
        <div className="field">
          <label htmlFor={`${id}-file`}>File</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".apkg,.colpkg,.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => chooseFile(event.currentTarget.files?.[0] ?? null)}
          />
          <p className="field-hint" id={`${id}-file-hint`}>
            Up to {maxBytes / 1024 / 1024} MB. Pictures and sounds are left out: Recall imports text.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Kind of file</label>
          <select id={`${id}-format`} value={options.format} onChange={(event) => update({ format: event.currentTarget.value, mapping: undefined })}>
            <option value="auto">Work it out from the file</option>
            <option value="anki">Anki package (.apkg, .colpkg)</option>
            <option value="delimited">CSV, TSV or Anki text</option>
            <option value="quizlet">Quizlet export</option>
          </select>
        </div>
        {options.format === "quizlet" ? (
          <fieldset className="field">
            <legend>Quizlet separators (as chosen when exporting)</legend>
            <label htmlFor={`${id}-term`}>Between term and definition</label>
            <select id={`${id}-term`} value={options.termSeparator} onChange={(event) => update({ termSeparator: event.currentTarget.value })}>
              <option value="tab">Tab</option>
              <option value="comma">Comma</option>
              <option value=" - ">Dash ( - )</option>
            </select>
            <label htmlFor={`${id}-card`}>Between cards</label>
            <select id={`${id}-card`} value={options.cardSeparator} onChange={(event) => update({ cardSeparator: event.currentTarget.value })}>
              <option value="newline">New line</option>
              <option value="semicolon">Semicolon</option>
            </select>
          </fieldset>
        ) : null}
        {table ? (
          <fieldset className="field">
            <legend>Columns</legend>
            <p className="field-hint">Which column holds what. Question and answer are needed; the rest is optional.</p>
            <div className="grid">
              {MAPPED_FIELDS.map(({ field, label, required }) => (
                <div key={field} className="field">
                  <label htmlFor={`${id}-col-${field}`}>{label}</label>
                  <select
                    id={`${id}-col-${field}`}
                    value={options.mapping?.[field] ?? ""}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      const mapping = { ...options.mapping };
                      if (value === "") delete mapping[field];
                      else mapping[field] = Number(value);
                      update({ mapping });
                    }}
                  >
                    {required ? null : <option value="">(none)</option>}
                    {table.columns.map((name, index) => (
                      <option key={index} value={index}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        {error ? (
          <p className="form-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === "preview" ? "Reading the file…" : preview ? "Update preview" : "Preview"}
          </button>
        </div>
      </form>

      {current ? (
        <section className="card stack" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>Preview</h2>
          <p role="status">
            {current.format}: {plural(current.notes, current.format.startsWith("Anki package") ? "note" : "row")} read,{" "}
            <strong>{plural(current.questions, "question")}</strong> to import
            {Object.keys(current.byType).length
              ? ` (${Object.entries(current.byType)
                  .map(([type, n]) => `${n} ${TYPE_LABELS[type] ?? type}`)
                  .join(", ")})`
              : ""}
            .
          </p>
          <div className="table-scroll">
            <table className="progress-table">
              <caption className="visually-hidden">First questions</caption>
              <TableHead columns={["Question", "Answer", "Kind"]} />
              <tbody>
                {current.sample.map((row, index) => (
                  <tr key={index}>
                    <td style={{ whiteSpace: "pre-line" }}>{row.prompt}</td>
                    <td style={{ whiteSpace: "pre-line" }}>{row.answer}</td>
                    <td>{TYPE_LABELS[row.type] ?? row.type}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {current.skipped.length ? (
            <div>
              <h3>Left out</h3>
              <ul>
                {current.skipped.map((skip) => (
                  <li key={skip.reason}>
                    {skip.reason}: {skip.count}
                    {skip.examples?.length ? <span className="muted"> (e.g. “{skip.examples[0]}”)</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="muted">Nothing is left out.</p>
          )}
          <div className="field">
            <label htmlFor={`${id}-title`}>Deck title</label>
            <input id={`${id}-title`} value={title} maxLength={200} onChange={(event) => setTitle(event.currentTarget.value)} />
          </div>
          <div className="actions">
            <button type="button" className="button" onClick={runImport} disabled={busy !== null || !title.trim()}>
              {busy === "import" ? "Importing…" : `Import ${plural(current.questions, "question")}`}
            </button>
          </div>
        </section>
      ) : preview ? (
        <p className="notice" role="status">
          The file or its options changed: update the preview before importing.
        </p>
      ) : null}
    </div>
  );
}
