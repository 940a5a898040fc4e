// The staff area on a 375 px phone: every column of an event row can be read without
// anything cut off, and the moderation filters show their whole choice.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures/auth";

test.use({ viewport: { width: 375, height: 740 } });

const STATUS = /^(Published|Draft|Cancelled)$/;
const shots = (name: string) => test.info().outputPath(`${name}.png`);

/** The element's box lies inside the viewport's width (and it is not clipped by a scrolling parent). */
async function expectWithinViewport(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, "has a box").not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  // Nothing between it and the page hides part of it (a parent with overflow: hidden or auto).
  const clipped = await locator.evaluate((element) => {
    const own = element.getBoundingClientRect();
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === "visible") continue;
      const frame = parent.getBoundingClientRect();
      if (own.left < frame.left - 0.5 || own.right > frame.right + 0.5) return true;
    }
    return false;
  });
  expect(clipped, "cut off by a scrolling or clipping parent").toBe(false);
}

async function firstEventRow(page: Page, listName: string) {
  const list = page.getByRole("list", { name: listName });
  const row = list.getByRole("listitem").first();
  await expect(row).toBeVisible();
  return row;
}

test.describe("the staff area at 375 px", () => {
  test("an upcoming event on the dashboard shows its hosts and status within the screen", async ({
    page,
    signInAs,
  }) => {
    await signInAs("staff");
    await page.goto("/admin");
    await page.screenshot({ path: shots("dashboard-375"), fullPage: true });
    const row = await firstEventRow(page, "Upcoming events");
    await expectWithinViewport(page, row.getByText("Hosts", { exact: true }));
    await expectWithinViewport(page, row.getByText(/East Hartford Police Department/));
    await expectWithinViewport(page, row.getByText(STATUS));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test("the events list shows every row's hosts and status within the screen", async ({ page, signInAs }) => {
    await signInAs("staff");
    await page.goto("/admin/events");
    await page.screenshot({ path: shots("events-375"), fullPage: true });
    const row = await firstEventRow(page, "Upcoming events");
    await expectWithinViewport(page, row.getByText(/East Hartford Police Department/));
    await expectWithinViewport(page, row.getByText(STATUS));
    await expectWithinViewport(page, row.getByRole("link").first());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test("the moderation queue's Show select shows its whole choice", async ({ page, signInAs }) => {
    await signInAs("moderator");
    await page.goto("/admin/moderation");
    await page.screenshot({ path: shots("moderation-375") });
    const show = page.getByLabel("Show");
    await expectWithinViewport(page, show);
    // The chosen option's text fits inside the select (no ellipsis, no cut).
    const fits = await show.evaluate((select: HTMLSelectElement) => {
      const probe = document.createElement("span");
      const style = getComputedStyle(select);
      probe.style.font = style.font;
      probe.style.position = "absolute";
      probe.style.whiteSpace = "pre";
      probe.textContent = select.selectedOptions[0]?.textContent ?? "";
      document.body.append(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      // Room for the text, its padding and the select's arrow (about 20 px).
      return select.getBoundingClientRect().width >= text + padding + 20;
    });
    expect(fits, "the Show select is wide enough for its choice").toBe(true);
  });
});

test.describe("the moderation filters on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test("the Show select is as wide as its longest choice", async ({ page, signInAs }) => {
    await signInAs("moderator");
    await page.goto("/admin/moderation");
    const show = page.getByLabel("Show");
    await page.locator("form[method=get]").screenshot({ path: shots("moderation-filters-1280") });
    const widths = await show.evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const probe = document.createElement("span");
      probe.style.font = style.font;
      probe.style.position = "absolute";
      probe.style.whiteSpace = "pre";
      document.body.append(probe);
      const texts = [...select.options].map((option) => {
        probe.textContent = option.textContent;
        return probe.getBoundingClientRect().width;
      });
      probe.remove();
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return { select: select.getBoundingClientRect().width, needed: Math.max(...texts) + padding + 20 };
    });
    expect(widths.select).toBeGreaterThanOrEqual(widths.needed);
  });
});
