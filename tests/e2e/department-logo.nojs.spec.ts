import { expect, test } from "./fixtures/auth";
import { openLogoPage, expectRefused, REFUSED_FILES, sealPng, uploadLogo } from "./department-logo-helpers";

const NAME = "University of Connecticut Police Department";

test.describe("the logo upload without JavaScript", () => {
  test("refuses a non-image, a file over 2 MB and an SVG next to the field, then takes a PNG", async ({
    page,
    signInAs,
  }) => {
    await signInAs("admin");
    await openLogoPage(page, NAME);
    for (const { file, message } of REFUSED_FILES) await expectRefused(page, file, message);
    await uploadLogo(page, await sealPng("#7a4a22"));
    await expect(page.getByRole("img", { name: `${NAME} logo` }).first()).toBeVisible();
    await page.goto("/departments/uconn-police");
    await expect(page.getByRole("img", { name: `${NAME} logo` })).toHaveAttribute("width", "128");
  });
});
