import { useEffect, useState } from 'react';
import { now, onClockChange } from './http';
import { setLang, t, useLang } from './i18n';

export function LangToggle() {
  const lang = useLang();
  return (
    <button
      type="button"
      className="btn btn-ghost lang-toggle"
      aria-label={t('lang.switchLabel')}
      data-testid="lang-toggle"
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('lang.switch')}
    </button>
  );
}

/** A centred card page (login, identity, waiting room, final screens). */
export function Screen({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  useEffect(() => {
    document.title = `${title} - ${t('app.title')}`;
  }, [title]);
  return (
    <div className="screen">
      <div className="topbar">
        <span className="brand">{t('app.title')}</span>
        <LangToggle />
      </div>
      <main className="card" data-testid={testId}>
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}

/** The server's "now", refreshed every second and whenever the clock is re-synchronised. */
export function useServerNow(intervalMs = 1000): number {
  const [value, setValue] = useState(now);
  useEffect(() => {
    const id = setInterval(() => setValue(now()), intervalMs);
    const off = onClockChange(() => setValue(now()));
    return () => {
      clearInterval(id);
      off();
    };
  }, [intervalMs]);
  return value;
}
