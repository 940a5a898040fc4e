// No user-facing English outside the catalogs (issue 13): words written straight into a
// component's markup, or into a user-facing attribute, fail here. Files not yet moved to
// the catalogs are listed in PENDING; the list may only shrink (a listed file that is
// now clean fails too, so that it leaves the list).
import { describe, expect, it } from "vitest";
import { hardCodedTexts, SCANNED, tsxFiles } from "../../scripts/i18n/hard-coded-texts";

/** Still English-only, to move to the catalogs (issue 13). */
const PENDING = new Set<string>([
  "app/[locale]/admin/account/page.tsx",
  "app/[locale]/admin/audit/page.tsx",
  "app/[locale]/admin/events/[id]/page.tsx",
  "app/[locale]/admin/events/new/page.tsx",
  "app/[locale]/admin/events/page.tsx",
  "app/[locale]/admin/outbox/page.tsx",
  "app/[locale]/admin/page.tsx",
  "app/[locale]/admin/series/[id]/page.tsx",
  "app/[locale]/admin/series/new/page.tsx",
  "app/[locale]/admin/series/page.tsx",
  "app/[locale]/admin/venues/[id]/page.tsx",
  "app/[locale]/admin/venues/page.tsx",
  "components/admin/admin-event-table.tsx",
  "components/admin/admin-nav.tsx",
  "components/admin/cohost-invitations.tsx",
  "components/admin/event-form.tsx",
  "components/admin/event-status-actions.tsx",
  "components/admin/host-fields.tsx",
  "components/admin/invitation-answer-form.tsx",
  "components/admin/needs-attention.tsx",
  "components/admin/new-venue-fields.tsx",
  "components/admin/resident-fields.tsx",
  "components/admin/same-venue-choice.tsx",
  "components/admin/series-form.tsx",
  "components/admin/sign-out-button.tsx",
  "components/admin/venue-fields.tsx",
  "components/admin/venue-form.tsx",
]);

describe("user-facing text lives in the catalogs", () => {
  const files = SCANNED.flatMap(tsxFiles).sort();

  it("finds words written into markup (the check itself works)", () => {
    const sample = `export const A = () => <p title="Hello there">Hi {"you all"} <b>{t("x")}</b> ·</p>;`;
    expect(hardCodedTexts("sample.tsx", sample)).toEqual(['1: title="Hello there"', "1: Hi", "1: you all"]);
  });

  it("no converted component renders a hard-coded English string", () => {
    const offenders = Object.fromEntries(
      files
        .filter((file) => !PENDING.has(file))
        .map((file) => [file, hardCodedTexts(file)] as const)
        .filter(([, texts]) => texts.length > 0),
    );
    expect(offenders).toEqual({});
  });

  it("the pending list only names files that still need moving", () => {
    const clean = [...PENDING].filter((file) => !files.includes(file) || hardCodedTexts(file).length === 0);
    expect(clean).toEqual([]);
  });
});
