import { NotFoundMessage } from "@/app/components/not-found-message";

/** Something missing, malformed or not the visitor's to see, on a page of the app. */
export default function AppNotFound() {
  return <NotFoundMessage />;
}
