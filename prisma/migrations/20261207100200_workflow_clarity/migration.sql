-- Issue 21, finding 5 (workflow clarity): who set up and who submitted a committee, who nominated a seat
-- (separation of duties: they may not approve it), the reason and date of a dissolution, and the
-- district's setting that lets one person submit and approve in very small streets.
ALTER TABLE "Committee" ADD COLUMN "dissolutionReason" VARCHAR(500),
  ADD COLUMN "dissolvedOn" DATE,
  ADD COLUMN "createdBy" VARCHAR(100),
  ADD COLUMN "submittedBy" VARCHAR(100);

ALTER TABLE "Seat" ADD COLUMN "nominatedBy" VARCHAR(100);

ALTER TABLE "District" ADD COLUMN "allowSelfApproval" BOOLEAN NOT NULL DEFAULT false;

-- A committee's name is unique among the street's committees that are not dissolved (a dissolved
-- committee's name may be taken again). The API refuses first with a typed error; this is the last line.
CREATE UNIQUE INDEX "Committee_unique_active_name" ON "Committee"("streetId", "name") WHERE "status" <> 'DISSOLVED';
