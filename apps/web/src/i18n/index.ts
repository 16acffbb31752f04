import { useCallback, useSyncExternalStore } from 'react';
import { en } from './en';
import { type MessageKey, zh } from './zh';

export type { MessageKey } from './zh';
export type Lang = 'zh' | 'en';
/** A text in both languages, as the contracts carry them (ROLE_LABELS, ERROR_CODES, FIELD_MESSAGES…). */
export type Bilingual = { readonly zh: string; readonly en: string };
export type TVars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: TVars) => string;

const STORAGE_KEY = 'cs_lang';
const DICTS: Record<Lang, Record<MessageKey, string>> = { zh, en };

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let current: Lang = readStoredLang();
const listeners = new Set<() => void>();

function applyDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}
applyDocumentLang(current);

export function getLang(): Lang {
  return current;
}

/** Switches the UI language; persisted in localStorage and sent to the API as Accept-Language. */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyDocumentLang(lang);
  for (const l of listeners) l();
}

/** The Accept-Language header value for the current UI language. */
export function acceptLanguage(): string {
  return current === 'zh' ? 'zh-CN' : 'en';
}

/** Fills `{name}` placeholders; unknown names stay as they are. */
export function interpolate(text: string, vars?: TVars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export function translate(lang: Lang, key: MessageKey, vars?: TVars): string {
  return interpolate(DICTS[lang][key] ?? key, vars);
}

/** Translation outside React (e.g. in the API client). */
export function t(key: MessageKey, vars?: TVars): string {
  return translate(current, key, vars);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang, getLang);
}

export function useI18n(): { lang: Lang; t: TFunction; pick: (text: Bilingual) => string; setLang: (l: Lang) => void } {
  const lang = useLang();
  const tt = useCallback<TFunction>((key, vars) => translate(lang, key, vars), [lang]);
  const pick = useCallback((text: Bilingual) => text[lang], [lang]);
  return { lang, t: tt, pick, setLang };
}

/**
 * A page's own texts (kept beside the page, out of the shared dictionaries): `const tx = usePageTexts(TEXTS)`,
 * then `tx('key', { n: 3 })` in the current language.
 */
export function usePageTexts<K extends string>(
  texts: Readonly<Record<K, Bilingual>>,
): (key: K, vars?: TVars) => string {
  const lang = useLang();
  return useCallback((key: K, vars?: TVars) => interpolate(texts[key][lang], vars), [texts, lang]);
}
