import './exam.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initLang } from './i18n';

// The candidate's exam page: a separate, light entry (exam.html). React only: no antd, router, query or zod here,
// so the whole page stays far below 300 KB of compressed JavaScript (scripts/check-exam-bundle.mjs checks it).
initLang();
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from exam.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
