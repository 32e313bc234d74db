-- CreateTable
CREATE TABLE "StudyAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "cardVersion" INTEGER NOT NULL,
    "response" JSONB,
    "correct" BOOLEAN NOT NULL,
    "revealedAt" DATETIME NOT NULL,
    CONSTRAINT "StudyAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StudyAttempt_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "StudyAttempt_questionId_idx" ON "StudyAttempt"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "StudyAttempt_userId_questionId_key" ON "StudyAttempt"("userId", "questionId");
