/** Factories of joint work items (共建项目/事项), their participating organisations and progress reports. */
import { beijingDate } from "@gongjian/domain/calendar";
import type { JointWorkCategoryName } from "@gongjian/domain/joint-work";
import type { Prisma } from "../../../generated/client/client.js";
import { JOINT_WORK_PROGRESS, JOINT_WORK_TITLES } from "../names/index.js";
import { addDays } from "../random.js";
import { type Kit, scopeOf } from "./kit.js";
import type { Parent, Row } from "./rows.js";

type Owner = { committeeId: string | null; streetId: string };
type ItemParent = Parent<Row<"jointWorkItem">, "id" | "committeeId" | "streetId">;

export function jointWorkFactories({ rnd, stamp }: Kit) {
  return {
    /** An OPEN item of `owner` in `category`, created at `at`, its deadline 2–8 months later. */
    jointWorkItem(
      owner: Owner,
      category: JointWorkCategoryName,
      at: Date,
      overrides: Partial<Prisma.JointWorkItemCreateManyInput> = {},
    ): Row<"jointWorkItem"> {
      const title = rnd.pick(JOINT_WORK_TITLES[category]);
      return {
        id: rnd.uuid(),
        ...scopeOf(owner),
        category,
        title,
        description: `${title}：由牵头单位制定方案，协作单位分工落实，定期向大党委报告进展。`,
        deadline: addDays(beijingDate(at), rnd.int(60, 240)),
        status: "OPEN",
        version: 1,
        ...stamp(at),
        ...overrides,
      };
    },

    jointWorkParticipant(
      item: ItemParent & { createdAt?: Date | string },
      organizationId: string,
      role: "LEAD" | "CO_OPERATING",
      responsiblePerson: string,
    ): Row<"jointWorkParticipant"> {
      return {
        id: rnd.uuid(),
        itemId: item.id,
        ...scopeOf(item),
        organizationId,
        role,
        responsiblePerson,
        version: 1,
        ...stamp(item.createdAt as Date),
      };
    },

    /** A report dated `reportedOn` (a calendar date) at `percent`, recorded that day. */
    jointWorkProgress(item: ItemParent, organizationId: string, reportedOn: Date, percent: number) {
      const row: Row<"jointWorkProgress"> = {
        id: rnd.uuid(),
        itemId: item.id,
        ...scopeOf(item),
        organizationId,
        reportedOn,
        text: percent === 100 ? "各项工作全部完成，已组织验收。" : rnd.pick(JOINT_WORK_PROGRESS),
        percent,
        version: 1,
        ...stamp(new Date(reportedOn.getTime() + 2 * 3600_000)),
      };
      return row;
    },
  };
}
