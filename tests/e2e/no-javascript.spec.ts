import { expect, test } from "./fixtures";

test.use({ javaScriptEnabled: false });

test("adding and completing a todo works before JavaScript has loaded", async ({ todoPage, page }) => {
  await todoPage.open();
  await todoPage.titleInput.fill("Works without JavaScript");
  await page.getByRole("form", { name: "Add a todo" }).getByRole("button", { name: "Add" }).click();
  await expect(todoPage.row("Works without JavaScript")).toBeVisible();
  await todoPage.complete("Works without JavaScript");
  await expect(todoPage.row("Works without JavaScript")).toHaveCount(0);
});
