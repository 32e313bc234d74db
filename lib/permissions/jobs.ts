// Who may see a job (its progress, its result, why it failed): only the person who started it.
// The only place this rule lives; job queries build their filter from here.
export function viewableJobsWhere(userId: string) {
  return { ownerId: userId };
}
