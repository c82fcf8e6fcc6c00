-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('GOVERNMENT_AGENCY', 'ENTERPRISE_INSTITUTION', 'NEW_ECONOMIC_ORG', 'NEW_SOCIAL_ORG', 'RESIDENTS_COMMITTEE', 'OTHER');

-- CreateEnum
CREATE TYPE "OrgLevel" AS ENUM ('COMMITTEE', 'GENERAL_BRANCH', 'BRANCH');

-- CreateEnum
CREATE TYPE "CommitteeKind" AS ENUM ('COMMUNITY', 'JOINT');

-- CreateEnum
CREATE TYPE "CommitteeStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'FILED', 'DISSOLVED');

-- CreateEnum
CREATE TYPE "ManagementMode" AS ENUM ('DIRECT', 'DUAL');

-- CreateEnum
CREATE TYPE "SeatRole" AS ENUM ('SECRETARY', 'EXECUTIVE_DEPUTY', 'DEPUTY_FULL_TIME', 'DEPUTY_PART_TIME', 'MEMBER');

-- CreateEnum
CREATE TYPE "SeatProduction" AS ENUM ('EX_OFFICIO', 'NOMINATED');

-- CreateEnum
CREATE TYPE "SeatStatus" AS ENUM ('NOMINATED', 'APPROVED', 'FILED', 'REJECTED', 'ENDED');

-- CreateEnum
CREATE TYPE "Qualification" AS ENUM ('ENTHUSIASM', 'COORDINATION', 'AVAILABILITY');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('REGULAR', 'EXTENDED', 'EMERGENCY');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED');

-- CreateEnum
CREATE TYPE "DecisionPrinciple" AS ENUM ('MAJOR_MATTERS_DISCUSSED', 'PRACTICAL_MATTERS_DONE', 'IMPORTANT_MATTERS_DECIDED', 'URGENT_MATTERS_CONSULTED');

