-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorName" VARCHAR(100);
