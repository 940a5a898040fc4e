// A staff form posted without JavaScript to a site that has only just started keeps its
// answer. The build prerendered a shell of every staff page; a fresh server resumed that
// shell after the post, and React cannot resume with the action's form state, so the
// errors and everything typed were lost until some write happened to invalidate the shell
// (the rest of the suite runs after such writes). patches/next+16.4.5.patch, decision 0022.
import { expect, test } from "@playwright/test";
import { startSecondSite, type SecondSite } from "../fixtures/second-site";
import { DEMO_ACCOUNTS, signInWithApi } from "../fixtures/auth";

let site: SecondSite;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await startSecondSite(() => ({ JOBS: "0" }));
});

test.afterAll(async () => {
  await site?.stop();
});

test("on a freshly started site, a staff form sent without JavaScript shows its errors and keeps what was typed", async ({
  browser,
}) => {
  const staff = await browser.newContext({ baseURL: site.baseURL, javaScriptEnabled: false });
  const { email, password } = DEMO_ACCOUNTS.admin;
  expect((await signInWithApi(staff.request, email, password)).status()).toBe(302);
  const page = await staff.newPage();

  await page.goto("/admin/departments/new");
  await page.getByLabel("Name", { exact: true }).fill("Wethersfield Police Department");
  await page.getByLabel("Web address name").fill("Wethersfield PD!");
  await page.getByLabel("City").fill("Wethersfield");
  await page.getByRole("button", { name: "Create department" }).click();

  await expect(
    page.getByText("Use lowercase letters, digits and hyphens, e.g. east-hartford-police.").last(),
  ).toBeVisible();
  await expect(page.getByLabel("Web address name")).toHaveValue("Wethersfield PD!");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Wethersfield Police Department");
  await expect(page.getByLabel("City")).toHaveValue("Wethersfield");
  await staff.close();
});
