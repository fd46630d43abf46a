import { expect, test } from "./fixtures";

test("on a phone the lists open from the menu and the app works the same", async ({ todoPage, page }) => {
  await todoPage.open();
  const menu = page.getByRole("button", { name: "Lists and views" });
  await expect(page.getByRole("navigation", { name: "Lists and views" })).toBeHidden();
  await todoPage.add("Pick up parcel");
  await expect(todoPage.row("Pick up parcel")).toBeVisible();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await todoPage.openView("Today");
  await expect(page.getByText("Nothing due")).toBeVisible();
});
