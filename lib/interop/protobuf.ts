// Owns the few protobuf messages an Anki package carries that Recall reads: the package's
// `meta` (format version), the zstd media map, and a note type's kind and a template's formats
// in a schema-18 collection. They are small flat messages, so a wire-format reader of varints
// and length-delimited fields is enough; unknown fields are skipped as protobuf requires.
import { InteropInputError } from "./model";

export type ProtoField = { field: number; wire: number; varint?: bigint; bytes?: Uint8Array };

function readVarint(buf: Uint8Array, at: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (let i = at; i < buf.length && shift < 70n; i++) {
    const byte = buf[i];
    result |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return [result, i + 1];
    shift += 7n;
  }
  throw new InteropInputError("The package's metadata is damaged (a truncated number).");
}

/** The top-level fields of one message, in order. */
export function decodeMessage(buf: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let at = 0;
  while (at < buf.length) {
    const [key, afterKey] = readVarint(buf, at);
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    at = afterKey;
    if (wire === 0) {
      const [value, next] = readVarint(buf, at);
      fields.push({ field, wire, varint: value });
      at = next;
    } else if (wire === 2) {
      const [length, next] = readVarint(buf, at);
      const end = next + Number(length);
      if (end > buf.length) throw new InteropInputError("The package's metadata is damaged (a field runs past its end).");
      fields.push({ field, wire, bytes: buf.subarray(next, end) });
      at = end;
    } else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else throw new InteropInputError("The package's metadata is not in a format Recall knows.");
    if (at > buf.length) throw new InteropInputError("The package's metadata is damaged.");
  }
  return fields;
}

export function varintField(fields: ProtoField[], field: number): number | undefined {
  const found = fields.find((f) => f.field === field && f.wire === 0);
  return found?.varint === undefined ? undefined : Number(found.varint);
}

export function stringField(fields: ProtoField[], field: number): string | undefined {
  const found = fields.find((f) => f.field === field && f.wire === 2);
  return found?.bytes ? new TextDecoder().decode(found.bytes) : undefined;
}

export function messageFields(fields: ProtoField[], field: number): Uint8Array[] {
  return fields.filter((f) => f.field === field && f.wire === 2).map((f) => f.bytes!);
}
