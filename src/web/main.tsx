/** The UI's entry: the top bar and the page for the current path. */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { postJson } from './api.js';
import { ChangesPage } from './pages/changes.js';
import { DashboardPage } from './pages/dashboard.js';
import { DocumentPage } from './pages/document.js';
import { DocumentsPage } from './pages/documents.js';
import { LoginPage } from './pages/login.js';
import { UploadPage } from './pages/upload.js';
import { Link, navigate, useLocation } from './router.js';
import './style.css';

const NAV = [
  { to: '/', label: '文件列表' },
  { to: '/upload', label: '上传' },
  { to: '/dashboard', label: '概览' },
  { to: '/changes', label: '版本变化' },
];

function Page({ path }: { path: string }) {
  const doc = /^\/doc\/(\d{1,9})$/.exec(path);
  if (doc) return <DocumentPage id={Number(doc[1])} />;
  switch (path) {
    case '/login':
      return <LoginPage />;
    case '/upload':
      return <UploadPage />;
    case '/dashboard':
      return <DashboardPage />;
    case '/changes':
      return <ChangesPage />;
    default:
      return <DocumentsPage />;
  }
}

function App() {
  const { path } = useLocation();
  const [loggedIn, setLoggedIn] = useState<boolean | undefined>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again on every navigation (login, logout)
  useEffect(() => {
    // Not getJson: a 401 here only means "not logged in", it must not send the login page to itself.
    fetch('/api/session')
      .then((r) => (r.ok ? (r.json() as Promise<{ loggedIn: boolean }>) : { loggedIn: false }))
      .then(
        (s) => setLoggedIn(s.loggedIn),
        () => setLoggedIn(false),
      );
  }, [path]);
  const logout = async () => {
    await postJson('/api/logout', {});
    setLoggedIn(false);
    navigate('/login');
  };
  return (
    <>
      <header className="bar">
        <span className="brand">gongkai 预决算公开检查</span>
        <nav aria-label="主菜单">
          {NAV.map((n) => (
            <Link key={n.to} to={n.to} className={n.to === path ? 'current' : undefined}>
              {n.label}
            </Link>
          ))}
        </nav>
        {loggedIn ? (
          <button type="button" className="link" onClick={logout}>
            退出登录
          </button>
        ) : (
          path !== '/login' && <Link to="/login">登录</Link>
        )}
      </header>
      <main>
        <Page path={path} />
      </main>
    </>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
