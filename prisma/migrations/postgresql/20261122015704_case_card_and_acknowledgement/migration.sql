-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "ackDueAt" TIMESTAMP(3),
ADD COLUMN     "cardActivityId" TEXT,
ADD COLUMN     "cardClaimedAt" TIMESTAMP(3),
ADD COLUMN     "cardConversationId" TEXT,
ADD COLUMN     "cardVersion" INTEGER;

-- CreateIndex
CREATE INDEX "Case_mailbox_ackDueAt_idx" ON "Case"("mailbox", "ackDueAt");
