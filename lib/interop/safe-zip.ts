// Owns reading untrusted archives and compressed blobs within bounds: the zip directory's entry
// count, and the bytes each wanted entry may decompress to, are checked before anything is
// inflated, and zstd output is counted while it streams, so a zip bomb costs nothing.
import { unzipSync } from "fflate";
import { Decompress as ZstdDecompress } from "fzstd";
import { MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES, formatMegabytes } from "./limits";
import { InteropInputError } from "./model";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

export function looksLikeZip(bytes: Uint8Array): boolean {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  return bytes.length >= 4 && (starts(ZIP_MAGIC) || starts(EMPTY_ZIP_MAGIC));
}

export type ZipContents = { names: string[]; files: Record<string, Uint8Array> };

/**
 * Lists every entry and inflates only those `want` accepts. fflate inflates into a buffer of the
 * declared size, so a lying header truncates (and the collection then fails to open) rather
 * than allocating more than was checked here.
 */
export function readZip(bytes: Uint8Array, want: (name: string) => boolean, limits = { entries: MAX_ZIP_ENTRIES, bytes: MAX_UNCOMPRESSED_BYTES }): ZipContents {
  const names: string[] = [];
  let declared = 0;
  let overflow: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        if (names.length > limits.entries) overflow ??= `The archive has more than ${limits.entries.toLocaleString("en")} files; Recall stops there.`;
        if (!want(file.name) || overflow) return false;
        declared += file.originalSize;
        if (declared > limits.bytes) {
          overflow ??= `The archive would unpack to more than ${formatMegabytes(limits.bytes)}; Recall stops there.`;
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    if (overflow) throw new InteropInputError(overflow);
    throw new InteropInputError(`The file is not a readable zip archive (${error instanceof Error ? error.message : "damaged"}).`);
  }
  if (overflow) throw new InteropInputError(overflow);
  return { names, files };
}

/** Decompresses a zstd frame, refusing output past `limit` bytes as soon as it is reached. */
export function zstdDecompress(data: Uint8Array, limit = MAX_UNCOMPRESSED_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  const stream = new ZstdDecompress((chunk) => {
    total += chunk.length;
    if (total > limit) tooBig = true;
    else chunks.push(chunk);
  });
  try {
    // Feed in slices so the size check runs between blocks, not after the whole frame.
    const step = 1 << 16;
    for (let at = 0; at < data.length && !tooBig; at += step) stream.push(data.subarray(at, at + step), at + step >= data.length);
  } catch (error) {
    if (!tooBig) throw new InteropInputError(`The package's collection is damaged (zstd: ${error instanceof Error ? error.message : "unreadable"}).`);
  }
  if (tooBig) throw new InteropInputError(`The package's collection would unpack to more than ${formatMegabytes(limit)}; Recall stops there.`);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
