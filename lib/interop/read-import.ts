// Owns recognising an uploaded file and handing it to the right reader: Anki packages by their
// zip signature, Quizlet text when asked for, CSV/TSV/Anki text otherwise. The app's upload
// route and the CLI both start here, so a file reads the same everywhere.
import { readAnkiPackage } from "./apkg-reader";
import { readDelimited, readQuizlet, type ColumnMapping, type TableInfo } from "./delimited-import";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "./limits";
import { InteropInputError, type ImportedDeck } from "./model";
import { looksLikeZip } from "./safe-zip";

export const IMPORT_FORMATS = ["auto", "anki", "delimited", "quizlet"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ImportOptions = {
  format?: ImportFormat;
  delimiter?: string;
  hasHeader?: boolean;
  mapping?: ColumnMapping;
  termSeparator?: string;
  cardSeparator?: string;
};

export type ReadImport = ImportedDeck & { table?: TableInfo };

function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InteropInputError(`${name} is a binary file, not text; Recall reads Anki packages (.apkg, .colpkg), CSV, TSV and Quizlet text.`);
  const text = new TextDecoder("utf-8").decode(bytes);
  if ((text.match(/\uFFFD/g) ?? []).length > Math.max(3, text.length / 100)) throw new InteropInputError(`${name} is not UTF-8 text; save it as UTF-8 and try again.`);
  return text;
}

export function readImportFile(name: string, bytes: Uint8Array, options: ImportOptions = {}): ReadImport {
  if (bytes.length === 0) throw new InteropInputError(`${name} is empty.`);
  if (bytes.length > MAX_IMPORT_BYTES) throw new InteropInputError(tooLargeMessage(name, bytes.length), "too_large");
  const format = options.format ?? "auto";
  const isPackage = format === "anki" || (format === "auto" && (looksLikeZip(bytes) || /\.(apkg|colpkg)$/i.test(name)));
  if (isPackage) return readAnkiPackage(bytes, name);
  const text = decodeText(bytes, name);
  if (format === "quizlet") return readQuizlet(text, name, options);
  return readDelimited(text, name, options);
}
