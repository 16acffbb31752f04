/** An error while making or solving a task, pointing at the faulty place of the definition (`computed.fee`). */
export class TaskRunError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Runs `fn`; any error that does not already point somewhere is re-thrown pointing at `path`. */
export function at<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TaskRunError) throw e;
    throw new TaskRunError(path, messageOf(e));
  }
}
