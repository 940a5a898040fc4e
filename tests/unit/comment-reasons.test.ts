import { describe, expect, it } from "vitest";
import { heldFor, holdReasonText, reportedFor, reportReasonText } from "@/lib/comments/reasons";

describe("reasons stored as codes, shown in the page's language", () => {
  it("a held word is stored with its code and English text, and shown in Spanish on a Spanish page", () => {
    const row = heldFor("held-word", { word: "casino" });
    expect(row).toEqual({
      holdReason: "Held word: “casino”",
      holdReasonCode: "held-word",
      holdReasonValues: { word: "casino" },
    });
    expect(holdReasonText(row, "es")).toEqual({ text: "Palabra retenida: “casino”", lang: "es" });
    expect(holdReasonText(row, "en")).toEqual({ text: "Held word: “casino”", lang: "en" });
  });

  it("numbers stay as they were stored (no thousands separator, one decimal)", () => {
    const row = heldFor("time-trap", { seconds: "1.2", minimum: "3" });
    expect(holdReasonText(row, "es")?.text).toBe(
      "Trampa de tiempo: enviado 1.2 s después de mostrar el formulario (mínimo 3 s)",
    );
  });

  it("a reason from before codes is shown as written, marked as English", () => {
    const legacy = { holdReason: "Contains a link", holdReasonCode: null, holdReasonValues: null };
    expect(holdReasonText(legacy, "es")).toEqual({ text: "Contains a link", lang: "en" });
    expect(
      holdReasonText({ holdReason: null, holdReasonCode: null, holdReasonValues: null }, "es"),
    ).toBeNull();
  });

  it("a report's reason is shown in the page's language with the resident's own words", () => {
    const stored = reportedFor("ABUSIVE", "Insultos");
    expect(stored).toEqual({
      reasonCode: "ABUSIVE",
      details: "Insultos",
      reason: "Abusive, hateful or threatening: Insultos",
    });
    expect(reportReasonText(stored, "es")).toEqual({
      text: "Ofensivo, de odio o amenazante: Insultos",
      lang: "es",
    });
    expect(reportReasonText(reportedFor("SPAM", ""), "es").text).toBe("Spam o publicidad");
    expect(reportReasonText({ reason: "Off topic: old row", reasonCode: null, details: null }, "es")).toEqual(
      {
        text: "Off topic: old row",
        lang: "en",
      },
    );
  });
});
