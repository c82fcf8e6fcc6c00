-- CreateEnum
CREATE TYPE "ExpenseCategory" AS ENUM ('ACTIVITY', 'JOINT_WORK', 'RESIDENT_SERVICE', 'TRAINING', 'PUBLICITY', 'CARE', 'FACILITIES', 'OFFICE', 'OTHER');

-- CreateEnum
CREATE TYPE "ExpenseStatus" AS ENUM ('DRAFT', 'APPROVED', 'PAID', 'REJECTED');

-- CreateEnum
CREATE TYPE "ExpenseApproval" AS ENUM ('RESOLUTION', 'SECRETARY');

-- CreateEnum
CREATE TYPE "PayeeKind" AS ENUM ('UNIT', 'PERSON', 'OTHER');

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "expenseThresholdFen" BIGINT,
ADD COLUMN     "expenseThresholdResolutionId" UUID;

-- CreateTable
CREATE TABLE "FundingBudgetLine" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "category" "ExpenseCategory" NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FundingBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expense" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "streetId" UUID NOT NULL,
    "spentOn" DATE NOT NULL,
    "amountFen" BIGINT NOT NULL,
    "category" "ExpenseCategory" NOT NULL,
    "purpose" VARCHAR(500) NOT NULL,
    "jointWorkItemId" UUID,
    "status" "ExpenseStatus" NOT NULL DEFAULT 'DRAFT',
    "approvalKind" "ExpenseApproval",
    "resolutionId" UUID,
    "approverPersonId" UUID,
    "approvalThresholdFen" BIGINT,
    "approvedAt" TIMESTAMPTZ(3),
    "rejectedAt" TIMESTAMPTZ(3),
    "rejectionReason" VARCHAR(500),
    "paidAt" TIMESTAMPTZ(3),
    "payeeKind" "PayeeKind" NOT NULL,
    "payeeUnitId" UUID,
    "payeePersonId" UUID,
    "payeeName" VARCHAR(200),
    "voucherNumber" VARCHAR(50),
    "voucherFileName" VARCHAR(200),
    "voucherFileContentType" VARCHAR(100),
    "voucherFileSize" INTEGER,
    "voucherFileData" BYTEA,
    "reversesId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FundingBudgetLine_streetId_idx" ON "FundingBudgetLine"("streetId");

-- CreateIndex
CREATE UNIQUE INDEX "FundingBudgetLine_planId_category_key" ON "FundingBudgetLine"("planId", "category");

-- CreateIndex
CREATE UNIQUE INDEX "Expense_reversesId_key" ON "Expense"("reversesId");

-- CreateIndex
CREATE INDEX "Expense_planId_status_idx" ON "Expense"("planId", "status");

-- CreateIndex
CREATE INDEX "Expense_committeeId_spentOn_idx" ON "Expense"("committeeId", "spentOn");

-- CreateIndex
CREATE INDEX "Expense_streetId_idx" ON "Expense"("streetId");

-- CreateIndex
CREATE INDEX "Expense_jointWorkItemId_idx" ON "Expense"("jointWorkItemId");

-- CreateIndex
CREATE INDEX "Expense_resolutionId_idx" ON "Expense"("resolutionId");

-- CreateIndex
CREATE INDEX "Expense_payeeUnitId_idx" ON "Expense"("payeeUnitId");

-- CreateIndex
CREATE INDEX "Expense_payeePersonId_idx" ON "Expense"("payeePersonId");

-- CreateIndex
CREATE INDEX "Expense_approverPersonId_idx" ON "Expense"("approverPersonId");

-- CreateIndex
CREATE INDEX "Committee_expenseThresholdResolutionId_idx" ON "Committee"("expenseThresholdResolutionId");

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_expenseThresholdResolutionId_fkey" FOREIGN KEY ("expenseThresholdResolutionId") REFERENCES "Resolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingBudgetLine" ADD CONSTRAINT "FundingBudgetLine_planId_fkey" FOREIGN KEY ("planId") REFERENCES "FundingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_planId_fkey" FOREIGN KEY ("planId") REFERENCES "FundingPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_jointWorkItemId_fkey" FOREIGN KEY ("jointWorkItemId") REFERENCES "JointWorkItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_approverPersonId_fkey" FOREIGN KEY ("approverPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_payeeUnitId_fkey" FOREIGN KEY ("payeeUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_payeePersonId_fkey" FOREIGN KEY ("payeePersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_reversesId_fkey" FOREIGN KEY ("reversesId") REFERENCES "Expense"("id") ON DELETE SET NULL ON UPDATE CASCADE;




