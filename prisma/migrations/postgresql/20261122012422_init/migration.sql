-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Organisation" (
    "odsCode" TEXT NOT NULL,
    "name" TEXT,
    "type" TEXT NOT NULL,
    "parentOdsCode" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "email" TEXT,
    "address" TEXT,
    "postcode" TEXT,
    "phone" TEXT,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("odsCode")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "verificationIssuedAt" TIMESTAMP(3),
    "tempPasswordIssuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "odsCode" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorisedApprover" (
    "email" TEXT NOT NULL,
    "name" TEXT,
    "icb" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorisedApprover_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "KnownSignatory" (
    "id" TEXT NOT NULL,
    "odsCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnownSignatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Email" (
    "id" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "uidValidity" TEXT,
    "uid" INTEGER,
    "messageId" TEXT,
    "sha256" TEXT NOT NULL,
    "raw" BYTEA,
    "disposition" TEXT NOT NULL,
    "parsed" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "storedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "caseId" TEXT,

    CONSTRAINT "Email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "emailId" TEXT NOT NULL,
    "filename" TEXT,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseRefCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "CaseRefCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "parsed" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "requesterEmail" TEXT,
    "odsCode" TEXT,
    "queuedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "verb" TEXT NOT NULL,
    "actorAadObjectId" TEXT NOT NULL,
    "actorName" TEXT,
    "tenantId" TEXT NOT NULL,
    "cardVersion" INTEGER NOT NULL,
    "reason" TEXT,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" INTEGER NOT NULL,
    "caseId" TEXT,
    "type" TEXT NOT NULL,
    "actor" TEXT,
    "data" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "writes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppliedEffect" (
    "key" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppliedEffect_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SentReply" (
    "key" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentReply_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "DeadLetter" (
    "id" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "mailbox" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "raw" BYTEA,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "DeadLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailboxCursor" (
    "mailbox" TEXT NOT NULL,
    "uidValidity" TEXT NOT NULL,
    "lastUid" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailboxCursor_pkey" PRIMARY KEY ("mailbox")
);

-- CreateTable
CREATE TABLE "ConversationReference" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "json" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationReference_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentOdsCode_fkey" FOREIGN KEY ("parentOdsCode") REFERENCES "Organisation"("odsCode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_odsCode_fkey" FOREIGN KEY ("odsCode") REFERENCES "Organisation"("odsCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownSignatory" ADD CONSTRAINT "KnownSignatory_odsCode_fkey" FOREIGN KEY ("odsCode") REFERENCES "Organisation"("odsCode") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Email" ADD CONSTRAINT "Email_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "Email"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit chain starts at a genesis head (core/adapters/prisma-audit-log.ts).
INSERT INTO "AuditChainHead" ("id", "seq", "hash", "writes") VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
