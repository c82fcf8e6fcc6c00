/**
 * Issue 21 finding 1: a record's history (修改历史) speaks the clerk's language, not code: the action's
 * name, field labels, enum labels, dates in Beijing time in Chinese form, and the actor's display name and
 * role (stored with the audit event, `actorName`), never `dissolveCommittee`, `FILED`, an ISO date or
 * `demo-2`.
 */
import { changeText, describeEntry } from "@gongjian/admin/src/screens/history/describe";
import { describe, expect, it } from "vitest";

const dissolved = {
  id: "7",
  at: "2026-12-04T16:30:00.000Z",
  action: "dissolveCommittee",
  actorId: "demo-2",
  actorName: "和平街道党工委",
  actorRoles: ["STREET_ADMIN"],
  entityType: "Committee",
  changedFields: ["status", "termEnd"],
  before: { status: "FILED", termEnd: "2031-12-09T00:00:00.000Z" },
  after: { status: "DISSOLVED", termEnd: "2026-12-05T00:00:00.000Z" },
};

describe("history in Chinese", () => {
  it("names the action, the fields, the values and the actor as a clerk reads them", () => {
    const line = describeEntry(dissolved, "zh");
    expect(line.action).toBe("撤销大党委");
    expect(line.actor).toBe("和平街道党工委");
    expect(line.role).toBe("街道党工委");
    // 16:30 UTC is 00:30 the next day in Beijing.
    expect(line.at).toBe("2026年12月5日 00:30");
    expect(line.changes.map((c) => changeText(c, "zh"))).toEqual([
      "状态：已备案 → 已撤销",
      "任期结束：2031年12月9日 → 2026年12月5日",
    ]);
    const text = [line.action, line.actor, line.role, line.at, ...line.changes.map((c) => changeText(c, "zh"))].join(
      " ",
    );
    for (const code of ["dissolveCommittee", "FILED", "DISSOLVED", "termEnd", "T00:00", "demo-2"]) {
      expect(text).not.toContain(code);
    }
  });

  it("speaks English when the console does", () => {
    const line = describeEntry(dissolved, "en");
    expect(line.action).toBe("Dissolve a committee");
    expect(line.changes.map((c) => changeText(c, "en"))).toEqual([
      "Status: Filed → Dissolved",
      "Term end: 9 December 2031 → 5 December 2026",
    ]);
  });

  it("names an action that is a bare verb with the record type, and a new record by the values it got", () => {
    const line = describeEntry(
      {
        ...dissolved,
        action: "update",
        actorName: null,
        actorRoles: [],
        before: null,
        changedFields: ["id", "name", "status", "termStart", "streetId"],
        after: { id: "x", name: "和园联合党委", status: "DRAFT", termStart: "2026-01-01T00:00:00.000Z", streetId: "s" },
      },
      "zh",
    );
    expect(line.action).toBe("修改社区“大党委”");
    // Older events have no display name: the actor id is all there is.
    expect(line.actor).toBe("demo-2");
    expect(line.changes.map((c) => changeText(c, "zh"))).toEqual([
      "名称：和园联合党委",
      "状态：草稿",
      "任期开始：2026年1月1日",
    ]);
  });

  it("shows a changed reference under its relation's label, never as a raw id", () => {
    const closed = describeEntry(
      {
        ...dissolved,
        action: "closeJointWork",
        entityType: "JointWorkItem",
        changedFields: ["status", "closingResolutionId"],
        before: { status: "DONE", closingResolutionId: null },
        after: { status: "CLOSED", closingResolutionId: "c6e1ad87-6f2d-4770-ad02-d12b18f7a8f1" },
      },
      "zh",
    );
    const texts = closed.changes.map((c) => changeText(c, "zh"));
    expect(texts).toContain("结项决议：— → 已关联");
    expect(texts.join(" ")).not.toMatch(/closingResolutionId|c6e1ad87/);
    const relinked = describeEntry(
      {
        ...dissolved,
        action: "update",
        entityType: "JointWorkItem",
        changedFields: ["closingResolutionId"],
        before: { closingResolutionId: "a" },
        after: { closingResolutionId: "b" },
      },
      "en",
    );
    expect(relinked.changes.map((c) => changeText(c, "en"))).toEqual(["Closing resolution: linked → another record"]);
  });
});
