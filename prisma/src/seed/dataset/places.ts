/** The district's streets and communities, and which communities are neighbours. */
import type { Row } from "../factories/index.js";
import type { Build, CommunityCtx, Places } from "./model.js";
import type { DistrictChoice } from "./scales.js";

/** The district, its streets (of varied sizes) and communities, and the neighbours among them. */
export function buildPlaces(b: Build, homeDistrict: DistrictChoice): Places {
  const { spec, f, rnd, data } = b;
  const district = f.district({ code: homeDistrict.code, name: homeDistrict.name });
  data.district.push(district);
  const streets: Row<"street">[] = [];
  for (let s = 0; s < spec.streets; s++) streets.push(f.street(district));
  data.street.push(...streets);

  const perStreet = streets.map(() => Math.floor(spec.communities / spec.streets));
  for (let i = 0; i < spec.communities % spec.streets; i++) perStreet[i] = (perStreet[i] as number) + 1;
  for (let k = 0; k < spec.streets; k++) {
    // Vary the street sizes (8–12 communities around 10) without changing the total.
    const a = rnd.int(0, spec.streets - 1);
    const b = rnd.int(0, spec.streets - 1);
    if (a !== b && (perStreet[a] as number) > 8 && (perStreet[b] as number) < 12) {
      perStreet[a] = (perStreet[a] as number) - 1;
      perStreet[b] = (perStreet[b] as number) + 1;
    }
  }

  const communities: CommunityCtx[] = [];
  const communitiesByStreet = new Map<string, CommunityCtx[]>();
  streets.forEach((street, s) => {
    const list: CommunityCtx[] = [];
    for (let i = 0; i < (perStreet[s] as number); i++) {
      const row = f.community(street);
      data.community.push(row);
      const org = f.partyOrganization({ community: row }, { level: "COMMITTEE", partyMemberCount: rnd.int(150, 420) });
      const ctx: CommunityCtx = {
        row,
        street,
        short: row.name.replace(/社区$/, ""),
        org,
        staff: [],
        residents: [],
        orgs: [],
      };
      ctx.orgs.push({ row: org, unit: null, community: ctx, role: { type: "community" }, persons: [], hasTop: true });
      list.push(ctx);
      communities.push(ctx);
    }
    communitiesByStreet.set(street.id, list);
    // Neighbours: a chain along the street, some shortcuts; stored in both directions.
    for (let i = 0; i + 1 < list.length; i++) {
      data.communityNeighbour.push(
        ...f.communityNeighbours((list[i] as CommunityCtx).row, (list[i + 1] as CommunityCtx).row),
      );
      if (i + 2 < list.length && rnd.chance(0.3)) {
        data.communityNeighbour.push(
          ...f.communityNeighbours((list[i] as CommunityCtx).row, (list[i + 2] as CommunityCtx).row),
        );
      }
    }
  });
  // Communities on street borders are neighbours too.
  for (let s = 0; s + 1 < streets.length; s++) {
    const a = communitiesByStreet.get((streets[s] as Row<"street">).id) ?? [];
    const b = communitiesByStreet.get((streets[s + 1] as Row<"street">).id) ?? [];
    const last = a[a.length - 1];
    const first = b[0];
    if (last && first) data.communityNeighbour.push(...f.communityNeighbours(last.row, first.row));
  }
  return { streets, communities, communitiesByStreet };
}
