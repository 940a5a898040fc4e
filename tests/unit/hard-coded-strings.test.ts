// No user-facing English outside the catalogs (issue 13): words written straight into a
// component's markup, or into a user-facing attribute, fail here.
import { describe, expect, it } from "vitest";
import { hardCodedTexts, SCANNED, tsxFiles } from "../../scripts/i18n/hard-coded-texts";

describe("user-facing text lives in the catalogs", () => {
  const files = SCANNED.flatMap(tsxFiles).sort();

  it("finds words written into markup (the check itself works)", () => {
    const sample = `export const A = () => <p title="Hello there">Hi {"you all"} <b>{t("x")}</b> ·</p>;`;
    expect(hardCodedTexts("sample.tsx", sample)).toEqual(['1: title="Hello there"', "1: Hi", "1: you all"]);
  });

  it("no component renders a hard-coded English string", () => {
    const offenders = Object.fromEntries(
      files.map((file) => [file, hardCodedTexts(file)] as const).filter(([, texts]) => texts.length > 0),
    );
    expect(offenders).toEqual({});
  });
});
