import { describe, expect, it } from "vitest";
import { formatDateTime, formatDuration, formatTime } from "@/components/portal/format";

const MOMENT = Date.UTC(2026, 10, 26, 13, 9, 6);

describe("dates and durations in the reader's language", () => {
  it("writes the date and time in each language, in UTC and saying so", () => {
    expect(formatDateTime(MOMENT, "en")).toBe("26 Nov 2026, 13:09:06 UTC");
    expect(formatDateTime(MOMENT, "lt")).toBe("2026-11-26 13:09:06 UTC");
    expect(formatDateTime(MOMENT, "ru")).toMatch(/^26 нояб\. 2026 г\., 13:09:06 UTC$/);
    expect(formatDateTime(MOMENT, "lv")).toMatch(/2026\. gada 26\. nov\. 13:09:06 UTC$/);
    expect(formatTime(MOMENT, "et")).toBe("13:09:06 UTC");
  });

  it("shows an unreadable date as it came", () => {
    expect(formatDateTime("not a date", "lt")).toBe("not a date");
  });

  it("writes durations with the language's decimal separator and unit", () => {
    expect(formatDuration(1234, "en")).toBe("1.2s");
    expect(formatDuration(1234, "lt")).toBe("1,2 s");
    expect(formatDuration(1234, "ru")).toBe("1,2 с");
    expect(formatDuration(340.4, "et")).toBe("340 ms");
    expect(formatDuration(-5, "en")).toBe("0ms");
  });

  it("keeps each language and style apart when formatters are reused", () => {
    // Interleaved, as a dashboard in one language and a page in another share one server process.
    for (let round = 0; round < 2; round++) {
      expect(formatTime(MOMENT, "lt")).toBe("13:09:06 UTC");
      expect(formatDateTime(MOMENT, "en")).toBe("26 Nov 2026, 13:09:06 UTC");
      expect(formatDateTime(MOMENT, "lt")).toBe("2026-11-26 13:09:06 UTC");
      expect(formatDuration(340.4, "en")).toBe("340ms");
      expect(formatDuration(1234, "en")).toBe("1.2s");
      expect(formatDuration(1234, "lt")).toBe("1,2 s");
    }
  });
});
