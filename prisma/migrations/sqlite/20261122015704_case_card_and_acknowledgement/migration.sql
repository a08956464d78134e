-- AlterTable
ALTER TABLE "Case" ADD COLUMN "ackDueAt" DATETIME;
ALTER TABLE "Case" ADD COLUMN "cardActivityId" TEXT;
ALTER TABLE "Case" ADD COLUMN "cardClaimedAt" DATETIME;
ALTER TABLE "Case" ADD COLUMN "cardConversationId" TEXT;
ALTER TABLE "Case" ADD COLUMN "cardVersion" INTEGER;

-- CreateIndex
CREATE INDEX "Case_mailbox_ackDueAt_idx" ON "Case"("mailbox", "ackDueAt");
