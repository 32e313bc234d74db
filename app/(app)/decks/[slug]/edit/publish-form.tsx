"use client";

import { useActionState } from "react";
import { refusalMessage } from "@/lib/actions/result";
import { FormFooter } from "@/app/components/form-messages";
import { publishDeckAction } from "./actions";

export function PublishForm({ deckId, visibility, published }: { deckId: string; visibility: string; published: boolean }) {
  const [state, action, pending] = useActionState(publishDeckAction, null);
  const error = refusalMessage(state);
  return (
    <form className="card form" action={action}>
      <input type="hidden" name="deckId" value={deckId} />
      <fieldset className="choices">
        <legend>Who can study this deck?</legend>
        <label className="choice">
          <input type="radio" name="visibility" value="PUBLIC" defaultChecked={visibility === "PUBLIC"} />
          <span>Everyone — listed in the public catalogue</span>
        </label>
        <label className="choice">
          <input type="radio" name="visibility" value="PRIVATE" defaultChecked={visibility !== "PUBLIC"} />
          <span>Only students of classes I assign it to</span>
        </label>
      </fieldset>
      <FormFooter state={state} error={error} pending={pending} label={published ? "Update visibility" : "Publish deck"} />
    </form>
  );
}
