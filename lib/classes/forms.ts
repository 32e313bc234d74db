// The zod schemas for every class form and route parameter: bad input gets a message a person
// can act on and never reaches the database.
import { z } from "zod";
import { RECORD_ID } from "@/lib/validation/record-id";

export const CLASS_NAME_MAX = 100;
export const DEFAULT_TARGET_CORRECT_PCT = 80;

const id = (message: string) => z.string({ error: message }).trim().regex(RECORD_ID, message);

export const classIdSchema = id("That class does not exist.");

export const createClassSchema = z.object({
  name: z
    .string({ error: "Enter a name for the class." })
    .trim()
    .min(1, "Enter a name for the class.")
    .max(CLASS_NAME_MAX, `Keep the name under ${CLASS_NAME_MAX} characters.`),
  // One per form on the page (see createClass): a second submission of it makes no second class.
  creationKey: z.uuid("Reload the page and try again.").optional(),
});

/** Longer than any join code with spaces and dashes around it; anything longer is not one. */
const JOIN_CODE_INPUT_MAX = 40;

export const joinCodeSchema = z
  .string({ error: "Enter the join code your instructor gave you." })
  .trim()
  .min(1, "Enter the join code your instructor gave you.")
  .max(JOIN_CODE_INPUT_MAX, "No class has that join code.");

export const joinClassSchema = z.object({ joinCode: joinCodeSchema });

export const classActionSchema = z.object({ classId: classIdSchema });

export const removeStudentSchema = z.object({ classId: classIdSchema, studentId: id("That student is not in this class.") });

export const unassignSchema = z.object({ classId: classIdSchema, assignmentId: id("That assignment is not in this class.") });

const PERCENT_MESSAGE = "Enter a whole percentage from 1 to 100.";

export const assignDeckSchema = z.object({
  classId: classIdSchema,
  deckId: id("Choose a deck to assign."),
  dueDate: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the date as YYYY-MM-DD.").nullable(),
  ),
  targetCorrectPct: z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : DEFAULT_TARGET_CORRECT_PCT),
    z.number({ error: PERCENT_MESSAGE }).int(PERCENT_MESSAGE).min(1, PERCENT_MESSAGE).max(100, PERCENT_MESSAGE),
  ),
});
