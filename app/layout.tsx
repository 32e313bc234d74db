import type { Metadata, Viewport } from "next";
import "./globals.css";
import "./styles/study.css";
import "./styles/decks.css";
import "./styles/classes.css";
import "./styles/dashboard.css";

export const metadata: Metadata = {
  title: { default: "Recall", template: "%s · Recall" },
  description: "Spaced-repetition quizzes generated from technology reviews.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f7fb" },
    { media: "(prefers-color-scheme: dark)", color: "#12131a" },
  ],
};

// Static: nothing here depends on who is asking, so pages for signed-out visitors prerender.
// The banner comes from each group's layout: app/(app)/layout.tsx (the signed-in user) and
// app/(signed-out)/layout.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
