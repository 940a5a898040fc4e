import { expect, test } from "./fixtures/auth";

// Run by the "no-javascript" project: the near-me search, its feeds and the archive
// need nothing but HTML.
test.describe("residents find events near them without JavaScript", () => {
  test("ZIP 06108 within 10 miles lists Hartford-area events nearest first and none from Ventura", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByLabel("Your ZIP code").fill("06108");
    await page.getByLabel("Within").selectOption("10");
    await page.getByRole("button", { name: "Find events near me" }).click();
    await expect(page.getByRole("heading", { name: /within 10 miles of 06108/ })).toBeVisible();
    const miles = (await page.getByText(/miles away/).allTextContents()).map((t) =>
      Number(/([\d.]+) miles/.exec(t)?.[1] ?? 0),
    );
    expect(miles.length).toBeGreaterThan(3);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    await expect(page.getByRole("list", { name: "Events, nearest first" })).not.toContainText("Ventura");
  });

  test("a search that finds nothing says so and offers a wider radius, which finds events", async ({
    page,
  }) => {
    await page.goto("/events?zip=06066&radius=5");
    await expect(page.getByText("No events match this search.")).toBeVisible();
    await page.getByRole("link", { name: "search within 10 miles" }).click();
    await expect(page).toHaveURL(/zip=06066/);
    await expect(page.getByRole("heading", { name: /events? within 10 miles of 06066/ })).toBeVisible();
    await expect(
      page.getByRole("list", { name: "Events, nearest first" }).getByRole("article").first(),
    ).toBeVisible();
  });

  test("the same search is a calendar subscription and an RSS feed", async ({ page, request }) => {
    await page.goto("/events?zip=06108&radius=10");
    const calendarHref = await page
      .getByRole("link", { name: /Subscribe in your calendar/ })
      .getAttribute("href");
    expect(calendarHref).toBe("/events.ics?zip=06108&radius=10");
    const calendar = await (await request.get(calendarHref!)).text();
    expect(calendar).toMatch(/^BEGIN:VCALENDAR/);
    expect(calendar).toContain("East Hartford");
    expect(calendar).not.toContain("Ventura");
    const feedHref = await page.getByRole("link", { name: "RSS feed" }).getAttribute("href");
    const feed = await request.get(feedHref!);
    expect(feed.headers()["content-type"]).toMatch(/rss\+xml/);
    expect(await feed.text()).toContain("<title>Coffee with a Cop events within 10 miles of 06108");
  });

  test("an event can be added to a calendar: .ics download and Google Calendar link", async ({
    page,
    request,
  }) => {
    await page.goto("/events?zip=06108&radius=10");
    await page
      .getByRole("list", { name: "Events, nearest first" })
      .getByRole("article")
      .first()
      .getByRole("link")
      .first()
      .click();
    const ics = page.getByRole("link", { name: /Download calendar file/ });
    const body = await (await request.get((await ics.getAttribute("href"))!)).text();
    expect(body).toMatch(/BEGIN:VEVENT[\s\S]*UID:[\s\S]*DTSTAMP:\d{8}T\d{6}Z[\s\S]*DTSTART:\d{8}T\d{6}Z/);
    await expect(page.getByRole("link", { name: "Add to Google Calendar" })).toHaveAttribute(
      "href",
      /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE.*ctz=America%2FNew_York/,
    );
    await expect(page.getByRole("complementary", { name: "Not an emergency?" })).toContainText("911");
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      "@type": string;
      startDate: string;
    };
    expect(jsonLd["@type"]).toBe("Event");
    expect(jsonLd.startDate).toMatch(/T\d{2}:\d{2}:00-0[45]:00$/);
  });

  test("the past archive lists a department's ended events, latest first", async ({ page }) => {
    await page.goto("/departments/east-hartford-police");
    await page.getByRole("link", { name: /All past events of East Hartford Police Department/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Past events: East Hartford Police Department",
    );
    // With JavaScript, the department page seen before stays in the document, hidden.
    const days = await page.locator("section h3").filter({ visible: true }).allTextContents();
    const dates = days.map((d) => Date.parse(d));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  test("only the embed widget may be framed by other sites", async ({ request }) => {
    const widget = await request.get("/embed/departments/east-hartford-police");
    expect(widget.headers()["x-frame-options"]).toBeUndefined();
    expect(widget.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect((await request.get("/events")).headers()["x-frame-options"]).toBe("DENY");
  });

  test("search engines and sharing: sitemap, robots, Open Graph tags and a generated image per event", async ({
    page,
    request,
  }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const eventUrl = /<loc>[^<]*(\/events\/coffee-with-a-cop-burnside-dunkin-[\d-]+)<\/loc>/.exec(
      sitemap,
    )?.[1];
    expect(eventUrl).toBeTruthy();
    await page.goto(eventUrl!);
    const ogTitle = await page.locator('meta[property="og:title"]').getAttribute("content");
    expect(ogTitle).toContain("Burnside Avenue");
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
    const png = await request.get(image.pathname + image.search);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  });
});
