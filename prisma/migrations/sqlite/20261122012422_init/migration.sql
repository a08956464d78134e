-- CreateTable
CREATE TABLE "Organisation" (
    "odsCode" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "type" TEXT NOT NULL,
    "parentOdsCode" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "email" TEXT,
    "address" TEXT,
    "postcode" TEXT,
    "phone" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_parentOdsCode_fkey" FOREIGN KEY ("parentOdsCode") REFERENCES "Organisation" ("odsCode") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "verificationIssuedAt" DATETIME,
    "tempPasswordIssuedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "odsCode" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleAssignment_odsCode_fkey" FOREIGN KEY ("odsCode") REFERENCES "Organisation" ("odsCode") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuthorisedApprover" (
    "email" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "icb" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "KnownSignatory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "odsCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KnownSignatory_odsCode_fkey" FOREIGN KEY ("odsCode") REFERENCES "Organisation" ("odsCode") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Email" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceKey" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "uidValidity" TEXT,
    "uid" INTEGER,
    "messageId" TEXT,
    "sha256" TEXT NOT NULL,
    "raw" BLOB,
    "disposition" TEXT NOT NULL,
    "parsed" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "storedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "caseId" TEXT,
    CONSTRAINT "Email_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "emailId" TEXT NOT NULL,
    "filename" TEXT,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BLOB,
    CONSTRAINT "Attachment_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "Email" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseRefCounter" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "last" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ref" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "parsed" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "requesterEmail" TEXT,
    "odsCode" TEXT,
    "queuedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "actorAadObjectId" TEXT NOT NULL,
    "actorName" TEXT,
    "tenantId" TEXT NOT NULL,
    "cardVersion" INTEGER NOT NULL,
    "reason" TEXT,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Decision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" TEXT,
    "type" TEXT NOT NULL,
    "actor" TEXT,
    "data" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "writes" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "AppliedEffect" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "appliedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SentReply" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DeadLetter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceKey" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "raw" BLOB,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME
);

-- CreateTable
CREATE TABLE "MailboxCursor" (
    "mailbox" TEXT NOT NULL PRIMARY KEY,
    "uidValidity" TEXT NOT NULL,
    "lastUid" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConversationReference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "json" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Organisation_parentOdsCode_idx" ON "Organisation"("parentOdsCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User"("email");

-- CreateIndex
CREATE INDEX "RoleAssignment_odsCode_service_role_idx" ON "RoleAssignment"("odsCode", "service", "role");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_odsCode_service_role_key" ON "RoleAssignment"("userId", "odsCode", "service", "role");

-- CreateIndex
CREATE UNIQUE INDEX "KnownSignatory_odsCode_name_role_key" ON "KnownSignatory"("odsCode", "name", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Email_sourceKey_key" ON "Email"("sourceKey");

-- CreateIndex
CREATE INDEX "Email_messageId_idx" ON "Email"("messageId");

-- CreateIndex
CREATE INDEX "Email_caseId_idx" ON "Email"("caseId");

-- CreateIndex
CREATE INDEX "Email_storedAt_idx" ON "Email"("storedAt");

-- CreateIndex
CREATE INDEX "Attachment_emailId_idx" ON "Attachment"("emailId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_ref_key" ON "Case"("ref");

-- CreateIndex
CREATE INDEX "Case_state_createdAt_idx" ON "Case"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Case_queuedAt_idx" ON "Case"("queuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_caseId_actorAadObjectId_verb_key" ON "Decision"("caseId", "actorAadObjectId", "verb");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_caseId_idx" ON "AuditEvent"("caseId");

-- CreateIndex
CREATE INDEX "AppliedEffect_caseId_idx" ON "AppliedEffect"("caseId");

-- CreateIndex
CREATE INDEX "SentReply_messageId_idx" ON "SentReply"("messageId");

-- CreateIndex
CREATE INDEX "SentReply_caseId_idx" ON "SentReply"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "DeadLetter_sourceKey_key" ON "DeadLetter"("sourceKey");

-- CreateIndex
CREATE INDEX "DeadLetter_resolvedAt_idx" ON "DeadLetter"("resolvedAt");

-- The audit chain starts at a genesis head (core/adapters/prisma-audit-log.ts).
INSERT INTO "AuditChainHead" ("id", "seq", "hash", "writes") VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
