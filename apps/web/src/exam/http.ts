import { acceptLanguage, t } from './i18n';
import { clockOffset } from './logic/clock';

/**
 * The exam page's tiny API client: same cookies and CSRF header as the main app (apps/web/src/api/client.ts), and
 * every response that carries `serverTime` re-synchronises the page's clock with the server's.
 */

export class HttpError extends Error {
  /** 0 = the network failed (no answer at all). */
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

export function isNetworkOrServerError(e: unknown): boolean {
  return e instanceof HttpError && (e.status === 0 || e.status >= 500);
}

// ---- the server clock -------------------------------------------------------------------------------------------

let offsetMs = 0;
let synced = false;
const clockListeners = new Set<() => void>();

/** Milliseconds to add to Date.now() to get the server's time. */
export function getClockOffset(): number {
  return offsetMs;
}

export function isClockSynced(): boolean {
  return synced;
}

export function onClockChange(listener: () => void): () => void {
  clockListeners.add(listener);
  return () => clockListeners.delete(listener);
}

/** The server's "now" as the page estimates it. */
export function now(): number {
  return Date.now() + offsetMs;
}

export function syncClock(serverTime: string, sentAtMs: number, receivedAtMs: number): void {
  const serverTimeMs = Date.parse(serverTime);
  if (Number.isNaN(serverTimeMs)) return;
  offsetMs = clockOffset({ serverTimeMs, sentAtMs, receivedAtMs });
  synced = true;
  for (const l of clockListeners) l();
}

// ---- requests ---------------------------------------------------------------------------------------------------

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Give up after this long (a hung request must not stall the save queue). */
  timeoutMs?: number;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage() };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie('cs_csrf');
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 20_000);
  const sentAt = Date.now();
  let res: Response;
  let text: string;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      signal: controller.signal,
      cache: 'no-store',
    });
    text = await res.text();
  } catch {
    throw new HttpError(0, 'NETWORK_ERROR', t('error.network'));
  } finally {
    clearTimeout(timer);
  }
  const receivedAt = Date.now();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (typeof body === 'object' && body !== null && typeof (body as { serverTime?: unknown }).serverTime === 'string') {
    syncClock((body as { serverTime: string }).serverTime, sentAt, receivedAt);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    if (err && typeof err.code === 'string' && typeof err.message === 'string') {
      throw new HttpError(res.status, err.code, err.message);
    }
    throw new HttpError(
      res.status,
      'BAD_RESPONSE',
      res.status >= 500 ? t('error.server', { status: res.status }) : t('error.unknown'),
    );
  }
  return body as T;
}

export function errorText(e: unknown): string {
  return e instanceof Error && e.message ? e.message : t('error.unknown');
}
