-- Audit chain sealing (docs/decisions/0004): appends take their seq from a sequence and leave chainSeq, prevHash
-- and hash null, the sealer fills them. Events chained before this migration keep their hashes: their chain
-- position is their seq (they were chained 1, 2, 3, … with no gaps), and the head's chain length is its seq.
-- Stop processes of the previous version before starting this one: they chain on the head themselves.

-- AlterTable
CREATE SEQUENCE auditevent_seq_seq;
ALTER TABLE "AuditEvent" ADD COLUMN     "chainSeq" INTEGER,
ALTER COLUMN "seq" SET DEFAULT nextval('auditevent_seq_seq'),
ALTER COLUMN "prevHash" DROP NOT NULL,
ALTER COLUMN "hash" DROP NOT NULL;
ALTER SEQUENCE auditevent_seq_seq OWNED BY "AuditEvent"."seq";

-- Already-chained events (hand-written): chain position = seq, the sequence continues after the last one.
UPDATE "AuditEvent" SET "chainSeq" = "seq";
SELECT setval('auditevent_seq_seq', COALESCE((SELECT MAX("seq") FROM "AuditEvent"), 0) + 1, false);

-- AlterTable
ALTER TABLE "AuditChainHead" ADD COLUMN     "chainSeq" INTEGER NOT NULL DEFAULT 0;
UPDATE "AuditChainHead" SET "chainSeq" = "seq";

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainSeq_key" ON "AuditEvent"("chainSeq");
