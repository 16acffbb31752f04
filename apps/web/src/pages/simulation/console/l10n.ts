import type { Loc } from '@crossskill/simulation';
import { useMemo } from 'react';
import { type Lang, useI18n } from '../../../i18n';

/** Picks the text of the UI language: `L('首页', 'Dashboard')`; `loc(refusal.reason)` for the simulator's texts. */
export interface ConsoleL10n {
  lang: Lang;
  L: (zh: string, en: string) => string;
  loc: (text: Loc | null | undefined) => string;
}

export function pickLoc(lang: Lang, text: Loc | null | undefined): string {
  return text ? text[lang] || text.zh : '';
}

/** The console's own texts live next to their components as (zh, en) pairs; the app's language switch picks one. */
export function useL(): ConsoleL10n {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      lang,
      L: (zh: string, en: string) => (lang === 'zh' ? zh : en),
      loc: (text: Loc | null | undefined) => pickLoc(lang, text),
    }),
    [lang],
  );
}
