/** Factories of places: the district, its streets and communities, and their adjacency. */
import type { Prisma } from "../../../generated/client/client.js";
import { COMMUNITY_NAMES, HOME_DISTRICT, STREET_NAMES } from "../names/index.js";
import { BASELINE, type Kit } from "./kit.js";
import type { Parent, Row } from "./rows.js";

export function placeFactories({ rnd, nextCount, stamp }: Kit) {
  return {
    district(overrides: Partial<Prisma.DistrictCreateManyInput> = {}): Row<"district"> {
      const n = nextCount("district");
      return {
        id: rnd.uuid(),
        // A fictional code (9xxxxx) that the demo district (210102) never has; the seed passes its own.
        code: `9${String(rnd.int(0, 9999)).padStart(4, "0")}${n % 10}`,
        name: `${HOME_DISTRICT.name.slice(0, 1)}${"安宁兴平康乐福顺".charAt(rnd.int(0, 7))}区`,
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    street(
      district: Parent<Row<"district">, "id" | "code">,
      overrides: Partial<Prisma.StreetCreateManyInput> = {},
    ): Row<"street"> {
      const n = nextCount(`street:${district.id}`);
      return {
        id: rnd.uuid(),
        districtId: district.id,
        code: `${district.code}${String(n).padStart(3, "0")}`,
        name: `${STREET_NAMES[(n - 1) % STREET_NAMES.length]}${n > STREET_NAMES.length ? n : ""}街道`,
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    community(
      street: Parent<Row<"street">, "id" | "code">,
      overrides: Partial<Prisma.CommunityCreateManyInput> = {},
    ): Row<"community"> {
      const n = nextCount(`community:${street.id}`);
      const all = nextCount("community");
      const households = rnd.int(1800, 6500);
      return {
        id: rnd.uuid(),
        streetId: street.id,
        code: `${street.code}${String(n).padStart(3, "0")}`,
        name: `${COMMUNITY_NAMES[(all - 1) % COMMUNITY_NAMES.length]}${all > COMMUNITY_NAMES.length ? all : ""}社区`,
        households,
        population: Math.round(households * (2.3 + rnd.float() * 0.6)),
        ...stamp(BASELINE),
        ...overrides,
      };
    },

    /** Adjacency, in both directions (two rows). */
    communityNeighbours(
      a: Parent<Row<"community">, "id">,
      b: Parent<Row<"community">, "id">,
    ): [Row<"communityNeighbour">, Row<"communityNeighbour">] {
      return [
        { communityId: a.id, neighbourId: b.id, createdAt: BASELINE },
        { communityId: b.id, neighbourId: a.id, createdAt: BASELINE },
      ];
    },
  };
}
