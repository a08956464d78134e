-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "correctedBy" TEXT NOT NULL DEFAULT '{}';
