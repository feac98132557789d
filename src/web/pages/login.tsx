/** 登录: the access token (printed by `gongkai serve` at first start) and a name recorded as the uploader. */
import { type FormEvent, useState } from 'react';
import { postJson } from '../api.js';
import { navigate, useLocation } from '../router.js';

export function LoginPage() {
  const { search } = useLocation();
  const [token, setToken] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await postJson('/api/login', { token: token.trim(), name: name.trim() });
      const next = search.get('next') ?? '/';
      // Only our own paths: a crafted ?next= must not send the user elsewhere.
      const safe = next.startsWith('/') && !next.startsWith('//') ? next : '/';
      // The report pages (/documents/…) are the server's, not this app's: load them.
      if (/^\/(upload|dashboard|changes|doc\/\d+)?(\?|$)/.test(safe)) navigate(safe, true);
      else location.assign(safe);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="login">
      <h1>登录</h1>
      <form onSubmit={submit}>
        <label>
          访问令牌
          <input
            name="token"
            type="password"
            autoComplete="current-password"
            required
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <p className="hint">令牌在 gongkai serve 首次启动时打印，并保存在数据目录的 token 文件中。</p>
        <label>
          姓名（记录为上传人）
          <input name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
      </form>
    </section>
  );
}