-- Hand-written constraints (issue 16 item 1: the expenditure ledger, 收支两条线).
-- Scope columns are the plan's; a linked joint work item is of the same street (the API checks the committee).
ALTER TABLE "FundingBudgetLine" ADD CONSTRAINT "FundingBudgetLine_plan_scope_fkey"
  FOREIGN KEY ("planId", "committeeId", "streetId") REFERENCES "FundingPlan"("id", "committeeId", "streetId") ON DELETE CASCADE;
ALTER TABLE "FundingBudgetLine" ADD CONSTRAINT "FundingBudgetLine_amount_nonnegative" CHECK ("amountFen" >= 0);
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_plan_scope_fkey"
  FOREIGN KEY ("planId", "committeeId", "streetId") REFERENCES "FundingPlan"("id", "committeeId", "streetId");
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_joint_work_street_fkey"
  FOREIGN KEY ("jointWorkItemId", "streetId") REFERENCES "JointWorkItem"("id", "streetId");
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_expense_threshold" CHECK (
  ("expenseThresholdFen" IS NULL) = ("expenseThresholdResolutionId" IS NULL)
  AND ("expenseThresholdFen" IS NULL OR "expenseThresholdFen" > 0)
);
-- An expense is positive; a reversal is negative, PAID, and references the expense it reverses.
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_amount_sign" CHECK (
  CASE WHEN "reversesId" IS NULL THEN "amountFen" > 0 ELSE "amountFen" < 0 AND "status" = 'PAID' END
);
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_purpose_present" CHECK (btrim("purpose") <> '');
-- The payee: a unit, a person, or a name, exactly as its kind says.
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_payee" CHECK (
  ("payeeKind" = 'UNIT') = ("payeeUnitId" IS NOT NULL)
  AND ("payeeKind" = 'PERSON') = ("payeePersonId" IS NOT NULL)
  AND ("payeeKind" = 'OTHER') = ("payeeName" IS NOT NULL)
  AND ("payeeName" IS NULL OR btrim("payeeName") <> '')
);
-- Approval: a resolution, or the secretary (with the threshold then in effect, above the amount).
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_approval" CHECK (
  ("status" IN ('APPROVED', 'PAID')) = ("approvalKind" IS NOT NULL AND "approvedAt" IS NOT NULL)
);
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_approval_columns" CHECK (
  ("approvalKind" IS NULL AND "resolutionId" IS NULL AND "approverPersonId" IS NULL AND "approvalThresholdFen" IS NULL)
  OR ("approvalKind" = 'RESOLUTION' AND "resolutionId" IS NOT NULL AND "approverPersonId" IS NULL AND "approvalThresholdFen" IS NULL)
  OR ("approvalKind" = 'SECRETARY' AND "resolutionId" IS NULL AND "approverPersonId" IS NOT NULL
      AND "approvalThresholdFen" IS NOT NULL AND abs("amountFen") < "approvalThresholdFen")
);
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_rejected" CHECK (
  ("status" = 'REJECTED') = ("rejectedAt" IS NOT NULL AND "rejectionReason" IS NOT NULL)
);
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_paid" CHECK (
  ("status" = 'PAID') = ("paidAt" IS NOT NULL) AND ("status" <> 'PAID' OR "voucherNumber" IS NOT NULL)
);
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_voucher_file" CHECK (
  ("voucherFileName" IS NULL) = ("voucherFileData" IS NULL)
  AND ("voucherFileName" IS NULL) = ("voucherFileContentType" IS NULL)
  AND ("voucherFileName" IS NULL) = ("voucherFileSize" IS NULL)
);
-- A paid expense (and a reversal) is never changed or deleted: only reversed by a new row.
CREATE FUNCTION "expense_paid_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'PAID' THEN
    RAISE EXCEPTION 'a paid expense is never changed; reverse it' USING ERRCODE = 'check_violation', CONSTRAINT = 'Expense_paid_final';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER "Expense_paid_final" BEFORE UPDATE OR DELETE ON "Expense"
  FOR EACH ROW EXECUTE FUNCTION "expense_paid_is_final"();
-- A committee's threshold names one of its resolutions, which are written after the committee (in the
-- seed's one transaction): checked at commit.
ALTER TABLE "Committee" ALTER CONSTRAINT "Committee_expenseThresholdResolutionId_fkey" DEFERRABLE INITIALLY DEFERRED;
