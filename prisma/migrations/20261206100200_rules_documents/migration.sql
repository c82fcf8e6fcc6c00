-- CreateEnum
CREATE TYPE "RulesDocumentKind" AS ENUM ('WORK_RESPONSIBILITIES', 'COMMITTEE_MEETING_RULES', 'MAJOR_QUESTIONS_DECISION_RULES', 'DEMOCRATIC_SUPERVISION_RULES');

-- CreateTable
CREATE TABLE "RulesDocument" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "kind" "RulesDocumentKind" NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "title" VARCHAR(200) NOT NULL,
    "resolutionId" UUID NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "text" TEXT NOT NULL,
    "previousId" UUID,
    "supersededAt" TIMESTAMPTZ(3),
    "fileName" VARCHAR(200),
    "fileContentType" VARCHAR(100),
    "fileSize" INTEGER,
    "fileData" BYTEA,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RulesDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RulesDocument_previousId_key" ON "RulesDocument"("previousId");

-- CreateIndex
CREATE INDEX "RulesDocument_resolutionId_idx" ON "RulesDocument"("resolutionId");

-- CreateIndex
CREATE INDEX "RulesDocument_streetId_idx" ON "RulesDocument"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "RulesDocument_committeeId_kind_revision_key" ON "RulesDocument"("committeeId", "kind", "revision");

-- AddForeignKey
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "RulesDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hand-written constraints (issue 15 item 4: rules documents, 制度).
-- Scope columns are the committee's; the adopting resolution is one of the same committee.
CREATE UNIQUE INDEX "Resolution_id_committee_street_key" ON "Resolution"("id", "committeeId", "streetId");
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_resolution_scope_fkey"
  FOREIGN KEY ("resolutionId", "committeeId", "streetId") REFERENCES "Resolution"("id", "committeeId", "streetId");
-- A revision revises a document of the same committee and kind; only the first has no previous one.
CREATE UNIQUE INDEX "RulesDocument_id_committee_kind_key" ON "RulesDocument"("id", "committeeId", "kind");
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_previous_same_kind_fkey"
  FOREIGN KEY ("previousId", "committeeId", "kind") REFERENCES "RulesDocument"("id", "committeeId", "kind");
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_revision_chain" CHECK (
  "revision" >= 1 AND (("revision" = 1) = ("previousId" IS NULL))
);
-- At most one current (not superseded) version per committee and kind.
CREATE UNIQUE INDEX "RulesDocument_one_current_per_kind" ON "RulesDocument"("committeeId", "kind")
  WHERE "supersededAt" IS NULL;
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_text_present" CHECK (btrim("text") <> '' AND btrim("title") <> '');
-- The attached file: all of its columns or none; its size is its bytes' (at most 2 MiB), its type one of the accepted.
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_file_complete" CHECK (
  ("fileData" IS NULL AND "fileName" IS NULL AND "fileContentType" IS NULL AND "fileSize" IS NULL)
  OR ("fileData" IS NOT NULL AND btrim("fileName") <> '' AND "fileContentType" IS NOT NULL
      AND "fileSize" = octet_length("fileData") AND "fileSize" BETWEEN 1 AND 2097152)
);
ALTER TABLE "RulesDocument" ADD CONSTRAINT "RulesDocument_file_type" CHECK (
  "fileContentType" IS NULL OR "fileContentType" IN (
    'application/pdf',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.oasis.opendocument.text',
    'text/plain',
    'image/jpeg',
    'image/png'
  )
);
