import { useState } from 'react';
import { api, errorText } from './http';
import { t, useLang } from './i18n';

/** A minimal sign-in form (POST /api/auth/login, session cookie); the server's error message is shown as is. */
export function LoginForm({ onDone, notice }: { onDone: () => void; notice?: string }) {
  useLang();
  const [account, setAccount] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!account.trim() || !password) {
      setError(t('login.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api('/api/auth/login', { method: 'POST', body: { account: account.trim(), password, client: 'web' } });
      setPassword('');
      onDone();
    } catch (err) {
      setPassword('');
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="login-form">
      {notice ? <p className="notice">{notice}</p> : null}
      <label className="field">
        <span>{t('login.account')}</span>
        <input
          name="account"
          autoComplete="username"
          inputMode="email"
          value={account}
          onChange={(e) => setAccount(e.target.value)}
          data-testid="login-account"
        />
      </label>
      <label className="field">
        <span>{t('login.password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="login-password"
        />
      </label>
      {error ? (
        <p className="error" role="alert" data-testid="login-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary btn-block" disabled={busy} data-testid="login-submit">
        {busy ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
