-- Question tiers (#10): the generator marks each question "published" (studied by default) or
-- "suggested" (waits for the author to promote it). Existing questions stay published.
ALTER TABLE "Question" ADD COLUMN "tier" TEXT NOT NULL DEFAULT 'published';
