// FSRS's desired retention: its default, its allowed range and the sentence that explains it
// (client-safe: the settings form reads these without loading ts-fsrs).
export const DEFAULT_DESIRED_RETENTION = 0.9;
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.97;
/** The one-sentence explanation the settings page shows beside the field. */
export const DESIRED_RETENTION_HELP =
  "The chance of still remembering a card when it comes due: higher means fewer forgotten cards but more reviews each day.";
