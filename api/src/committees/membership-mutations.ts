import { builder } from "../builder.js";
import { fromGlobalId } from "../data/ids.js";
import { loadForWrite, loadReadable, type MutationScope, runMutation, updateVersioned } from "../data/mutation.js";
import { changesOf, globalId, optionalText, versionField } from "../data/validation.js";
import { invalid } from "../errors/domain-error.js";
import type { Superior } from "../units/rules.js";
import { committeeIdField } from "./inputs.js";
import {
  assertMembershipActive,
  assertMembershipEligible,
  assertMembershipEnd,
  beijingDate,
  laterOf,
  membershipModeFor,
  type OrganizationFact,
} from "./rules.js";
import { Membership } from "./types.js";
import { assertCanWrite } from "./writes.js";

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

const participationFields = (t: InputFieldBuilder) => ({
  responsibilities: t.string({
    description: "共建职责 / Responsibilities in joint building",
    validate: optionalText(1000),
  }),
  resourcesOffered: t.string({ description: "可共享资源 / Resources offered", validate: optionalText(1000) }),
  serviceCommitments: t.string({ description: "服务承诺 / Service commitments", validate: optionalText(1000) }),
});

const AddMembershipInput = builder.inputType("AddMembershipInput", {
  description:
    "增加成员单位（管理方式由党组织的隶属关系决定）/ Add a member organisation (its management mode follows from the organisation's affiliation)",
  fields: (t) => ({
    committeeId: t.id(committeeIdField),
    organizationId: t.id({
      required: true,
      description: "党组织（须位于大党委覆盖的社区）/ Organisation (located in a covered community)",
      validate: globalId,
    }),
    fromDate: t.field({ type: "Date", description: "加入日期（默认今天）/ Member since (default today)" }),
    ...participationFields(t),
  }),
});

const UpdateMembershipInput = builder.inputType("UpdateMembershipInput", {
  description:
    "修改成员单位（双重管理的只能改参与事项）/ Update a membership (for dual-managed members, participation fields only)",
  fields: (t) => ({
    id: t.id({ required: true, description: "成员单位 / Membership", validate: globalId }),
    version: t.int(versionField),
    fromDate: t.field({ type: "Date", description: "加入日期 / Member since" }),
    ...participationFields(t),
  }),
});

const EndMembershipInput = builder.inputType("EndMembershipInput", {
  description: "结束成员身份 / End a membership",
  fields: (t) => ({
    id: t.id({ required: true, description: "成员单位 / Membership", validate: globalId }),
    version: t.int(versionField),
    toDate: t.field({ type: "Date", description: "退出日期（默认今天）/ Member until (default today)" }),
  }),
});

/** The organisation's location and affiliation facts (its unit's community, its superior's street). */
async function organizationFact(
  scope: MutationScope,
  org: {
    id: string;
    streetId: string;
    unitId: string | null;
    communityId: string | null;
    endedAt: Date | null;
    managementMode: "DIRECT" | "DUAL";
    superiorId: string | null;
    superiorExternalCode: string | null;
    superiorDistrictCode: string | null;
  },
): Promise<OrganizationFact> {
  let communityId = org.communityId;
  let endedAt = org.endedAt;
  if (org.unitId) {
    // Only the unit's community and end are read, to locate the organisation.
    const unit = await scope.tx.unit.findUnique({
      where: { id: org.unitId },
      select: { communityId: true, endedAt: true },
    });
    communityId = communityId ?? unit?.communityId ?? null;
    endedAt = endedAt ?? unit?.endedAt ?? null;
  }
  let superior: Superior = { kind: "none" };
  if (org.superiorExternalCode) {
    superior = { kind: "external", code: org.superiorExternalCode, districtCode: org.superiorDistrictCode ?? "" };
  } else if (org.superiorId) {
    // The superior may be anywhere in the district: only its street is read.
    const sup = await scope.tx.partyOrganization.findUnique({
      where: { id: org.superiorId },
      select: { streetId: true },
    });
    superior = sup ? { kind: "local", streetId: sup.streetId } : { kind: "none" };
  }
  return { id: org.id, streetId: org.streetId, communityId, endedAt, managementMode: org.managementMode, superior };
}

// ---------------------------------------------------------------- memberships

builder.mutationField("addMembership", (t) =>
  t.field({
    type: Membership,
    description:
      "增加成员单位（管理方式由党组织的隶属关系决定）/ Add a member organisation (its management mode follows from the affiliation)",
    permission: "create:Membership",
    errors: {},
    args: { input: t.arg({ type: AddMembershipInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const committeeId = fromGlobalId("Committee", input.committeeId, "committeeId");
        const organizationId = fromGlobalId("PartyOrganization", input.organizationId, "organizationId");
        const committee = await loadReadable(scope, "Committee", committeeId, "committeeId");
        const org = await loadReadable(scope, "PartyOrganization", organizationId, "organizationId");
        const organization = await organizationFact(scope, org);
        const coverage = await scope.tx.committeeCommunity.findMany({
          where: { committeeId, endedAt: null },
          select: { communityId: true },
        });
        const existing = await scope.tx.membership.count({ where: { committeeId, organizationId, toDate: null } });
        assertMembershipEligible({
          committeeStatus: committee.status,
          organization,
          coveredCommunityIds: new Set(coverage.map((c) => c.communityId)),
          alreadyMember: existing > 0,
        });
        const row = {
          committeeId,
          organizationId,
          streetId: committee.streetId,
          managementMode: membershipModeFor(organization),
          fromDate: input.fromDate ?? beijingDate(new Date()),
          toDate: null,
          responsibilities: input.responsibilities ?? null,
          resourcesOffered: input.resourcesOffered ?? null,
          serviceCommitments: input.serviceCommitments ?? null,
        };
        assertCanWrite(scope, "create", "Membership", row, "committeeId");
        const created = await scope.tx.membership.create({ data: row });
        scope.audit({
          action: "addMembership",
          entityType: "Membership",
          entityId: created.id,
          streetId: created.streetId,
          before: null,
          after: created,
        });
        return created;
      }),
  }),
);

builder.mutationField("updateMembership", (t) =>
  t.field({
    type: Membership,
    description:
      "修改成员单位（双重管理的成员单位只能改参与事项）/ Update a membership (participation fields only for dual-managed members)",
    permission: "update:Membership",
    errors: {},
    args: { input: t.arg({ type: UpdateMembershipInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const id = fromGlobalId("Membership", input.id);
        const data = changesOf(input, ["fromDate", "responsibilities", "resourcesOffered", "serviceCommitments"]);
        if (data.fromDate === null) throw invalid("fromDate", "加入日期不能为空", "The start date cannot be empty");
        const before = await loadForWrite(scope, "Membership", id, "update", Object.keys(data));
        assertMembershipActive(before.toDate);
        return updateVersioned(scope, "Membership", before, input.version, data, "updateMembership");
      }),
  }),
);

builder.mutationField("endMembership", (t) =>
  t.field({
    type: Membership,
    description: "结束成员身份 / End a membership",
    permission: "end:Membership",
    errors: {},
    args: { input: t.arg({ type: EndMembershipInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (scope) => {
        const before = await loadForWrite(scope, "Membership", fromGlobalId("Membership", input.id), "end");
        const toDate = input.toDate ?? laterOf(beijingDate(new Date()), before.fromDate);
        assertMembershipEnd(before.fromDate, before.toDate, toDate);
        return updateVersioned(scope, "Membership", before, input.version, { toDate }, "endMembership");
      }),
  }),
);
