-- Audit chain sealing (docs/decisions/0004): appends take their seq from AUTOINCREMENT and leave chainSeq,
-- prevHash and hash null, the sealer fills them. Events chained before this migration keep their hashes: their
-- chain position is their seq (hand-written below), and the head's chain length is its seq.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" TEXT,
    "type" TEXT NOT NULL,
    "actor" TEXT,
    "data" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "chainSeq" INTEGER,
    "prevHash" TEXT,
    "hash" TEXT
);
INSERT INTO "new_AuditEvent" ("actor", "at", "caseId", "chainSeq", "data", "hash", "prevHash", "seq", "type") SELECT "actor", "at", "caseId", "seq", "data", "hash", "prevHash", "seq", "type" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");
CREATE INDEX "AuditEvent_caseId_idx" ON "AuditEvent"("caseId");
CREATE TABLE "new_AuditChainHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL,
    "chainSeq" INTEGER NOT NULL DEFAULT 0,
    "hash" TEXT NOT NULL,
    "writes" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_AuditChainHead" ("chainSeq", "hash", "id", "seq", "writes") SELECT "seq", "hash", "id", "seq", "writes" FROM "AuditChainHead";
DROP TABLE "AuditChainHead";
ALTER TABLE "new_AuditChainHead" RENAME TO "AuditChainHead";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
