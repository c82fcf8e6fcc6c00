-- Invariants that PostgreSQL holds itself, in addition to the domain layer's checks.
-- Written by hand (Prisma's schema language cannot express them). Each constraint is
-- named so the API can translate a violation into a typed error.

-- Unified social credit code (GB 32100-2015): format and check character.
CREATE FUNCTION gj_credit_code_valid(code text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  alphabet constant text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
  weights constant int[] := ARRAY[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28];
  total int := 0;
  pos int;
  expected int;
BEGIN
  IF code !~ '^[0-9A-HJ-NPQRTUWXY]{18}$' THEN
    RETURN false;
  END IF;
  FOR i IN 1..17 LOOP
    pos := strpos(alphabet, substr(code, i, 1)) - 1;
    total := total + pos * weights[i];
  END LOOP;
  expected := (31 - total % 31) % 31;
  RETURN substr(alphabet, expected + 1, 1) = substr(code, 18, 1);
END;
$$;

ALTER TABLE "Unit" ADD CONSTRAINT "Unit_creditCode_valid" CHECK (gj_credit_code_valid("creditCode"));
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_employeeCount_nonnegative" CHECK ("employeeCount" IS NULL OR "employeeCount" >= 0);

ALTER TABLE "Community" ADD CONSTRAINT "Community_counts_nonnegative"
  CHECK (("households" IS NULL OR "households" >= 0) AND ("population" IS NULL OR "population" >= 0));
ALTER TABLE "CommunityNeighbour" ADD CONSTRAINT "CommunityNeighbour_not_self" CHECK ("communityId" <> "neighbourId");

-- A party organisation belongs to exactly one unit or one community; its superior is local
-- or external, never both, and never itself.
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_one_owner"
  CHECK (num_nonnulls("unitId", "communityId") = 1);
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_one_superior"
  CHECK ("superiorId" IS NULL OR "superiorExternalCode" IS NULL);
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_not_own_superior"
  CHECK ("superiorId" IS NULL OR "superiorId" <> "id");
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_external_has_district"
  CHECK ("superiorExternalCode" IS NULL OR "superiorDistrictCode" IS NOT NULL);
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_memberCount_nonnegative"
  CHECK ("partyMemberCount" >= 0);

-- Committees: lifecycle timestamps agree with the status.
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_term_order" CHECK ("termEnd" IS NULL OR "termStart" IS NULL OR "termEnd" >= "termStart");
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_status_timestamps" CHECK (
  ("status" NOT IN ('SUBMITTED', 'APPROVED', 'FILED') OR "submittedAt" IS NOT NULL)
  AND ("status" NOT IN ('APPROVED', 'FILED') OR "approvedAt" IS NOT NULL)
  AND ("status" <> 'FILED' OR "filedAt" IS NOT NULL)
  AND ("status" <> 'REJECTED' OR "rejectedAt" IS NOT NULL)
  AND ("status" <> 'DISSOLVED' OR "dissolvedAt" IS NOT NULL)
);

-- A community is covered by at most one active committee.
CREATE UNIQUE INDEX "CommitteeCommunity_one_active_committee" ON "CommitteeCommunity"("communityId") WHERE "endedAt" IS NULL;
ALTER TABLE "CommitteeCommunity" ADD CONSTRAINT "CommitteeCommunity_period_order" CHECK ("endedAt" IS NULL OR "endedAt" >= "startedAt");

-- An organisation has at most one active membership in a committee.
CREATE UNIQUE INDEX "Membership_one_active" ON "Membership"("committeeId", "organizationId") WHERE "toDate" IS NULL;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_period_order" CHECK ("toDate" IS NULL OR "toDate" >= "fromDate");

-- Persons.
ALTER TABLE "Person" ADD CONSTRAINT "Person_birthYear_range" CHECK ("birthYear" IS NULL OR "birthYear" BETWEEN 1900 AND 2100);
ALTER TABLE "PersonPrivate" ADD CONSTRAINT "PersonPrivate_idNumber_format" CHECK ("idNumber" ~ '^[0-9]{17}[0-9X]$');
ALTER TABLE "PersonPrivate" ADD CONSTRAINT "PersonPrivate_phone_format" CHECK ("phone" IS NULL OR "phone" ~ '^[0-9+ -]{5,20}$');

-- Seats: at most one active secretary, one active executive deputy and one active full-time
-- deputy per committee; a person holds at most one active seat on a committee.
CREATE UNIQUE INDEX "Seat_one_active_secretary" ON "Seat"("committeeId")
  WHERE "role" = 'SECRETARY' AND "status" IN ('NOMINATED', 'APPROVED', 'FILED');
CREATE UNIQUE INDEX "Seat_one_active_executive_deputy" ON "Seat"("committeeId")
  WHERE "role" = 'EXECUTIVE_DEPUTY' AND "status" IN ('NOMINATED', 'APPROVED', 'FILED');
CREATE UNIQUE INDEX "Seat_one_active_full_time_deputy" ON "Seat"("committeeId")
  WHERE "role" = 'DEPUTY_FULL_TIME' AND "status" IN ('NOMINATED', 'APPROVED', 'FILED');
CREATE UNIQUE INDEX "Seat_one_active_seat_per_person" ON "Seat"("committeeId", "personId")
  WHERE "status" IN ('NOMINATED', 'APPROVED', 'FILED');
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_term_order" CHECK ("termEnd" IS NULL OR "termStart" IS NULL OR "termEnd" >= "termStart");
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_status_timestamps" CHECK (
  ("status" NOT IN ('APPROVED', 'FILED') OR "approvedAt" IS NOT NULL)
  AND ("status" <> 'FILED' OR "filedAt" IS NOT NULL)
  AND ("status" <> 'REJECTED' OR "rejectedAt" IS NOT NULL)
  AND ("status" <> 'ENDED' OR "endedAt" IS NOT NULL)
);

