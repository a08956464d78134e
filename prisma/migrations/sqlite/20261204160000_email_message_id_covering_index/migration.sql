-- DropIndex
DROP INDEX "Email_messageId_idx";

-- CreateIndex
CREATE INDEX "Email_messageId_sha256_caseId_id_idx" ON "Email"("messageId", "sha256", "caseId", "id");
