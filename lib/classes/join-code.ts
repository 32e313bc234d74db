// Join codes: short enough to read aloud, long and random enough not to be guessed.
import { randomInt } from "node:crypto";

/** No 0/O or 1/I, which are read and typed interchangeably. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** 32^8 ≈ 1.1 × 10^12 codes: guessing a live one takes millions of requests per class. */
export const JOIN_CODE_LENGTH = 8;

const JOIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What people type: any case, with spaces or dashes for readability. Null when it cannot be a code. */
export function normaliseJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  return JOIN_CODE.test(code) ? code : null;
}

export function joinPath(code: string): string {
  return `/join/${code}`;
}
