-- CreateEnum
CREATE TYPE "RegularMeetingCadence" AS ENUM ('MONTHLY', 'QUARTERLY');

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "meetingCadence" "RegularMeetingCadence" NOT NULL DEFAULT 'MONTHLY';

-- CreateTable
CREATE TABLE "MeetingAttendee" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "personId" UUID,
    "representativeName" VARCHAR(50),
    "representativePost" VARCHAR(100),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingAttendee_meetingId_idx" ON "MeetingAttendee"("meetingId");

-- CreateIndex
CREATE INDEX "MeetingAttendee_organizationId_idx" ON "MeetingAttendee"("organizationId");

-- CreateIndex
CREATE INDEX "MeetingAttendee_personId_idx" ON "MeetingAttendee"("personId");

-- CreateIndex
CREATE INDEX "MeetingAttendee_streetId_idx" ON "MeetingAttendee"("streetId");

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written constraints (issue 14 item 3: 列席 of an extended meeting).
-- Scope columns are the meeting's; the organisation is in the meeting's street (a committee covers
-- communities of its own street only, and an attending organisation is located in one of them).
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meeting_scope_fkey"
  FOREIGN KEY ("meetingId", "committeeId", "streetId") REFERENCES "Meeting"("id", "committeeId", "streetId") ON DELETE CASCADE;
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_organization_street_fkey"
  FOREIGN KEY ("organizationId", "streetId") REFERENCES "PartyOrganization"("id", "streetId");
-- A representative is a registered person, or the name and post of someone not registered: exactly one.
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_one_representative" CHECK (
  ("personId" IS NOT NULL AND "representativeName" IS NULL AND "representativePost" IS NULL)
  OR ("personId" IS NULL AND btrim("representativeName") <> '' AND btrim("representativePost") <> '')
);
-- Nobody attends the same meeting twice.
CREATE UNIQUE INDEX "MeetingAttendee_meeting_person_key" ON "MeetingAttendee"("meetingId", "personId")
  WHERE "personId" IS NOT NULL;
CREATE UNIQUE INDEX "MeetingAttendee_meeting_named_key" ON "MeetingAttendee"("meetingId", "organizationId", "representativeName")
  WHERE "personId" IS NULL;