-- CreateEnum
CREATE TYPE "FundingPlanStatus" AS ENUM ('DRAFT', 'ADOPTED', 'SUPERSEDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "FundingChannel" AS ENUM ('FISCAL', 'PARTY_DUES', 'TASK_TRANSFER', 'SELF_GENERATED', 'SPONSORSHIP');

-- CreateEnum
CREATE TYPE "ContributionStatus" AS ENUM ('PLEDGED', 'RECEIVED');

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('UNIT_PARTICIPATION', 'COMMITTEE_MEMBER', 'ANNUAL_APPRAISAL', 'POINTS');

-- CreateEnum
CREATE TYPE "AssessmentGrade" AS ENUM ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT');

-- CreateEnum
CREATE TYPE "VolunteerTeamKind" AS ENUM ('PARTY_MEMBER_VOLUNTEERS', 'YOUTH_VOLUNTEERS', 'LEGAL_SERVICE', 'ELDERLY_DISABLED_ASSISTANCE', 'OTHER');

-- CreateTable
CREATE TABLE "District" (
    "id" UUID NOT NULL,
    "code" VARCHAR(12) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Street" (
    "id" UUID NOT NULL,
    "districtId" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Street_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Community" (
    "id" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "households" INTEGER,
    "population" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunityNeighbour" (
    "communityId" UUID NOT NULL,
    "neighbourId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunityNeighbour_pkey" PRIMARY KEY ("communityId","neighbourId")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "creditCode" CHAR(18) NOT NULL,
    "address" VARCHAR(300),
    "contactName" VARCHAR(50),
    "contactPhone" VARCHAR(30),
    "contactEmail" VARCHAR(200),
    "employeeCount" INTEGER,
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyOrganization" (
    "id" UUID NOT NULL,
    "code" VARCHAR(30) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "level" "OrgLevel" NOT NULL,
    "unitId" UUID,
    "communityId" UUID,
    "streetId" UUID NOT NULL,
    "managementMode" "ManagementMode" NOT NULL DEFAULT 'DIRECT',
    "superiorId" UUID,
    "superiorExternalCode" VARCHAR(30),
    "superiorExternalName" VARCHAR(200),
    "superiorDistrictCode" VARCHAR(12),
    "partyMemberCount" INTEGER NOT NULL DEFAULT 0,
    "secretaryName" VARCHAR(50),
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PartyOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Committee" (
    "id" UUID NOT NULL,
    "code" VARCHAR(30) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "CommitteeKind" NOT NULL,
    "status" "CommitteeStatus" NOT NULL DEFAULT 'DRAFT',
    "streetId" UUID NOT NULL,
    "termStart" DATE,
    "termEnd" DATE,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "rejectedAt" TIMESTAMPTZ(3),
    "rejectionReason" VARCHAR(500),
    "filedAt" TIMESTAMPTZ(3),
    "filingNumber" VARCHAR(50),
    "dissolvedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeCommunity" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "communityId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommitteeCommunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "managementMode" "ManagementMode" NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE,
    "responsibilities" VARCHAR(1000),
    "resourcesOffered" VARCHAR(1000),
    "serviceCommitments" VARCHAR(1000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthYear" INTEGER,
    "isPartyMember" BOOLEAN NOT NULL DEFAULT true,
    "partyJoinedOn" DATE,
    "position" VARCHAR(100),
    "streetId" UUID NOT NULL,
    "workplaceOrganizationId" UUID,
    "residenceCommunityId" UUID,
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonPrivate" (
    "personId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "idNumber" CHAR(18) NOT NULL,
    "phone" VARCHAR(20),
    "homeAddress" VARCHAR(300),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PersonPrivate_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "Seat" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "sourceOrganizationId" UUID NOT NULL,
    "role" "SeatRole" NOT NULL,
    "production" "SeatProduction" NOT NULL,
    "status" "SeatStatus" NOT NULL DEFAULT 'NOMINATED',
    "termStart" DATE,
    "termEnd" DATE,
    "nominatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMPTZ(3),
    "filedAt" TIMESTAMPTZ(3),
    "rejectedAt" TIMESTAMPTZ(3),
    "rejectionReason" VARCHAR(500),
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeatAttestation" (
    "id" UUID NOT NULL,
    "seatId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "qualification" "Qualification" NOT NULL,
    "attestedBy" VARCHAR(100) NOT NULL,
    "evidence" VARCHAR(500),
    "attestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SeatAttestation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "title" VARCHAR(200) NOT NULL,
    "scheduledAt" TIMESTAMPTZ(3) NOT NULL,
    "heldAt" TIMESTAMPTZ(3),
    "location" VARCHAR(200),
    "minutes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" VARCHAR(2000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "note" VARCHAR(200),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "agendaItemId" UUID,
    "number" VARCHAR(50) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "text" TEXT NOT NULL,
    "principle" "DecisionPrinciple" NOT NULL,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "votesAbstain" INTEGER,
    "adoptedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingPlan" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "status" "FundingPlanStatus" NOT NULL DEFAULT 'DRAFT',
    "budgetFen" BIGINT NOT NULL,
    "resolutionId" UUID,
    "previousPlanId" UUID,
    "adoptedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "note" VARCHAR(1000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FundingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingIncome" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "channel" "FundingChannel" NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "source" VARCHAR(200) NOT NULL,
    "receivedOn" DATE,
    "note" VARCHAR(500),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FundingIncome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContributionRatio" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "percent" DECIMAL(7,4) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ContributionRatio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "status" "ContributionStatus" NOT NULL DEFAULT 'PLEDGED',
    "pledgedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMPTZ(3),
    "receivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "organizationId" UUID,
    "year" INTEGER NOT NULL,
    "membershipId" UUID,
    "seatId" UUID,
    "personId" UUID,
    "score" DECIMAL(5,2),
    "points" INTEGER,
    "grade" "AssessmentGrade",
    "remarks" VARCHAR(2000),
    "assessedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notifiedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTeam" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "kind" "VolunteerTeamKind" NOT NULL,
    "leaderId" UUID,
    "foundedOn" DATE,
    "endedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerTeamMember" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerActivity" (
    "id" UUID NOT NULL,
    "teamId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "heldOn" DATE NOT NULL,
    "location" VARCHAR(200),
    "participantCount" INTEGER NOT NULL,
    "serviceHours" DECIMAL(8,1) NOT NULL,
    "description" VARCHAR(2000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VolunteerActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" VARCHAR(100) NOT NULL,
    "actorGrants" JSONB NOT NULL,
    "impersonating" JSONB,
    "action" VARCHAR(60) NOT NULL,
    "entityType" VARCHAR(60) NOT NULL,
    "entityId" VARCHAR(100) NOT NULL,
    "streetId" UUID,
    "changedFields" TEXT[],
    "before" JSONB,
    "after" JSONB,
    "requestId" VARCHAR(100),

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "District_code_key" ON "District"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Street_code_key" ON "Street"("code");

-- CreateIndex
CREATE INDEX "Street_districtId_idx" ON "Street"("districtId");

-- CreateIndex
CREATE UNIQUE INDEX "Community_code_key" ON "Community"("code");

-- CreateIndex
CREATE INDEX "Community_streetId_idx" ON "Community"("streetId");

-- CreateIndex
CREATE INDEX "CommunityNeighbour_neighbourId_idx" ON "CommunityNeighbour"("neighbourId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_creditCode_key" ON "Unit"("creditCode");

-- CreateIndex
CREATE INDEX "Unit_communityId_idx" ON "Unit"("communityId");

-- CreateIndex
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");

-- CreateIndex
CREATE INDEX "Unit_streetId_idx" ON "Unit"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyOrganization_code_key" ON "PartyOrganization"("code");

-- CreateIndex
CREATE INDEX "PartyOrganization_unitId_idx" ON "PartyOrganization"("unitId");

-- CreateIndex
CREATE INDEX "PartyOrganization_communityId_idx" ON "PartyOrganization"("communityId");

-- CreateIndex
CREATE INDEX "PartyOrganization_superiorId_idx" ON "PartyOrganization"("superiorId");

-- CreateIndex
CREATE INDEX "PartyOrganization_superiorExternalCode_idx" ON "PartyOrganization"("superiorExternalCode");

-- CreateIndex
CREATE INDEX "PartyOrganization_streetId_idx" ON "PartyOrganization"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_code_key" ON "Committee"("code");

-- CreateIndex
CREATE INDEX "Committee_streetId_status_idx" ON "Committee"("streetId", "status");

-- CreateIndex
CREATE INDEX "CommitteeCommunity_committeeId_idx" ON "CommitteeCommunity"("committeeId");

-- CreateIndex
CREATE INDEX "CommitteeCommunity_communityId_idx" ON "CommitteeCommunity"("communityId");

-- CreateIndex
CREATE INDEX "CommitteeCommunity_streetId_idx" ON "CommitteeCommunity"("streetId");

-- CreateIndex
CREATE INDEX "Membership_committeeId_idx" ON "Membership"("committeeId");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE INDEX "Membership_streetId_idx" ON "Membership"("streetId");

-- CreateIndex
CREATE INDEX "Person_workplaceOrganizationId_idx" ON "Person"("workplaceOrganizationId");

-- CreateIndex
CREATE INDEX "Person_residenceCommunityId_idx" ON "Person"("residenceCommunityId");

-- CreateIndex
CREATE INDEX "Person_streetId_idx" ON "Person"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonPrivate_idNumber_key" ON "PersonPrivate"("idNumber");

-- CreateIndex
CREATE INDEX "Seat_committeeId_status_idx" ON "Seat"("committeeId", "status");

-- CreateIndex
CREATE INDEX "Seat_personId_idx" ON "Seat"("personId");

-- CreateIndex
CREATE INDEX "Seat_sourceOrganizationId_idx" ON "Seat"("sourceOrganizationId");

-- CreateIndex
CREATE INDEX "Seat_streetId_idx" ON "Seat"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "SeatAttestation_seatId_qualification_key" ON "SeatAttestation"("seatId", "qualification");

-- CreateIndex
CREATE INDEX "Meeting_committeeId_scheduledAt_idx" ON "Meeting"("committeeId", "scheduledAt");

-- CreateIndex
CREATE INDEX "Meeting_streetId_idx" ON "Meeting"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "Attendance_personId_idx" ON "Attendance"("personId");

-- CreateIndex
CREATE INDEX "Attendance_streetId_idx" ON "Attendance"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_personId_key" ON "Attendance"("meetingId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_meetingId_number_key" ON "Resolution"("meetingId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "FundingPlan_previousPlanId_key" ON "FundingPlan"("previousPlanId");

-- CreateIndex
CREATE INDEX "FundingPlan_streetId_idx" ON "FundingPlan"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingPlan_committeeId_year_revision_key" ON "FundingPlan"("committeeId", "year", "revision");

-- CreateIndex
CREATE INDEX "FundingIncome_planId_channel_idx" ON "FundingIncome"("planId", "channel");

-- CreateIndex
CREATE INDEX "ContributionRatio_membershipId_idx" ON "ContributionRatio"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "ContributionRatio_planId_membershipId_key" ON "ContributionRatio"("planId", "membershipId");

-- CreateIndex
CREATE INDEX "Contribution_planId_idx" ON "Contribution"("planId");

-- CreateIndex
CREATE INDEX "Contribution_membershipId_idx" ON "Contribution"("membershipId");

-- CreateIndex
CREATE INDEX "Contribution_streetId_idx" ON "Contribution"("streetId");

-- CreateIndex
CREATE INDEX "Assessment_committeeId_year_kind_idx" ON "Assessment"("committeeId", "year", "kind");

-- CreateIndex
CREATE INDEX "Assessment_membershipId_idx" ON "Assessment"("membershipId");

-- CreateIndex
CREATE INDEX "Assessment_seatId_idx" ON "Assessment"("seatId");

-- CreateIndex
CREATE INDEX "Assessment_personId_idx" ON "Assessment"("personId");

-- CreateIndex
CREATE INDEX "Assessment_streetId_idx" ON "Assessment"("streetId");

-- CreateIndex
CREATE INDEX "VolunteerTeam_committeeId_idx" ON "VolunteerTeam"("committeeId");

-- CreateIndex
CREATE INDEX "VolunteerTeam_streetId_idx" ON "VolunteerTeam"("streetId");

-- CreateIndex
CREATE INDEX "VolunteerTeamMember_teamId_idx" ON "VolunteerTeamMember"("teamId");

-- CreateIndex
CREATE INDEX "VolunteerTeamMember_personId_idx" ON "VolunteerTeamMember"("personId");

-- CreateIndex
CREATE INDEX "VolunteerActivity_teamId_heldOn_idx" ON "VolunteerActivity"("teamId", "heldOn");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- AddForeignKey
ALTER TABLE "Street" ADD CONSTRAINT "Street_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Community" ADD CONSTRAINT "Community_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "Street"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityNeighbour" ADD CONSTRAINT "CommunityNeighbour_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunityNeighbour" ADD CONSTRAINT "CommunityNeighbour_neighbourId_fkey" FOREIGN KEY ("neighbourId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyOrganization" ADD CONSTRAINT "PartyOrganization_superiorId_fkey" FOREIGN KEY ("superiorId") REFERENCES "PartyOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "Street"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeCommunity" ADD CONSTRAINT "CommitteeCommunity_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeCommunity" ADD CONSTRAINT "CommitteeCommunity_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_workplaceOrganizationId_fkey" FOREIGN KEY ("workplaceOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_residenceCommunityId_fkey" FOREIGN KEY ("residenceCommunityId") REFERENCES "Community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonPrivate" ADD CONSTRAINT "PersonPrivate_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_sourceOrganizationId_fkey" FOREIGN KEY ("sourceOrganizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeatAttestation" ADD CONSTRAINT "SeatAttestation_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingPlan" ADD CONSTRAINT "FundingPlan_previousPlanId_fkey" FOREIGN KEY ("previousPlanId") REFERENCES "FundingPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingIncome" ADD CONSTRAINT "FundingIncome_planId_fkey" FOREIGN KEY ("planId") REFERENCES "FundingPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionRatio" ADD CONSTRAINT "ContributionRatio_planId_fkey" FOREIGN KEY ("planId") REFERENCES "FundingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContributionRatio" ADD CONSTRAINT "ContributionRatio_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_planId_fkey" FOREIGN KEY ("planId") REFERENCES "FundingPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeam" ADD CONSTRAINT "VolunteerTeam_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerTeamMember" ADD CONSTRAINT "VolunteerTeamMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerActivity" ADD CONSTRAINT "VolunteerActivity_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "VolunteerTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

