import Link from "next/link";

/** The same answer whether the class does not exist or is not the viewer's: ids reveal nothing. */
export default function ClassNotFound() {
  return (
    <div className="page stack">
      <h1>Class not found</h1>
      <p>That class does not exist, or you are not a member of it. If you were removed or the class was archived, ask your instructor.</p>
      <p>
        <Link href="/classes" className="button">
          Back to classes
        </Link>
      </p>
    </div>
  );
}
