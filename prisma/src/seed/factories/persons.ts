/** Factories of people and their protected personal data. */
import type { Prisma } from "../../../generated/client/client.js";
import type { Gender } from "../../../generated/client/enums.js";
import { POSITIONS, personName } from "../names/index.js";
import { day } from "../random.js";
import { BASELINE, type Kit } from "./kit.js";
import type { Parent, Row } from "./rows.js";

export function personFactories({ rnd, stamp, idNumber, mobile, address, creditCode }: Kit) {
  return {
    person(overrides: Partial<Prisma.PersonCreateManyInput> & { streetId: string }): Row<"person"> {
      const gender: Gender = overrides.gender ?? (rnd.chance(0.55) ? "MALE" : "FEMALE");
      const birthYear = overrides.birthYear ?? rnd.int(1955, 2000);
      const isPartyMember = overrides.isPartyMember ?? true;
      const joinedYear = Math.min(2025, birthYear + rnd.int(19, 35));
      return {
        id: rnd.uuid(),
        name: personName(rnd, gender),
        gender,
        birthYear,
        isPartyMember,
        partyJoinedOn: isPartyMember ? day(joinedYear, rnd.int(1, 12), rnd.int(1, 28)) : null,
        position: rnd.pick(POSITIONS.staff),
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    /** An employer not registered in the district (a person's workplace): its name and credit code. */
    unregisteredEmployer(name: string, districtCode: string): { name: string; creditCode: string } {
      return { name, creditCode: creditCode("ENTERPRISE_INSTITUTION", name, districtCode) };
    },

    /** The protected personal data of a person: a fake but well-formed ID number (area 9999xx). */
    personPrivate(
      person: Parent<Row<"person">, "id" | "gender" | "streetId"> & { birthYear?: number | null },
      overrides: Partial<Prisma.PersonPrivateCreateManyInput> = {},
    ): Row<"personPrivate"> {
      const birth = day(person.birthYear ?? 1980, rnd.int(1, 12), rnd.int(1, 28));
      return {
        personId: person.id,
        streetId: person.streetId,
        idNumber: idNumber(birth, person.gender),
        phone: mobile(),
        homeAddress: `${address()}${rnd.int(1, 30)}栋${rnd.int(1, 6)}单元${rnd.int(1, 18)}0${rnd.int(1, 4)}室`,
        ...stamp(BASELINE),
        ...overrides,
      };
    },
  };
}
