import Link from "next/link";

/** What a missing page says, wherever it is shown (app/not-found.tsx, app/(app)/not-found.tsx). */
export function NotFoundMessage() {
  return (
    <div className="page page-narrow stack">
      <h1>Page not found</h1>
      <p>There is nothing at this address, or it is not shared with you. If someone sent you this link, check it with them.</p>
      <ul>
        <li>
          <Link href="/decks">Your decks and the public catalogue</Link>
        </li>
        <li>
          <Link href="/study">What is due to study</Link>
        </li>
        <li>
          <Link href="/classes">Your classes</Link> — join one with the code your instructor gave you
        </li>
      </ul>
    </div>
  );
}
