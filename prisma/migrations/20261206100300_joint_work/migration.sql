-- CreateEnum
CREATE TYPE "JointWorkCategory" AS ENUM ('PARTY_BUILDING', 'RESOURCE_SHARING', 'CIVILITY', 'SERVICE_PROBLEMS', 'PUBLIC_WELFARE', 'LIVING_ENVIRONMENT');

-- CreateEnum
CREATE TYPE "JointWorkStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'CLOSED', 'DROPPED');

-- CreateEnum
CREATE TYPE "JointWorkRaiser" AS ENUM ('MEMBER_ORGANIZATION', 'PARTY_MEMBER', 'RESIDENT');

-- CreateEnum
CREATE TYPE "JointWorkRole" AS ENUM ('LEAD', 'CO_OPERATING');

-- CreateTable
CREATE TABLE "JointWorkItem" (
    "id" UUID NOT NULL,
    "committeeId" UUID,
    "streetId" UUID NOT NULL,
    "originResolutionId" UUID,
    "raisedByKind" "JointWorkRaiser",
    "raisedByName" VARCHAR(200),
    "agendaItemId" UUID,
    "category" "JointWorkCategory" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "description" VARCHAR(2000),
    "deadline" DATE NOT NULL,
    "fundingPlanId" UUID,
    "status" "JointWorkStatus" NOT NULL DEFAULT 'OPEN',
    "startedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "closingResolutionId" UUID,
    "droppedAt" TIMESTAMPTZ(3),
    "dropReason" VARCHAR(500),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JointWorkItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointWorkParticipant" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "committeeId" UUID,
    "streetId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "role" "JointWorkRole" NOT NULL,
    "responsiblePerson" VARCHAR(50) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JointWorkParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointWorkProgress" (
    "id" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "committeeId" UUID,
    "streetId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "reportedOn" DATE NOT NULL,
    "text" VARCHAR(2000) NOT NULL,
    "percent" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "JointWorkProgress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JointWorkItem_committeeId_status_idx" ON "JointWorkItem"("committeeId", "status");

-- CreateIndex
CREATE INDEX "JointWorkItem_streetId_idx" ON "JointWorkItem"("streetId");

-- CreateIndex
CREATE INDEX "JointWorkItem_originResolutionId_idx" ON "JointWorkItem"("originResolutionId");

-- CreateIndex
CREATE INDEX "JointWorkItem_closingResolutionId_idx" ON "JointWorkItem"("closingResolutionId");

-- CreateIndex
CREATE INDEX "JointWorkItem_agendaItemId_idx" ON "JointWorkItem"("agendaItemId");

-- CreateIndex
CREATE INDEX "JointWorkItem_fundingPlanId_idx" ON "JointWorkItem"("fundingPlanId");

-- CreateIndex
CREATE INDEX "JointWorkParticipant_organizationId_idx" ON "JointWorkParticipant"("organizationId");

-- CreateIndex
CREATE INDEX "JointWorkParticipant_streetId_idx" ON "JointWorkParticipant"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "JointWorkParticipant_itemId_organizationId_key" ON "JointWorkParticipant"("itemId", "organizationId");

-- CreateIndex
CREATE INDEX "JointWorkProgress_itemId_reportedOn_idx" ON "JointWorkProgress"("itemId", "reportedOn");

-- CreateIndex
CREATE INDEX "JointWorkProgress_organizationId_idx" ON "JointWorkProgress"("organizationId");

-- CreateIndex
CREATE INDEX "JointWorkProgress_streetId_idx" ON "JointWorkProgress"("streetId");

-- AddForeignKey
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_originResolutionId_fkey" FOREIGN KEY ("originResolutionId") REFERENCES "Resolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_fundingPlanId_fkey" FOREIGN KEY ("fundingPlanId") REFERENCES "FundingPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_closingResolutionId_fkey" FOREIGN KEY ("closingResolutionId") REFERENCES "Resolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointWorkParticipant" ADD CONSTRAINT "JointWorkParticipant_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "JointWorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointWorkParticipant" ADD CONSTRAINT "JointWorkParticipant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointWorkProgress" ADD CONSTRAINT "JointWorkProgress_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "JointWorkItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointWorkProgress" ADD CONSTRAINT "JointWorkProgress_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "PartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;




-- Hand-written constraints (issue 15 item 3: joint work, 共建项目/事项).
-- Scope columns are the committee's (or only the street's, for a street's joint work); participants and
-- progress reports carry their item's; organisations are of the same street.
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_committee_street_fkey"
  FOREIGN KEY ("committeeId", "streetId") REFERENCES "Committee"("id", "streetId");
CREATE UNIQUE INDEX "JointWorkItem_id_streetId_key" ON "JointWorkItem"("id", "streetId");
ALTER TABLE "JointWorkParticipant" ADD CONSTRAINT "JointWorkParticipant_item_street_fkey"
  FOREIGN KEY ("itemId", "streetId") REFERENCES "JointWorkItem"("id", "streetId") ON DELETE CASCADE;
ALTER TABLE "JointWorkParticipant" ADD CONSTRAINT "JointWorkParticipant_organization_street_fkey"
  FOREIGN KEY ("organizationId", "streetId") REFERENCES "PartyOrganization"("id", "streetId");
ALTER TABLE "JointWorkProgress" ADD CONSTRAINT "JointWorkProgress_item_street_fkey"
  FOREIGN KEY ("itemId", "streetId") REFERENCES "JointWorkItem"("id", "streetId") ON DELETE CASCADE;
ALTER TABLE "JointWorkProgress" ADD CONSTRAINT "JointWorkProgress_organization_street_fkey"
  FOREIGN KEY ("organizationId", "streetId") REFERENCES "PartyOrganization"("id", "streetId");
-- Born from a resolution, or raised by someone (who: a name), never both.
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_origin" CHECK (
  ("originResolutionId" IS NULL) <> ("raisedByKind" IS NULL)
  AND (("raisedByKind" IS NULL) = ("raisedByName" IS NULL))
  AND ("raisedByName" IS NULL OR btrim("raisedByName") <> '')
);
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_title_present" CHECK (btrim("title") <> '');
-- A dropped item has its reason, a closed one its closing resolution; no other status has them.
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_dropped" CHECK (
  ("status" = 'DROPPED') = ("dropReason" IS NOT NULL AND "droppedAt" IS NOT NULL)
  AND ("dropReason" IS NULL OR btrim("dropReason") <> '')
);
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_closed" CHECK (
  ("status" = 'CLOSED') = ("closingResolutionId" IS NOT NULL AND "closedAt" IS NOT NULL)
);
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_started" CHECK (
  "status" IN ('OPEN', 'DROPPED') OR "startedAt" IS NOT NULL
);
ALTER TABLE "JointWorkItem" ADD CONSTRAINT "JointWorkItem_completed" CHECK (
  ("status" IN ('DONE', 'CLOSED')) = ("completedAt" IS NOT NULL)
);
-- One lead organisation per item.
CREATE UNIQUE INDEX "JointWorkParticipant_one_lead" ON "JointWorkParticipant"("itemId") WHERE "role" = 'LEAD';
ALTER TABLE "JointWorkParticipant" ADD CONSTRAINT "JointWorkParticipant_person_present" CHECK (btrim("responsiblePerson") <> '');
ALTER TABLE "JointWorkProgress" ADD CONSTRAINT "JointWorkProgress_percent" CHECK ("percent" BETWEEN 0 AND 100);
ALTER TABLE "JointWorkProgress" ADD CONSTRAINT "JointWorkProgress_text_present" CHECK (btrim("text") <> '');