-- Meetings.
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_held_has_time" CHECK ("status" <> 'HELD' OR "heldAt" IS NOT NULL);
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_position_positive" CHECK ("position" >= 1);
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_votes_nonnegative" CHECK (
  ("votesFor" IS NULL OR "votesFor" >= 0) AND ("votesAgainst" IS NULL OR "votesAgainst" >= 0)
  AND ("votesAbstain" IS NULL OR "votesAbstain" >= 0)
);

-- Funding: amounts in whole fen, never negative; ratios between 0 and 100 percent; an
-- adopted (or later) plan refers to the resolution that set it; one adopted plan per
-- committee and year.
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_budget_nonnegative" CHECK ("budgetFen" >= 0);
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_year_range" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_revision_positive" CHECK ("revision" >= 1);
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_adopted_has_resolution"
  CHECK ("status" = 'DRAFT' OR ("resolutionId" IS NOT NULL AND "adoptedAt" IS NOT NULL));
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_closed_has_time" CHECK ("status" <> 'CLOSED' OR "closedAt" IS NOT NULL);
CREATE UNIQUE INDEX "FundingPlan_one_adopted_per_year" ON "FundingPlan"("committeeId", "year") WHERE "status" = 'ADOPTED';
ALTER TABLE "FundingIncome" ADD CONSTRAINT "FundingIncome_amount_positive" CHECK ("amountFen" > 0);
ALTER TABLE "ContributionRatio" ADD CONSTRAINT "ContributionRatio_percent_range" CHECK ("percent" >= 0 AND "percent" <= 100);
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_amount_positive" CHECK ("amountFen" > 0);
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_received_has_time" CHECK ("status" <> 'RECEIVED' OR "receivedAt" IS NOT NULL);

-- Assessments: the subject matches the kind; scores 0–100.
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_subject_matches_kind" CHECK (
  CASE "kind"
    WHEN 'UNIT_PARTICIPATION' THEN "membershipId" IS NOT NULL AND "seatId" IS NULL AND "personId" IS NULL
    WHEN 'COMMITTEE_MEMBER' THEN "seatId" IS NOT NULL AND "personId" IS NOT NULL AND "membershipId" IS NULL
    WHEN 'ANNUAL_APPRAISAL' THEN "personId" IS NOT NULL AND "membershipId" IS NULL AND "seatId" IS NULL
    WHEN 'POINTS' THEN "personId" IS NOT NULL AND "points" IS NOT NULL AND "membershipId" IS NULL AND "seatId" IS NULL
  END
);
-- One assessment of a kind per subject, committee and year.
CREATE UNIQUE INDEX "Assessment_one_per_subject_year"
  ON "Assessment"("committeeId", "kind", "year", COALESCE("membershipId", "seatId", "personId"));
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_score_range" CHECK ("score" IS NULL OR ("score" >= 0 AND "score" <= 100));
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_year_range" CHECK ("year" BETWEEN 2000 AND 2100);

-- Volunteers.
CREATE UNIQUE INDEX "VolunteerTeamMember_one_active" ON "VolunteerTeamMember"("teamId", "personId") WHERE "leftOn" IS NULL;
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_period_order" CHECK ("leftOn" IS NULL OR "leftOn" >= "joinedOn");
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_counts_nonnegative"
  CHECK ("participantCount" >= 0 AND "serviceHours" >= 0);

-- Optimistic concurrency counters start at 1 and only grow (the API increments them).
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT table_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND column_name = 'version'
  LOOP
    EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK ("version" >= 1)', t, t || '_version_positive');
  END LOOP;
END;
$$;

-- The audit log is append-only.
CREATE FUNCTION gj_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only' USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION gj_audit_append_only();

