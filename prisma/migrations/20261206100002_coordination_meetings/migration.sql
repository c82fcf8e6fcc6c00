-- AlterEnum
ALTER TYPE "MeetingKind" ADD VALUE 'COORDINATION';

-- DropForeignKey
ALTER TABLE "Meeting" DROP CONSTRAINT "Meeting_committeeId_fkey";

-- AlterTable
ALTER TABLE "Meeting" ALTER COLUMN "committeeId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "AgendaItem" ALTER COLUMN "committeeId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "MeetingAttendee" ALTER COLUMN "committeeId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Resolution" ALTER COLUMN "committeeId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ResolutionConsultation" ALTER COLUMN "committeeId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "Street"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Hand-written constraints (issue 15 item 5: the street's coordination meetings, 街道工作协调会议).
-- A coordination meeting belongs to its street and to no committee; every other meeting to a committee.
-- (The kind is compared as text: the enum value added above cannot be used in this transaction.)
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_coordination_no_committee"
  CHECK (("committeeId" IS NULL) = ("kind"::text = 'COORDINATION'));
-- Rows under a meeting keep its street even when there is no committee (the composite keys with
-- committeeId are not checked when it is null). Attendance and votes keep their NOT NULL committeeId,
-- so a coordination meeting has neither (they are seat holders' only).
CREATE UNIQUE INDEX "Meeting_id_streetId_key" ON "Meeting"("id", "streetId");
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meeting_street_fkey"
  FOREIGN KEY ("meetingId", "streetId") REFERENCES "Meeting"("id", "streetId") ON DELETE CASCADE;
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_meeting_street_fkey"
  FOREIGN KEY ("meetingId", "streetId") REFERENCES "Meeting"("id", "streetId");
ALTER TABLE "MeetingAttendee" ADD CONSTRAINT "MeetingAttendee_meeting_street_fkey"
  FOREIGN KEY ("meetingId", "streetId") REFERENCES "Meeting"("id", "streetId") ON DELETE CASCADE;
CREATE UNIQUE INDEX "Resolution_id_streetId_key" ON "Resolution"("id", "streetId");
ALTER TABLE "ResolutionConsultation" ADD CONSTRAINT "ResolutionConsultation_resolution_street_fkey"
  FOREIGN KEY ("resolutionId", "streetId") REFERENCES "Resolution"("id", "streetId") ON DELETE CASCADE;
CREATE INDEX "Meeting_streetId_kind_scheduledAt_idx" ON "Meeting"("streetId", "kind", "scheduledAt");
