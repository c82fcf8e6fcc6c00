-- CreateEnum
CREATE TYPE "WorkplaceKind" AS ENUM ('ORGANIZATION', 'EXTERNAL_ORGANIZATION', 'UNREGISTERED_EMPLOYER');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "workplaceCreditCode" CHAR(18),
ADD COLUMN     "workplaceDistrictCode" VARCHAR(12),
ADD COLUMN     "workplaceEmployerName" VARCHAR(200),
ADD COLUMN     "workplaceExternalCode" VARCHAR(30),
ADD COLUMN     "workplaceKind" "WorkplaceKind";


-- Hand-written below the generated DDL.

-- Existing workplaces are organisations registered in this district.
UPDATE "Person" SET "workplaceKind" = 'ORGANIZATION' WHERE "workplaceOrganizationId" IS NOT NULL;

-- Exactly the columns of the workplace's kind are set (none without a workplace).
ALTER TABLE "Person" ADD CONSTRAINT "Person_workplace_kind" CHECK (
  COALESCE(CASE "workplaceKind"
    WHEN 'ORGANIZATION' THEN "workplaceOrganizationId" IS NOT NULL
      AND "workplaceExternalCode" IS NULL AND "workplaceDistrictCode" IS NULL
      AND "workplaceEmployerName" IS NULL AND "workplaceCreditCode" IS NULL
    WHEN 'EXTERNAL_ORGANIZATION' THEN "workplaceOrganizationId" IS NULL
      AND "workplaceExternalCode" IS NOT NULL AND "workplaceDistrictCode" IS NOT NULL
      AND "workplaceEmployerName" IS NULL AND "workplaceCreditCode" IS NULL
    WHEN 'UNREGISTERED_EMPLOYER' THEN "workplaceOrganizationId" IS NULL
      AND "workplaceExternalCode" IS NULL AND "workplaceDistrictCode" IS NULL
      AND "workplaceEmployerName" IS NOT NULL AND "workplaceCreditCode" IS NOT NULL
  END, false)
  OR ("workplaceKind" IS NULL AND "workplaceOrganizationId" IS NULL
    AND "workplaceExternalCode" IS NULL AND "workplaceDistrictCode" IS NULL
    AND "workplaceEmployerName" IS NULL AND "workplaceCreditCode" IS NULL)
);
-- An external organisation's district is a 6-digit division code; an employer's credit code is valid.
ALTER TABLE "Person" ADD CONSTRAINT "Person_workplaceDistrictCode_format"
  CHECK ("workplaceDistrictCode" IS NULL OR "workplaceDistrictCode" ~ '^[0-9]{6}$');
ALTER TABLE "Person" ADD CONSTRAINT "Person_workplaceCreditCode_valid"
  CHECK ("workplaceCreditCode" IS NULL OR gj_credit_code_valid("workplaceCreditCode"));
