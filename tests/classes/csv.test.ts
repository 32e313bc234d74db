import { describe, expect, it } from "vitest";
import { csvField, progressCsv, progressCsvFilename, toCsv } from "@/lib/classes/csv";
import type { ClassProgress } from "@/lib/classes/progress";

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
    expect(csvField("Zoë Ünicode")).toBe("Zoë Ünicode");
  });

  it("keeps spreadsheet formulas as text", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("joins rows with CRLF", () => {
    expect(toCsv([["a", "b"], ["c,d", 1]])).toBe('a,b\r\n"c,d",1\r\n');
  });

  it("writes the progress table with a header", () => {
    const progress: ClassProgress = {
      classId: "c",
      className: "Bio, 101",
      archived: false,
      timezone: "UTC",
      generatedAt: new Date("2026-03-10T00:00:00Z"),
      students: 1,
      assignments: [],
      rows: [
        {
          studentId: "s",
          studentName: 'Sam "The Student", Jr',
          studentEmail: "sam@example.com",
          assignmentId: "a",
          deckTitle: "TensorFlow vs PyTorch",
          dueAt: new Date("2026-03-14T23:59:59.999Z"),
          questionsTotal: 10,
          questionsSeen: 4,
          correctPct: 75,
          cardsDue: 2,
          lastActiveAt: null,
          status: "in_progress",
        },
      ],
    };
    expect(progressCsv(progress).split("\r\n")).toEqual([
      "Student,Email,Assignment,Due (UTC),Questions seen,Questions total,% correct on last review,Cards due,Last active (UTC),Status",
      '"Sam ""The Student"", Jr",sam@example.com,TensorFlow vs PyTorch,2026-03-14T23:59:59.999Z,4,10,75,2,,In progress',
      "",
    ]);
  });

  it("names the file after the class, in ASCII", () => {
    const now = new Date("2026-03-10T08:00:00Z");
    expect(progressCsvFilename("Biology 101: Cells & Genes", now)).toBe("biology-101-cells-genes-progress-2026-03-10.csv");
    expect(progressCsvFilename('"; rm -rf', now)).toBe("rm-rf-progress-2026-03-10.csv");
    expect(progressCsvFilename("日本語", now)).toBe("class-progress-2026-03-10.csv");
  });
});
