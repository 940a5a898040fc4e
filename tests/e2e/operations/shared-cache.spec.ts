// Several instances behind a load balancer share one cache through Redis (REDIS_URL,
// docs/decisions/0016): a change made through instance A is what instance B serves on
// its next request, although B had the page cached before the change.
import { expect, test } from "@playwright/test";
import { startSecondSite, type SecondSite } from "../fixtures/second-site";
import { DEMO_ACCOUNTS, signInWithApi } from "../fixtures/auth";
import { startRedisServer, type RedisServer } from "../../support/redis-server";
import { uniqueText } from "../comments-helpers";

test.describe.configure({ mode: "serial" });

let redis: RedisServer;
let a: SecondSite;
let b: SecondSite;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  redis = await startRedisServer();
  const settings = () => ({ REDIS_URL: redis.url, JOBS: "0" });
  [a, b] = await Promise.all([startSecondSite(settings), startSecondSite(settings)]);
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
});

test("a department edited through instance A shows on instance B's next request", async ({
  browser,
  playwright,
}) => {
  const department = "/departments/ventura-police";
  const anonymousB = await playwright.request.newContext({ baseURL: b.baseURL });
  // A site just started answers 503 while its database watch has not yet had a probe
  // answered (scripts/server/database-watch.ts), which on 2 busy cores can take a moment.
  await expect
    .poll(async () => (await anonymousB.get(department)).status(), { timeout: 30_000 })
    .toBe(200);
  expect((await anonymousB.get(department)).status()).toBe(200); // now cached on B

  const staffOnA = await browser.newContext({ baseURL: a.baseURL });
  const { email, password } = DEMO_ACCOUNTS.admin;
  expect((await signInWithApi(staffOnA.request, email, password)).status()).toBe(302);
  const page = await staffOnA.newPage();
  await page.goto("/admin/departments");
  await page
    .getByRole("link", { name: /Ventura Police Department/ })
    .first()
    .click();
  const about = uniqueText("Coffee every first Friday, now at the harbor too.");
  await page.getByLabel("About", { exact: true }).fill(about);
  await page.getByRole("button", { name: /Save/ }).click();
  await expect(page.getByRole("status")).toContainText(/Saved/);

  const after = await anonymousB.get(department);
  expect(after.status()).toBe(200);
  expect(await after.text(), "B's next answer shows A's change").toContain(about);
  await staffOnA.close();
  await anonymousB.dispose();
});
