-- AlterTable
ALTER TABLE "User" ADD COLUMN     "desiredRetention" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
ADD COLUMN     "scheduler" TEXT COLLATE "C" NOT NULL DEFAULT 'sm2';

-- AlterTable
ALTER TABLE "CardState" ADD COLUMN     "fsrsDifficulty" DOUBLE PRECISION,
ADD COLUMN     "fsrsDueAt" TIMESTAMP(3),
ADD COLUMN     "fsrsIntervalDays" INTEGER,
ADD COLUMN     "fsrsLapses" INTEGER,
ADD COLUMN     "fsrsReps" INTEGER,
ADD COLUMN     "fsrsStability" DOUBLE PRECISION,
ADD COLUMN     "fsrsState" TEXT COLLATE "C";

-- CreateIndex
CREATE INDEX "CardState_userId_fsrsDueAt_idx" ON "CardState"("userId", "fsrsDueAt");
