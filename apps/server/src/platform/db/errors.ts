/** The violated unique constraint's name when `err` (or its cause) is a unique violation (23505), else null. */
export function uniqueViolation(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const pgErr = e as { code?: string; constraint?: string; cause?: unknown };
    if (pgErr.code === '23505') return pgErr.constraint ?? '';
    e = pgErr.cause;
  }
  return null;
}
