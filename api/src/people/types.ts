import { builder } from "../builder.js";
import * as field from "../data/entity-fields.js";
import { ruleTarget } from "../permissions/field-subjects.js";
import { GenderEnum, WorkplaceKindEnum } from "../system/enums.js";

/** The workplace's text columns (the kind's fields other than the organisation). */
const workplaceTexts = {
  workplaceExternalCode: "外区工作单位党组织代码 / Code of the workplace organisation in another district",
  workplaceDistrictCode: "外区工作单位党组织所在区代码 / District code of that organisation",
  workplaceEmployerName: "未登记工作单位名称 / Name of the unregistered employer",
  workplaceCreditCode: "未登记工作单位的统一社会信用代码 / Credit code of the unregistered employer",
} as const;

/**
 * 人员/党员. Personal data (ID number, phone, home address) lives in PersonPrivate and is
 * selected only when some rule of the caller lets them read it (`mayEver`); for every other
 * role it is never even read from the database.
 */
export const Person = field.entityNode("Person", {
  description: "人员/党员 / Person (party member)",
  parents: {
    workplaceOrganization:
      "工作单位党组织（本区任一街道；调用者可读时）/ Workplace party organisation (any street of the district; when the caller may read it)",
    residenceCommunity: "居住地社区（双向管理）/ Community of residence (two-way management)",
  },
  children: { seats: ["担任的职务 / Seats held", "Seat"] },
  stamps: "full",
  fields: (t) => ({
    ...field.strings(t, { name: "姓名 / Name", position: "职务 / Position", ...workplaceTexts }),
    gender: t.expose("gender", { type: GenderEnum, description: "性别 / Gender" }),
    birthYear: t.exposeInt("birthYear", { description: "出生年份 / Year of birth" }),
    isPartyMember: t.exposeBoolean("isPartyMember", { description: "是否党员 / Party member" }),
    partyJoinedOn: t.expose("partyJoinedOn", { type: "Date", description: "入党日期 / Joined the party on" }),
    workplaceKind: t.expose("workplaceKind", {
      type: WorkplaceKindEnum,
      nullable: true,
      description: "工作单位类型（在职党员）/ Kind of workplace (in-service member)",
    }),
    endedAt: t.expose("endedAt", { type: "DateTime", description: "注销时间 / Ended at" }),
  }),
});

function privateField(field: "idNumber" | "phone" | "homeAddress", description: string) {
  const [subject] = ruleTarget("Person", field) as ["PersonPrivate", string];
  builder.prismaObjectField(
    Person,
    field,
    (t) =>
      t.string({
        description,
        guardField: false,
        select: (_args, ctx) =>
          ctx.guard.mayEver("read", subject, field)
            ? { private: { select: { personId: true, streetId: true, [field]: true } } }
            : {},
        resolve: (person, _args, ctx) => {
          const row = (person as { private?: Record<string, unknown> | null }).private;
          if (!row || !ctx.guard.canRead(subject, row, field)) return null;
          return (row[field] as string | null) ?? null;
        },
      }) as never,
  );
}

privateField("idNumber", "身份证号（个人信息，仅授权角色可见）/ ID number (personal data, authorised roles only)");
privateField("phone", "手机号（个人信息，仅授权角色可见）/ Phone (personal data, authorised roles only)");
privateField(
  "homeAddress",
  "家庭住址（个人信息，仅授权角色可见）/ Home address (personal data, authorised roles only)",
);
