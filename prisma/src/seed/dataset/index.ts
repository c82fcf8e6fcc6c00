/**
 * The seed generator: `buildDataset(scale, seed)` builds a fictional district's rows in memory,
 * phase by phase (places, units, affiliations, people, committees with their seats and members,
 * then a year of work per committee), all drawing from one random stream in a fixed order.
 *
 * - `demo`: one district (210102), one street, 8 communities, ~150 units, ~400 people, two
 *   JOINT committees and one COMMUNITY committee (FILED), plus one DRAFT and one SUBMITTED
 *   committee over the two communities left, with a year (2026) of meetings, funding,
 *   assessments and volunteer work.
 * - `district`: 12 streets, ~120 communities, ~25,000 units, ~30,000 people. Because a
 *   community has at most one active committee, ~120 communities carry ~75 committees at a
 *   time; the ~300 committees are four generations: the current one (2024–, mostly FILED,
 *   a few APPROVED/SUBMITTED/DRAFT) and three earlier arrangements (2015–2017, 2018–2020,
 *   2021–2023) that were DISSOLVED (coverage, memberships and seats ended, funding plans
 *   CLOSED), plus a few REJECTED proposals. Each keeps a year of meetings, funding,
 *   assessments and volunteer work.
 */
import { createFactories, type Dataset, emptyDataset } from "../factories/index.js";
import { HOME_DISTRICT, OTHER_DISTRICTS } from "../names/index.js";
import { buildAffiliations } from "./affiliations.js";
import { buildAssessments } from "./assessments.js";
import { buildCommitteeMembers, buildCommittees } from "./committees.js";
import { buildExpenses } from "./expenses.js";
import { buildFunding, buildNextYearPlans } from "./funding.js";
import { buildJointWork } from "./joint-work.js";
import { buildCoordinationMeetings, buildMeetings } from "./meetings.js";
import type { Build } from "./model.js";
import { buildPersons } from "./persons.js";
import { buildPlaces } from "./places.js";
import { buildRulesDocuments } from "./rules-documents.js";
import { type DatasetOptions, type DistrictChoice, type PeerDistrict, SCALES, type SeedScale } from "./scales.js";
import { buildUnits } from "./units.js";
import { buildVolunteers } from "./volunteers.js";
import { buildOtherWorkplaces } from "./workplaces.js";

export { type DatasetOptions, type DistrictChoice, type PeerDistrict, SCALES, type SeedScale } from "./scales.js";

/**
 * The PRNG seed behind a data set: the user's seed mixed with the scale, so that test
 * fixtures made with `createFactories(n)` never replay the ids of a seeded data set.
 */
function datasetStream(scale: SeedScale, seed: number, district?: DistrictChoice): number {
  const base = (Math.imul(seed | 0, 0x9e3779b1) ^ (scale === "demo" ? 0x5eed_0001 : 0x5eed_0002)) | 0;
  // Another district gets its own stream (and so its own ids) even with the same seed.
  return district && district.code !== HOME_DISTRICT.code
    ? (base ^ Math.imul(Number(district.code), 0x85ebca6b)) | 0
    : base;
}

/**
 * Organisations of a peer district's data set that can be the superior of units elsewhere
 * (party committees of its units, in code order): what the federation demo links to.
 */
export function peerSuperiors(peer: PeerDistrict): { code: string; name: string; districtCode: string }[] {
  const data = buildDataset(peer.scale ?? "demo", peer.seed ?? 1, { district: peer.district });
  return data.partyOrganization
    .filter((o) => o.level === "COMMITTEE" && o.unitId && !o.superiorExternalCode)
    .map((o) => ({ code: o.code, name: o.name, districtCode: peer.district.code }))
    .sort((a, b) => a.code.localeCompare(b.code))
    .slice(0, 8);
}

/** Builds the whole data set in memory (pure and deterministic). */
export function buildDataset(scale: SeedScale, seed = 1, options: DatasetOptions = {}): Dataset {
  const spec = SCALES[scale];
  const homeDistrict = options.district ?? HOME_DISTRICT;
  if (!/^\d{6}$/.test(homeDistrict.code)) throw new Error(`A district code has 6 digits, not "${homeDistrict.code}"`);
  const otherDistricts = OTHER_DISTRICTS.filter((d) => d.code !== homeDistrict.code);
  const f = createFactories(datasetStream(scale, seed, options.district));
  const rnd = f.random;
  const data = emptyDataset();
  const b: Build = { scale, spec, f, rnd, data };

  const places = buildPlaces(b, homeDistrict);
  const units = buildUnits(b, places, homeDistrict);
  const modeOf = buildAffiliations(
    b,
    units,
    otherDistricts,
    options.peer,
    options.peer ? peerSuperiors(options.peer) : undefined,
  );
  buildPersons(b, places, units.orgs);
  const committees = buildCommittees(b, places);
  buildCommitteeMembers(b, committees, modeOf);

  // A year of work per committee.
  for (const cm of committees) {
    if (cm.row.status !== "FILED" && cm.row.status !== "DISSOLVED") continue;
    const meetings = buildMeetings(b, cm);
    buildFunding(b, committees, cm, meetings);
    const teams = buildVolunteers(b, committees, cm);
    buildAssessments(b, cm, teams);
  }
  buildNextYearPlans(b, committees);
  // Appended last: the phases above draw from the random stream exactly as before.
  buildOtherWorkplaces(b, places, units.orgs, homeDistrict.code);
  buildRulesDocuments(b);
  buildCoordinationMeetings(b, committees);
  buildJointWork(b);
  buildExpenses(b);

  return data;
}
