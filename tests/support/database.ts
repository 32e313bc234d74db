// Gives every test file its own database built from the real migrations. Runs before each test
// file (vitest setupFiles), so before any module reads DATABASE_URL.
import { createMigratedDatabase } from "./temp-database";

process.env.DATABASE_URL = createMigratedDatabase();
