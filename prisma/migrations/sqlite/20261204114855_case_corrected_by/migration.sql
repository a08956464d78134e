-- AlterTable
-- A constant default lets SQLite add the column in place; the engine's generated script rebuilt the whole Case table.
ALTER TABLE "Case" ADD COLUMN "correctedBy" TEXT NOT NULL DEFAULT '{}';
