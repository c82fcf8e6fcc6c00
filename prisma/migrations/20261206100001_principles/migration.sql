-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- AlterTable
ALTER TABLE "Resolution" ADD COLUMN     "reportedAt" TIMESTAMPTZ(3),
ADD COLUMN     "reportedAtMeetingId" UUID;

-- CreateTable
CREATE TABLE "ResolutionVote" (
    "id" UUID NOT NULL,
    "resolutionId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "choice" "VoteChoice" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ResolutionVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResolutionConsultation" (
    "id" UUID NOT NULL,
    "resolutionId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "position" VARCHAR(500) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ResolutionConsultation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResolutionVote_personId_idx" ON "ResolutionVote"("personId");

-- CreateIndex
CREATE INDEX "ResolutionVote_streetId_idx" ON "ResolutionVote"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "ResolutionVote_resolutionId_personId_key" ON "ResolutionVote"("resolutionId", "personId");

-- CreateIndex
CREATE INDEX "ResolutionConsultation_organizationId_idx" ON "ResolutionConsultation"("organizationId");

-- CreateIndex
CREATE INDEX "ResolutionConsultation_streetId_idx" ON "ResolutionConsultation"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "ResolutionConsultation_resolutionId_organizationId_key" ON "ResolutionConsultation"("resolutionId", "organizationId");

-- CreateIndex
CREATE INDEX "Resolution_reportedAtMeetingId_idx" ON "Resolution"("reportedAtMeetingId");

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_reportedAtMeetingId_fkey" FOREIGN KEY ("reportedAtMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResolutionVote" ADD CONSTRAINT "ResolutionVote_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResolutionVote" ADD CONSTRAINT "ResolutionVote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResolutionConsultation" ADD CONSTRAINT "ResolutionConsultation_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResolutionConsultation" ADD CONSTRAINT "ResolutionConsultation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- Hand-written constraints (issue 15 item 2: the 议事原则 with teeth).
CREATE UNIQUE INDEX "Resolution_id_scope_key" ON "Resolution"("id", "committeeId", "streetId");
-- Votes and consultations carry their resolution's scope columns.
ALTER TABLE "ResolutionVote" ADD CONSTRAINT "ResolutionVote_resolution_scope_fkey"
  FOREIGN KEY ("resolutionId", "committeeId", "streetId") REFERENCES "Resolution"("id", "committeeId", "streetId") ON DELETE CASCADE;
ALTER TABLE "ResolutionConsultation" ADD CONSTRAINT "ResolutionConsultation_resolution_scope_fkey"
  FOREIGN KEY ("resolutionId", "committeeId", "streetId") REFERENCES "Resolution"("id", "committeeId", "streetId") ON DELETE CASCADE;
ALTER TABLE "ResolutionConsultation" ADD CONSTRAINT "ResolutionConsultation_position_present" CHECK (btrim("position") <> '');
-- 急事共商 is reported to a later meeting of the same committee: both columns or neither, urgent resolutions only.
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_report_complete" CHECK (
  ("reportedAtMeetingId" IS NULL) = ("reportedAt" IS NULL)
  AND ("reportedAtMeetingId" IS NULL OR "principle" = 'URGENT_MATTERS_CONSULTED')
);
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_report_meeting_scope_fkey"
  FOREIGN KEY ("reportedAtMeetingId", "committeeId", "streetId") REFERENCES "Meeting"("id", "committeeId", "streetId");
