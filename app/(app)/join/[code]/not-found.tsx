import Link from "next/link";
import { NO_SUCH_JOIN_CODE } from "@/lib/classes/errors";

/** A join link whose code is malformed, rotated or belongs to an archived class. */
export default function JoinCodeNotFound() {
  return (
    <div className="page page-narrow stack">
      <h1>Join link not valid</h1>
      <p>{NO_SUCH_JOIN_CODE}</p>
      <p>
        <Link href="/classes" className="button">
          Enter a code on your classes page
        </Link>
      </p>
    </div>
  );
}
