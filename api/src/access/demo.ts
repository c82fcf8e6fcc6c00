import { mintToken } from "../auth/tokens.js";
import { builder, type Context } from "../builder.js";
import type { Grant } from "../permissions/abilities.js";

interface Persona {
  labelZh: string;
  labelEn: string;
  grants: Grant[];
  token: string;
}

/** One persona per role over the demo data, for the console's demo sign-in. */
async function personas(ctx: Context): Promise<Persona[]> {
  const auth = ctx.demoAuth;
  if (!auth) return [];
  const prisma = ctx.db.prisma;
  const district = await prisma.district.findFirst({ orderBy: { code: "asc" } });
  const street = await prisma.street.findFirst({ orderBy: { code: "asc" } });
  const committee = await prisma.committee.findFirst({
    where: { kind: "JOINT", status: "FILED" },
    orderBy: { code: "asc" },
  });
  const dual = await prisma.partyOrganization.findFirst({
    where: {
      managementMode: "DUAL",
      superiorExternalCode: { not: null },
      unitId: { not: null },
      memberships: { some: {} },
    },
    orderBy: { code: "asc" },
  });
  if (!district || !street || !committee || !dual?.unitId || !dual.superiorExternalCode) return [];
  const list: Omit<Persona, "token">[] = [
    {
      labelZh: "区委组织部",
      labelEn: "District organisation department",
      grants: [{ role: "DISTRICT_ADMIN", districtId: district.id }],
    },
    {
      labelZh: `${street.name}党工委`,
      labelEn: "Street working committee",
      grants: [{ role: "STREET_ADMIN", streetId: street.id }],
    },
    {
      labelZh: `${committee.name}工作人员`,
      labelEn: "Committee staff",
      grants: [{ role: "COMMITTEE_STAFF", committeeId: committee.id }],
    },
    {
      labelZh: "成员单位联络人",
      labelEn: "Liaison of a member unit",
      grants: [{ role: "UNIT_LIAISON", unitId: dual.unitId }],
    },
    {
      labelZh: `上级党组织（${dual.superiorExternalName ?? dual.superiorExternalCode}）`,
      labelEn: "Superior organisation in another district",
      grants: [{ role: "SUPERIOR_ORG", organizationCode: dual.superiorExternalCode }],
    },
    { labelZh: "分析人员", labelEn: "Analyst", grants: [{ role: "ANALYST", districtId: district.id }] },
    // A second clerk of the same street working committee: whoever submitted a committee or nominated a
    // seat does not approve it (separation of duties), so the demo needs another person to approve.
    {
      labelZh: `${street.name}党工委（审批人）`,
      labelEn: "Street working committee (a second clerk, who approves)",
      grants: [{ role: "STREET_ADMIN", streetId: street.id }],
    },
  ];
  return Promise.all(
    list.map(async (p, i) => ({
      ...p,
      token: await mintToken({ id: `demo-${i + 1}`, name: p.labelZh, grants: p.grants }, auth),
    })),
  );
}

const DemoPersona = builder.objectRef<Persona>("DemoPersona").implement({
  description: "演示角色（仅内置演示数据库）/ Demo persona (embedded demo database only)",
  fields: (t) => ({
    labelZh: t.exposeString("labelZh", { nullable: false, description: "中文名称 / Label in Chinese" }),
    labelEn: t.exposeString("labelEn", { nullable: false, description: "英文名称 / Label in English" }),
    role: t.string({ nullable: false, description: "角色 / Role", resolve: (p) => p.grants[0]?.role ?? "" }),
    token: t.exposeString("token", { nullable: false, description: "登录令牌 / Sign-in token" }),
  }),
});

builder.queryField("demoPersonas", (t) =>
  t.field({
    type: [DemoPersona],
    nullable: false,
    permission: "public",
    description:
      "内置演示数据库的演示角色及其登录令牌；其他模式下为空 / Demo personas with sign-in tokens on the embedded demo database; empty otherwise",
    resolve: (_root, _args, ctx) => personas(ctx),
  }),
);
