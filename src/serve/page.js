// mdmdoc helpdesk page. Everything that comes from the server or the user is put on the page
// with textContent / DOM nodes, never as markup.
'use strict';
(function () {
  const STORE = 'mdmdoc.lang';
  const $ = (id) => document.getElementById(id);
  let ui = null; // GET /api/ui: messages, locales, facts
  let lang = document.documentElement.lang || 'en-US';
  let last = null; // what the results show: {kind, data, query?}
  let seq = 0; // newest request; older answers are dropped
  let timer = 0;

  function stored() {
    try { return window.localStorage.getItem(STORE); } catch (e) { return null; }
  }
  function store(value) {
    try { window.localStorage.setItem(STORE, value); } catch (e) { /* private mode */ }
  }

  // A message; `{name}` placeholders filled from vars.
  function t(id, vars) {
    let s = (ui && ui.messages && ui.messages[id]) || id;
    if (vars) {
      for (const k of Object.keys(vars)) s = s.split('{' + k + '}').join(String(vars[k]));
    }
    return s;
  }

  // An element with text children only (strings become text nodes).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function safeUrl(url) {
    try {
      const u = new URL(url, window.location.href);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function setStatus(text, isError) {
    const s = $('status');
    s.removeAttribute('data-i18n');
    s.textContent = text;
    s.classList.toggle('error', !!isError);
  }

  function busy(on) {
    $('results').setAttribute('aria-busy', on ? 'true' : 'false');
    if (on) setStatus(t('serve-working'));
  }

  // Language switches can overlap (the first load, then a quick pick): only the latest applies.
  let uiRequest = 0;
  async function loadUi(wanted) {
    const mine = ++uiRequest;
    const r = await fetch('/api/ui?lang=' + encodeURIComponent(wanted));
    const answer = await r.json();
    if (mine !== uiRequest) return;
    ui = answer;
    lang = ui.locale;
    document.documentElement.lang = lang;
    $('lang').value = lang;
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
    document.title = t('serve-page-title');
    renderFacts();
  }

  // Fact inputs (e.g. minutes since the SCEP profile download), shown when a result depends on one.
  function renderFacts() {
    const box = $('fact-fields');
    const values = currentFacts();
    box.replaceChildren();
    for (const f of (ui && ui.facts) || []) {
      const id = 'fact-' + f.key;
      const input = el('input', { type: 'number', id: id, name: f.key, min: '0', step: '1', inputmode: 'numeric' });
      if (values[f.key] !== undefined) input.value = values[f.key];
      input.addEventListener('input', schedule);
      const hintId = id + '-hint';
      if (f.hint) input.setAttribute('aria-describedby', hintId);
      box.append(el('div', { class: 'fact' },
        el('label', { for: id }, f.label),
        f.hint ? el('p', { class: 'hint', id: hintId }, f.hint) : null,
        input));
    }
    updateFactVisibility();
  }

  function currentFacts() {
    const out = {};
    for (const input of document.querySelectorAll('#fact-fields input')) {
      if (input.value.trim() !== '') out[input.name] = input.value.trim();
    }
    return out;
  }

  function updateFactVisibility() {
    const shown = new Set();
    if (last && last.kind === 'explain') {
      for (const m of last.data.matches) shown.add(m.rule);
    }
    const facts = currentFacts();
    let any = false;
    for (const f of (ui && ui.facts) || []) {
      const relevant = f.rules.some((r) => shown.has(r)) || facts[f.key] !== undefined;
      const input = $('fact-' + f.key);
      if (input) input.closest('.fact').hidden = !relevant;
      any = any || relevant;
    }
    $('facts').hidden = !any;
  }

  function severityName(s) {
    return t('severity-' + s);
  }

  // One result card (an explain match or a diagnose finding).
  function card(item, n) {
    const titleId = 'result-' + n;
    const meta = el('div', { class: 'meta' },
      el('span', { class: 'badge' }, severityName(item.severity)),
      el('span', { class: 'rule-id' }, item.rule));
    if (typeof item.score === 'number') {
      meta.append(el('span', {}, t('label-score') + ' ' + t('score-percent', { percent: Math.round(item.score * 100) })));
    }
    const c = el('article', { class: 'card sev-' + item.severity, 'aria-labelledby': titleId },
      meta,
      el('h3', { id: titleId }, item.title));
    if (item.subject) {
      const s = item.subject;
      const name = s.name ? s.name + ' (' + s.kind + ', ' + s.id + ')' : s.kind + ' ' + s.id;
      c.append(el('p', { class: 'meta' }, t('label-subject') + ': ' + name));
    }
    if (item.detail) c.append(el('p', { class: 'detail' }, item.detail));
    if (item.cause) c.append(el('h4', {}, t('label-cause')), el('p', {}, item.cause));
    if (item.steps && item.steps.length) {
      c.append(el('h4', {}, t('label-steps')), el('ol', {}, ...item.steps.map((s) => el('li', {}, s))));
    }
    if (item.warning) {
      c.append(el('div', { class: 'warning', role: 'note' },
        el('strong', {}, t('label-warning') + ':'), item.warning));
    }
    const docs = (item.docs || []).filter((d) => safeUrl(d.url));
    if (docs.length) {
      c.append(el('h4', {}, t('label-docs')), el('ul', {}, ...docs.map((d) => {
        const a = el('a', { href: safeUrl(d.url), target: '_blank', rel: 'noopener noreferrer' },
          d.title || d.url, el('span', { class: 'visually-hidden' }, ' ' + t('serve-new-tab')));
        return el('li', {}, a);
      })));
    }
    if (item.explained_by) {
      c.append(el('p', { class: 'meta' }, t('explained-by', { rule: item.explained_by.rule })));
    }
    return c;
  }

  function shorten(text) {
    return text.length > 300 ? text.slice(0, 300) + '…' : text;
  }

  function renderExplain(data) {
    const box = $('results');
    box.replaceChildren();
    // The pasted text, shown back as text (a pasted <script> stays visible, never runs).
    const [before, after] = t('explain-heading', { query: '\u0000' }).split('\u0000');
    box.append(el('p', { class: 'query-line' }, before || '', el('span', { class: 'query' }, shorten(data.query)), after || ''));
    if (!data.matches.length) {
      let text = t('explain-no-match');
      if (data.suggestions && data.suggestions.length) {
        text += ' ' + t('explain-did-you-mean', { suggestions: data.suggestions.join(', ') });
      }
      setStatus(text);
    } else {
      setStatus(t('label-matches') + ': ' + data.matches.length + ' — ' + data.matches[0].title);
      data.matches.forEach((m, i) => box.append(card(m, i)));
    }
    $('copy-button').disabled = !data.matches.length;
    updateFactVisibility();
  }

  function renderDiagnose(data) {
    const box = $('results');
    box.replaceChildren();
    const parts = ['critical', 'high', 'medium', 'low', 'info']
      .map((s) => t('summary-count', { count: data.summary[s] || 0, severity: severityName(s) }));
    const summary = parts.join(' · ');
    if (!data.findings.length) {
      setStatus(t('diagnose-heading') + ': ' + t('diagnose-none'));
    } else {
      setStatus(t('diagnose-heading') + ': ' + summary);
      data.findings.forEach((f, i) => box.append(card(f, i)));
    }
    $('copy-button').disabled = false;
    updateFactVisibility();
  }

  function showError(text) {
    $('results').replaceChildren();
    $('copy-button').disabled = true;
    setStatus(text, true);
  }

  async function call(url, init) {
    const mine = ++seq;
    busy(true);
    try {
      const r = await fetch(url, init);
      const data = await r.json().catch(() => null);
      if (mine !== seq) return null;
      if (!r.ok) {
        showError((data && data.error) || String(r.status));
        return null;
      }
      return data;
    } catch (e) {
      if (mine === seq) showError(t('serve-error-network'));
      return null;
    } finally {
      if (mine === seq) busy(false);
    }
  }

  async function explain() {
    window.clearTimeout(timer);
    const text = $('paste').value;
    if (!text.trim()) {
      seq++;
      last = null;
      $('results').replaceChildren();
      $('copy-button').disabled = true;
      setStatus(t('serve-results-empty'));
      updateFactVisibility();
      return;
    }
    const data = await call('/api/explain', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: text, facts: currentFacts(), lang: lang }),
    });
    if (!data) return;
    last = { kind: 'explain', data: data };
    renderExplain(data);
  }

  async function diagnose() {
    const file = $('snapshot').files[0];
    if (!file) {
      showError(t('serve-no-file'));
      $('snapshot').focus();
      return;
    }
    const data = await call('/api/diagnose?lang=' + encodeURIComponent(lang), {
      method: 'POST',
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
      body: file,
    });
    if (!data) return;
    last = { kind: 'diagnose', data: data, file: file };
    renderDiagnose(data);
    $('report-button').hidden = !(ui && ui.report);
  }

  // The HTML report of the uploaded snapshot, saved as a file.
  async function downloadReport() {
    const file = last && last.kind === 'diagnose' ? last.file : $('snapshot').files[0];
    if (!file) {
      showError(t('serve-no-file'));
      return;
    }
    const url = '/api/report?format=html&lang=' + encodeURIComponent(lang) +
      '&name=' + encodeURIComponent(file.name);
    busy(true);
    try {
      const r = await fetch(url, { method: 'POST', body: file });
      if (!r.ok) {
        const data = await r.json().catch(() => null);
        showError((data && data.error) || String(r.status));
        return;
      }
      const blob = await r.blob();
      const href = URL.createObjectURL(blob);
      const a = el('a', { href: href, download: 'mdmdoc-report-' + lang + '.html', hidden: '' });
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(href), 10000);
      setStatus(t('serve-report-ready'));
    } catch (e) {
      showError(t('serve-error-network'));
    } finally {
      busy(false);
    }
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(explain, 500);
  }

  // Plain text for a helpdesk ticket, in the page's language.
  function ticketText() {
    if (!last) return '';
    const lines = [];
    const items = last.kind === 'explain' ? last.data.matches : last.data.findings;
    if (last.kind === 'explain') {
      lines.push(t('serve-ticket-text') + ' ' + last.data.query, '');
    } else {
      lines.push(t('diagnose-heading') + (last.file ? ' — ' + last.file.name : ''), '');
    }
    if (!items.length) lines.push(last.kind === 'explain' ? t('explain-no-match') : t('diagnose-none'));
    for (const m of items) {
      lines.push('[' + severityName(m.severity) + '] ' + m.title + ' (' + m.rule + ')');
      if (m.subject) lines.push(t('label-subject') + ': ' + (m.subject.name || m.subject.id));
      if (m.detail) lines.push(m.detail);
      if (m.cause) lines.push(t('label-cause') + ': ' + m.cause);
      if (m.steps && m.steps.length) {
        lines.push(t('label-steps') + ':');
        m.steps.forEach((s, i) => lines.push('  ' + (i + 1) + '. ' + s));
      }
      if (m.warning) lines.push(t('label-warning') + ': ' + m.warning);
      if (m.docs && m.docs.length) {
        lines.push(t('label-docs') + ':');
        for (const d of m.docs) lines.push('  - ' + d.title + ': ' + d.url);
      }
      lines.push('');
    }
    return lines.join('\n').trim() + '\n';
  }

  async function copyTicket() {
    const text = ticketText();
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        ok = true;
      }
    } catch (e) { ok = false; }
    if (!ok) {
      const area = el('textarea', { 'aria-hidden': 'true', class: 'visually-hidden', tabindex: '-1' });
      area.value = text;
      document.body.append(area);
      area.select();
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
    }
    setStatus(ok ? t('serve-copied') : t('serve-copy-failed'), !ok);
  }

  function start() {
    $('explain-form').addEventListener('submit', (e) => { e.preventDefault(); explain(); });
    $('diagnose-form').addEventListener('submit', (e) => { e.preventDefault(); diagnose(); });
    $('paste').addEventListener('input', schedule);
    $('paste').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); explain(); }
    });
    $('copy-button').addEventListener('click', copyTicket);
    $('report-button').addEventListener('click', downloadReport);
    $('snapshot').addEventListener('change', () => { $('report-button').hidden = true; });
    $('lang').addEventListener('change', async () => {
      store($('lang').value);
      await loadUi($('lang').value);
      if (last && last.kind === 'diagnose') diagnose();
      else if ($('paste').value.trim()) explain();
    });
    const wanted = stored() || lang;
    loadUi(wanted)
      .catch(() => setStatus(t('serve-error-network'), true))
      .finally(() => { document.documentElement.dataset.ready = 'true'; });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
