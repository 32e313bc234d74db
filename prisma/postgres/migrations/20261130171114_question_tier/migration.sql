-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "tier" TEXT COLLATE "C" NOT NULL DEFAULT 'published';
