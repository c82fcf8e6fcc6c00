/**
 * Issue 21, finding 2: one record's amount and times read the same on the list, on its page, in the CSV
 * and in the XLSX export: money as `¥1,234.56`, times in Beijing time, `2026-12-04 09:00` in tables and
 * files, `2026年12月4日 09:00` on the record's page (one formatting module, @gongjian/domain/format).
 */
import { describe, expect, it } from "vitest";
import {
  E2E_TIMEOUT,
  globalId,
  listRows,
  openPage,
  screenshot,
  showUrl,
  signInAs,
  textOf,
  tokenFor,
  useConsole,
} from "../support/browser.js";
import { readXlsx } from "../support/bulk.js";

const e2e = useConsole("formatting");

/** "2026-12-04 09:00" and "2026年12月4日 09:00" of an instant in Beijing time, computed without Intl. */
function beijing(at: Date) {
  const b = new Date(at.getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = `${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
  return {
    short: `${b.getUTCFullYear()}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())} ${time}`,
    long: `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日 ${time}`,
  };
}

describe("dates and amounts, everywhere alike", { timeout: E2E_TIMEOUT }, () => {
  it("a contribution reads the same on the list, its page, the CSV and the XLSX", async () => {
    const p = e2e.server.db.prisma;
    const street = await p.street.findFirstOrThrow({ orderBy: { code: "asc" } });
    const contribution = await p.contribution.findFirstOrThrow({
      where: { streetId: street.id },
      orderBy: [{ amountFen: "desc" }, { id: "asc" }],
    });
    const fen = contribution.amountFen;
    const amount = `¥${(fen / 100n).toLocaleString("en-US")}.${String(fen % 100n).padStart(2, "0")}`;
    const pledged = beijing(contribution.pledgedAt);
    const id = globalId("Contribution", contribution.id);
    const { page } = e2e.browser;
    await signInAs(page, e2e.server.origin, "STREET_ADMIN");

    // The list, largest amount first: the short forms.
    await openPage(page, `${e2e.server.origin}/admin/#/Contribution?sort=amountFen&order=DESC`);
    const rows = await listRows(page);
    const first = await textOf(rows.first());
    expect(first).toContain(amount);
    expect(first).toContain(pledged.short);
    await screenshot(page, "formatting-list");

    // Its page: the long date form, the same amount.
    await openPage(page, showUrl(e2e.server.origin, "Contribution", id));
    await page.getByText(pledged.long).first().waitFor();
    expect(await textOf(page.locator("main"))).toContain(amount);
    await screenshot(page, "formatting-show");

    // The exports: the list's forms.
    const token = await tokenFor([{ role: "STREET_ADMIN", streetId: street.id }]);
    for (const format of ["CSV", "XLSX"] as const) {
      const { exportContributions: file } = await e2e.server.graphql(
        token,
        "query($format: FileFormat!) { exportContributions(format: $format) { base64 } }",
        { format },
      );
      const table =
        format === "CSV"
          ? Buffer.from(file.base64, "base64")
              .toString("utf8")
              .replace(/^\uFEFF/, "")
              .split(/\r?\n/)
              .map((line: string) => line.split(","))
          : await readXlsx(file.base64);
      const line = table.find((r: string[]) => r[0] === id)?.join(",") ?? "";
      expect([format, line.includes(pledged.short)]).toEqual([format, true]);
      expect([format, line.includes(amount)]).toEqual([format, true]);
    }
  });
});
