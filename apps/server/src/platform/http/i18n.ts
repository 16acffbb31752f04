import type { FastifyRequest } from 'fastify';

export type Lang = 'zh' | 'en';

/** Chinese unless the client prefers English (Accept-Language, honouring q-values). */
export function requestLang(req: Pick<FastifyRequest, 'headers'>): Lang {
  const header = req.headers['accept-language'];
  if (!header) return 'zh';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang: Lang | null = tag.startsWith('zh') ? 'zh' : tag.startsWith('en') ? 'en' : null;
    if (lang && Number.isFinite(q) && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'zh';
}

export function fillParams(message: string, params?: Record<string, string | number>): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}