-- Scope columns (streetId, committeeId) are copies of the parent's, so that every permission
-- rule is a condition on a row's own columns. Composite foreign keys keep the copies equal to
-- the parent's values; they also keep a committee's coverage and members inside its street.
CREATE UNIQUE INDEX "Community_id_streetId_key" ON "Community"("id", "streetId");
CREATE UNIQUE INDEX "Unit_id_streetId_key" ON "Unit"("id", "streetId");
CREATE UNIQUE INDEX "PartyOrganization_id_streetId_key" ON "PartyOrganization"("id", "streetId");
CREATE UNIQUE INDEX "Committee_id_streetId_key" ON "Committee"("id", "streetId");
CREATE UNIQUE INDEX "Person_id_streetId_key" ON "Person"("id", "streetId");
CREATE UNIQUE INDEX "Membership_id_committeeId_key" ON "Membership"("id", "committeeId");
CREATE UNIQUE INDEX "Seat_id_scope_key" ON "Seat"("id", "committeeId", "streetId");
CREATE UNIQUE INDEX "Meeting_id_scope_key" ON "Meeting"("id", "committeeId", "streetId");
CREATE UNIQUE INDEX "FundingPlan_id_scope_key" ON "FundingPlan"("id", "committeeId", "streetId");
CREATE UNIQUE INDEX "VolunteerTeam_id_scope_key" ON "VolunteerTeam"("id", "committeeId", "streetId");

ALTER TABLE "Unit" ADD CONSTRAINT "Unit_community_street_fkey"
  FOREIGN KEY ("communityId", "streetId") REFERENCES "Community"("id", "streetId");
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_unit_street_fkey"
  FOREIGN KEY ("unitId", "streetId") REFERENCES "Unit"("id", "streetId");
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_community_street_fkey"
  FOREIGN KEY ("communityId", "streetId") REFERENCES "Community"("id", "streetId");
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_dual_has_superior"
  CHECK ("managementMode" = 'DIRECT' OR "superiorId" IS NOT NULL OR "superiorExternalCode" IS NOT NULL);
ALTER TABLE "Person" ADD CONSTRAINT "Person_street_fkey" FOREIGN KEY ("streetId") REFERENCES "Street"("id");
ALTER TABLE "PersonPrivate" ADD CONSTRAINT "PersonPrivate_person_street_fkey"
  FOREIGN KEY ("personId", "streetId") REFERENCES "Person"("id", "streetId") ON DELETE CASCADE;
ALTER TABLE "CommitteeCommunity" ADD CONSTRAINT "CommitteeCommunity_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
ALTER TABLE "CommitteeCommunity" ADD CONSTRAINT "CommitteeCommunity_community_street_fkey"
  FOREIGN KEY ("communityId", "streetId") REFERENCES "Community"("id", "streetId");
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organization_street_fkey"
  FOREIGN KEY ("organizationId", "streetId") REFERENCES "PartyOrganization"("id", "streetId");
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
ALTER TABLE "SeatAttestation" ADD CONSTRAINT "SeatAttestation_seat_scope_fkey"
  FOREIGN KEY ("seatId", "committeeId", "streetId") REFERENCES "Seat"("id", "committeeId", "streetId") ON DELETE CASCADE;
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meeting_scope_fkey"
  FOREIGN KEY ("meetingId", "committeeId", "streetId") REFERENCES "Meeting"("id", "committeeId", "streetId") ON DELETE CASCADE;
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meeting_scope_fkey"
  FOREIGN KEY ("meetingId", "committeeId", "streetId") REFERENCES "Meeting"("id", "committeeId", "streetId") ON DELETE CASCADE;
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_meeting_scope_fkey"
  FOREIGN KEY ("meetingId", "committeeId", "streetId") REFERENCES "Meeting"("id", "committeeId", "streetId");
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
ALTER TABLE "FundingIncome" ADD CONSTRAINT "FundingIncome_plan_scope_fkey"
  FOREIGN KEY ("planId", "committeeId", "streetId") REFERENCES "FundingPlan"("id", "committeeId", "streetId");
ALTER TABLE "ContributionRatio" ADD CONSTRAINT "ContributionRatio_plan_scope_fkey"
  FOREIGN KEY ("planId", "committeeId", "streetId") REFERENCES "FundingPlan"("id", "committeeId", "streetId") ON DELETE CASCADE;
ALTER TABLE "ContributionRatio" ADD CONSTRAINT "ContributionRatio_membership_committee_fkey"
  FOREIGN KEY ("membershipId", "committeeId") REFERENCES "Membership"("id", "committeeId");
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_plan_scope_fkey"
  FOREIGN KEY ("planId", "committeeId", "streetId") REFERENCES "FundingPlan"("id", "committeeId", "streetId");
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_membership_committee_fkey"
  FOREIGN KEY ("membershipId", "committeeId") REFERENCES "Membership"("id", "committeeId");
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_organization_fkey"
  FOREIGN KEY ("organizationId") REFERENCES "PartyOrganization"("id");
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_team_scope_fkey"
  FOREIGN KEY ("teamId", "committeeId", "streetId") REFERENCES "VolunteerTeam"("id", "committeeId", "streetId");
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_team_scope_fkey"
  FOREIGN KEY ("teamId", "committeeId", "streetId") REFERENCES "VolunteerTeam"("id", "committeeId", "streetId");
