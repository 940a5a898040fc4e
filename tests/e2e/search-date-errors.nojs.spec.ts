import { expect, test } from "./fixtures/auth";

// Run with JavaScript (project "chromium") and without (project "no-javascript"): a
// phone whose browser has no date picker sends the date as typed, "2026-02-31".
test.describe("a day that is not on the calendar, on a small phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the search page says so next to the From date, keeps what was typed, and lists no results", async ({
    page,
  }, testInfo) => {
    const response = await page.goto("/events/search?when=custom&from=2026-02-31&to=2026-03-01");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/events\?when=custom&from=2026-02-31&to=2026-03-01$/);

    const message = "2026-02-31 is not a day on the calendar: check the month (01 to 12) and the day.";
    const from = page.getByLabel("From date (custom)");
    await expect(from).toHaveValue("2026-02-31");
    await expect(from).toHaveAttribute("aria-invalid", "true");
    await expect(from).toHaveAccessibleDescription(new RegExp(message.replace(/[.()]/g, "\\$&")));
    await expect(page.getByLabel("To date (custom)")).toHaveValue("2026-03-01");
    const summary = page.getByRole("alert").filter({ hasText: "Please check the search" });
    await expect(summary).toContainText(message);
    await expect(page.getByRole("heading", { name: /events? coming up/ })).toHaveCount(0);

    // The message sits right above the field, inside the 375 px screen.
    const field = page.locator("#search-from-error");
    const box = await field.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    await from.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("date-error-375.png") });

    // Fixing the date and searching again finds events.
    await from.fill("2026-03-01");
    await page.getByRole("button", { name: "Find events", exact: true }).click();
    await expect(page).toHaveURL(/from=2026-03-01/);
    await expect(summary).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /events? coming up|No events/ }).first()).toBeVisible();
  });
});
