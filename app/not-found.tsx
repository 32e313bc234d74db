import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page page-narrow stack">
      <h1>Page not found</h1>
      <p>There is nothing at this address, or it is not shared with you.</p>
      <p>
        <Link href="/" className="button">
          Go to Recall
        </Link>
      </p>
    </div>
  );
}
