/** Factories of units and their party organisations. */
import type { Prisma } from "../../../generated/client/client.js";
import type { OrgLevel, UnitKind } from "../../../generated/client/enums.js";
import { communityOrganizationName, HOME_DISTRICT, ORG_LEVEL_SUFFIX, personName, unitNames } from "../names/index.js";
import { districtCodeOf } from "./codes.js";
import { BASELINE, type Kit } from "./kit.js";
import type { Parent, Row } from "./rows.js";

export function unitFactories({ rnd, nextCount, stamp, creditCode, orgCode, officePhone, address }: Kit) {
  return {
    unit(
      community: Parent<Row<"community">, "id" | "name" | "streetId"> & { code?: string },
      overrides: Partial<Prisma.UnitCreateManyInput> = {},
    ): Row<"unit"> {
      const kind: UnitKind = overrides.kind ?? "NEW_ECONOMIC_ORG";
      const place = community.name.replace(/社区$/, "");
      const name =
        overrides.name ??
        (kind === "RESIDENTS_COMMITTEE"
          ? unitNames.residentsCommittee(place)
          : kind === "NEW_SOCIAL_ORG"
            ? unitNames.social(rnd, HOME_DISTRICT.name, place)
            : kind === "ENTERPRISE_INSTITUTION"
              ? unitNames.enterprise(rnd, place)
              : kind === "GOVERNMENT_AGENCY"
                ? unitNames.subordinate("police", place, 1)
                : kind === "OTHER"
                  ? unitNames.other(rnd, place)
                  : unitNames.economic(rnd));
      const n = nextCount("unit");
      return {
        id: rnd.uuid(),
        streetId: community.streetId,
        communityId: community.id,
        name,
        kind,
        creditCode: creditCode(kind, name, districtCodeOf(community.code)),
        address: address(),
        contactName: personName(rnd, rnd.chance(0.5) ? "MALE" : "FEMALE"),
        contactPhone: officePhone(),
        contactEmail: `contact${n}@unit.example`,
        employeeCount: rnd.int(3, 120),
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    /**
     * A party organisation of exactly one unit or one community. Its superior is set with
     * `superiorId` (local) or `superiorExternalCode` + `superiorDistrictCode` (external).
     */
    partyOrganization(
      owner:
        | { unit: Parent<Row<"unit">, "id" | "name" | "streetId"> & { creditCode?: string } }
        | { community: Parent<Row<"community">, "id" | "name" | "code" | "streetId"> },
      overrides: Partial<Prisma.PartyOrganizationCreateManyInput> = {},
    ): Row<"partyOrganization"> {
      const level: OrgLevel = overrides.level ?? ("community" in owner ? "COMMITTEE" : "BRANCH");
      const districtCode = districtCodeOf(
        "community" in owner ? owner.community.code : owner.unit.creditCode?.slice(2, 8),
      );
      const name =
        "community" in owner
          ? communityOrganizationName(owner.community.name.replace(/社区$/, ""))
          : `${owner.unit.name}${ORG_LEVEL_SUFFIX[level]}`;
      const members =
        level === "COMMITTEE" ? rnd.int(100, 260) : level === "GENERAL_BRANCH" ? rnd.int(50, 99) : rnd.int(3, 49);
      return {
        id: rnd.uuid(),
        streetId: "unit" in owner ? owner.unit.streetId : owner.community.streetId,
        code: orgCode(districtCode),
        name,
        level,
        unitId: "unit" in owner ? owner.unit.id : null,
        communityId: "community" in owner ? owner.community.id : null,
        partyMemberCount: members,
        secretaryName: personName(rnd, rnd.chance(0.6) ? "MALE" : "FEMALE"),
        ...stamp(BASELINE),
        ...overrides,
      };
    },
  };
}
