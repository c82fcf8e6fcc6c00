import { toGlobalId } from "@gongjian/api/data/ids";

/** A joint work item's input (共建事项) shared by `organizationIds` (database ids), the first leading. */
export function jointWorkInput(organizationIds: readonly string[], overrides: Record<string, unknown> = {}) {
  return {
    category: "SERVICE_PROBLEMS",
    title: "老旧小区加装电梯协调",
    description: "牵头单位制定方案，协作单位分工落实。",
    deadline: "2026-12-31",
    participants: organizationIds.map((id, i) => ({
      organizationId: toGlobalId("PartyOrganization", id),
      role: i === 0 ? "LEAD" : "CO_OPERATING",
      responsiblePerson: i === 0 ? "王建国" : "李红",
    })),
    ...overrides,
  };
}
