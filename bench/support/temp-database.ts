// Import first in a benchmark: points lib/db at a fresh migrated SQLite file before it loads.
import { createMigratedDatabase } from "../../tests/support/temp-database";

process.env.DATABASE_URL = createMigratedDatabase();
