import type { Lang } from '../i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}-${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatter(lang, true).format(d);
}

export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatter(lang, false).format(d);
}

export function isFuture(iso: string | null | undefined): boolean {
  if (!iso) return false;
  const time = new Date(iso).getTime();
  return !Number.isNaN(time) && time > Date.now();
}

/** A short, readable device name from a User-Agent string. */
export function describeUserAgent(ua: string | null): string {
  if (!ua) return '—';
  const browser =
    /Edg\/[\d.]+/.exec(ua)?.[0]?.replace('Edg', 'Edge') ??
    /MicroMessenger\/[\d.]+/.exec(ua)?.[0]?.replace('MicroMessenger', 'WeChat') ??
    /(Firefox|Chrome|Chromium)\/[\d.]+/.exec(ua)?.[0] ??
    (/Version\/[\d.]+.*Safari/.test(ua) ? 'Safari' : null) ??
    /^[^\s/]+/.exec(ua)?.[0] ??
    ua;
  const os =
    /Windows NT [\d.]+/.exec(ua)?.[0] ??
    /Android [\d.]+/.exec(ua)?.[0] ??
    /(iPhone|iPad)/.exec(ua)?.[0] ??
    /Mac OS X [\d_]+/.exec(ua)?.[0]?.replace(/_/g, '.') ??
    (/Linux/.test(ua) ? 'Linux' : null);
  return os ? `${browser.replace(/\/([\d]+)[\d.]*/, ' $1')} · ${os}` : browser;
}
