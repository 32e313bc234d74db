-- AlterTable
ALTER TABLE "CardState" ADD COLUMN "fsrsDifficulty" REAL;
ALTER TABLE "CardState" ADD COLUMN "fsrsDueAt" DATETIME;
ALTER TABLE "CardState" ADD COLUMN "fsrsIntervalDays" INTEGER;
ALTER TABLE "CardState" ADD COLUMN "fsrsLapses" INTEGER;
ALTER TABLE "CardState" ADD COLUMN "fsrsReps" INTEGER;
ALTER TABLE "CardState" ADD COLUMN "fsrsStability" REAL;
ALTER TABLE "CardState" ADD COLUMN "fsrsState" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "dayStartsAtHour" INTEGER NOT NULL DEFAULT 4,
    "newPerDay" INTEGER NOT NULL DEFAULT 20,
    "scheduler" TEXT NOT NULL DEFAULT 'sm2',
    "desiredRetention" REAL NOT NULL DEFAULT 0.9
);
INSERT INTO "new_User" ("createdAt", "dayStartsAtHour", "email", "id", "name", "newPerDay", "passwordHash", "timezone") SELECT "createdAt", "dayStartsAtHour", "email", "id", "name", "newPerDay", "passwordHash", "timezone" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CardState_userId_fsrsDueAt_idx" ON "CardState"("userId", "fsrsDueAt");
