import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures/auth";
import { expectNoSeriousAxeViolations, expectNoSidewaysScroll } from "./recaps-helpers";

test("staff read their department's report, with a chart drawn on the server, and download it as CSV", async ({
  page,
  signInAs,
}) => {
  await signInAs("staff");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Department report" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText(
    "East Hartford Police Department",
  );
  // One department: nothing to choose.
  await expect(page.getByLabel("Department", { exact: true })).toHaveCount(0);
  const chart = page.getByRole("img", { name: /Events held and attendance reported by month/ });
  await expect(chart).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Whole period");
  await expectNoSeriousAxeViolations(page, "/admin/reports");
  await page.goto("/admin/reports?from=2026-13");
  await expect(page.getByText("Enter the first month as YYYY-MM, e.g. 2026-09.")).toBeVisible();
  await expectNoSeriousAxeViolations(page, "/admin/reports with errors");
  await page.goto("/admin/reports");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download these figures (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^report-east-hartford-police-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/,
  );
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const rows = parse<Record<string, string>>(Buffer.concat(chunks).toString("utf8"), { columns: true });
  expect(rows).toHaveLength(7);
  expect(rows.at(-1)?.Month).toBe("Total");
  const total = rows.at(-1)!;
  const heldCard = page.locator("dl > div").filter({ has: page.getByText("Events held", { exact: true }) });
  await expect(heldCard.locator("dd")).toHaveText(total["Events held"]!);

  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "test-results/screenshots/reports-375.png", fullPage: true });
});

test("a site admin chooses any department; staff are refused another department's CSV", async ({
  page,
  signInAs,
  request,
}) => {
  await signInAs("admin");
  await page.goto("/admin/reports");
  await page.getByLabel("Department", { exact: true }).selectOption({ label: "Ventura Police Department" });
  await page.getByRole("button", { name: "Show the report" }).click();
  await expect(page).toHaveURL(/department=ventura-police/);
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("Ventura Police Department");

  const anonymous = await request.get(
    "/admin/reports/report.csv?from=2026-01&to=2026-03&department=ventura-police",
  );
  expect(anonymous.status()).toBe(401);
});
