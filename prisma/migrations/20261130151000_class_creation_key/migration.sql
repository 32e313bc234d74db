-- AlterTable
ALTER TABLE "Class" ADD COLUMN "creationKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Class_ownerId_creationKey_key" ON "Class"("ownerId", "creationKey");
