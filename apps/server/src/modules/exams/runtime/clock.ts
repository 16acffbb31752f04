/**
 * The exam clock: the server's time is the only time that counts. Everything in runtime/ asks `now()` here
 * (never `new Date()` directly), and passes that moment to SQL as a parameter, so the database's clock never
 * decides. Tests move an exam in time by moving the session (starts_at) or the attempt's deadline in the
 * database, not by faking the clock.
 */
export const now = (): Date => new Date();
