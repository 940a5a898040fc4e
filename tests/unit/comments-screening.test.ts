import { describe, expect, it } from "vitest";
import { screenComment, type ScreeningInput } from "@/lib/comments/screen";

const rules = { heldWords: ["casino", "payday loan"], maxLinks: 2, minSeconds: 3 };
const now = new Date("2026-11-21T12:00:00Z");
const human: ScreeningInput = {
  authorName: "Pat",
  body: "Will the officers be there until nine?",
  honeypot: "",
  formTiming: { shownAt: new Date(now.getTime() - 45_000), afterPost: false },
  now,
};

describe("screening a comment before it is stored", () => {
  it("leaves an ordinary comment pending with no hold reason", () => {
    expect(screenComment(human, rules)).toEqual({ status: "PENDING", holdReason: null });
  });

  it("marks a filled honeypot as spam", () => {
    const screening = screenComment({ ...human, honeypot: "http://buy.test" }, rules);
    expect(screening.status).toBe("SPAM");
    expect(screening.holdReason).toMatch(/^Honeypot/);
  });

  it("marks a form sent sooner than a person could type as spam, and a missing token too", () => {
    const quick = screenComment(
      { ...human, formTiming: { shownAt: new Date(now.getTime() - 1_200), afterPost: false } },
      rules,
    );
    expect(quick).toEqual({
      status: "SPAM",
      holdReason: "Time trap: sent 1.2 s after the form was shown (minimum 3 s)",
      holdReasonCode: "time-trap",
      holdReasonValues: { seconds: "1.2", minimum: "3" },
    });
    expect(screenComment({ ...human, formTiming: null }, rules).holdReason).toMatch(/^Time trap/);
  });

  it("holds a comment with more links than allowed", () => {
    const body = "https://a.test https://b.test https://c.test";
    expect(screenComment({ ...human, body }, rules)).toEqual({
      status: "PENDING",
      holdReason: "Too many links: 3 (more than 2)",
      holdReasonCode: "links",
      holdReasonValues: { links: "3", max: "2" },
    });
    expect(screenComment({ ...human, body: "https://a.test https://b.test" }, rules).holdReason).toBeNull();
  });

  it("holds held words as whole words, ignoring case and accents, in the body or the name", () => {
    expect(screenComment({ ...human, body: "Best CASÍNO in town" }, rules).holdReason).toBe(
      "Held word: “casino”",
    );
    expect(screenComment({ ...human, authorName: "Payday  loan" }, rules).holdReason).toBeNull();
    expect(screenComment({ ...human, authorName: "payday loan deals" }, rules).holdReason).toBe(
      "Held word: “payday loan”",
    );
    expect(screenComment({ ...human, body: "casinos" }, rules).holdReason).toBeNull();
  });
});
