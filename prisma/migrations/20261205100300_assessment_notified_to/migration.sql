-- CreateIndex
CREATE INDEX "Assessment_organizationId_notifiedAt_idx" ON "Assessment"("organizationId", "notifiedAt");

