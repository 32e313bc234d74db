// A job's progress as JSON, for the page that waits on it (polled); only its owner sees it.
import { getCurrentUser } from "@/lib/auth/session";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/result";
import { JOB_ID_PATTERN } from "@/lib/jobs/job-view";
import { loadJobView } from "@/lib/jobs/jobs";
import { NotFoundError } from "@/lib/permissions/errors";
import { privateJson } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

const NOT_FOUND_MESSAGE = "That job does not exist or is not yours.";


export async function GET(_request: Request, { params }: { params: Promise<{ jobId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return privateJson(401, { error: SIGNED_OUT_MESSAGE });
  const { jobId } = await params;
  if (!JOB_ID_PATTERN.test(jobId)) return privateJson(404, { error: NOT_FOUND_MESSAGE });
  try {
    return privateJson(200, await loadJobView(user.id, jobId));
  } catch (error) {
    if (error instanceof NotFoundError) return privateJson(404, { error: NOT_FOUND_MESSAGE });
    throw error;
  }
}
