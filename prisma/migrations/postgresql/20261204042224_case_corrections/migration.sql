-- DropIndex
DROP INDEX "Decision_caseId_actorAadObjectId_verb_key";

-- CreateTable
CREATE TABLE "CaseCorrection" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "fromValue" TEXT NOT NULL,
    "toValue" TEXT NOT NULL,
    "actorAadObjectId" TEXT NOT NULL,
    "cardVersion" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseCorrection_createdAt_kind_idx" ON "CaseCorrection"("createdAt", "kind");

-- CreateIndex
CREATE INDEX "CaseCorrection_caseId_idx" ON "CaseCorrection"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_caseId_actorAadObjectId_verb_cardVersion_key" ON "Decision"("caseId", "actorAadObjectId", "verb", "cardVersion");

-- AddForeignKey
ALTER TABLE "CaseCorrection" ADD CONSTRAINT "CaseCorrection_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
