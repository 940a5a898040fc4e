import { expect, test } from "./fixtures/auth";

test("without JavaScript, an invitation outside the verified domains is explained and keeps what was typed", async ({
  page,
  signInAs,
}) => {
  await signInAs("admin");
  await page.goto("/admin/users");
  await page.getByLabel("Name", { exact: true }).fill("Pat Doe");
  await page.getByLabel("Email", { exact: true }).fill("pat.doe@gmail.example.com");
  await page.getByLabel("Department").selectOption({ label: "East Hartford Police Department (CT)" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    page.getByText(/need an email on its verified domains \(easthartfordct\.gov\)/).last(),
  ).toBeVisible();
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("pat.doe@gmail.example.com");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Pat Doe");
  await expect(page.getByLabel("Department")).toHaveValue(/.+/);
});
