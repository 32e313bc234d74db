import Link from "next/link";

/** Every page's answer for something missing, malformed or not the visitor's to see. */
export default function NotFound() {
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
