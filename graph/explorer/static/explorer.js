/* kazkg explorer: draws the precomputed overview, expands a node's neighbours on click, searches labels,
   filters by class and date, and shows every fact's source sentences in a side panel. No request leaves
   the page: the data is the JSON block above, vis-network is inlined. */
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('kazkg-data').textContent);
  const N = D.nodes, E = D.edges, C = D.classes, P = D.preds;
  const LABEL = 0, CLS = 1, ALIASES = 2, X = 3, Y = 4, DEG = 5, D0 = 6, D1 = 7, IRI = 8, LAT = 9, EN = 10, SPANS = 11, SIZE = 12;
  const GLYPH = { diamond: '◆', square: '■', triangle: '▲', triangleDown: '▼', star: '★', dot: '●' };
  const EXPAND_MAX = 60, SOURCES_SHOWN = 25, LINKS_SHOWN = 100;
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const cls = (i) => C[N[i][CLS]] || ['?', '?', '?', '#969696', 'dot', '?'];
  const edgesOf = N.map(() => []);
  E.forEach((e, k) => { edgesOf[e[0]].push(k); if (e[1] !== e[0]) edgesOf[e[1]].push(k); });

  const state = { classOn: C.map(() => true), from: '', to: '', unconnected: D.small, shown: new Set(), edges: new Set() };
  const isolated = [];
  N.forEach((n, i) => { if (!n[DEG]) isolated.push(i); });

  function visible(i) {
    const n = N[i];
    if (!state.classOn[n[CLS]]) return false;
    if (!n[DEG] && !state.unconnected) return false;
    if (state.from || state.to) {
      if (!n[D0]) return false;
      if (state.from && n[D1] < state.from) return false;
      if (state.to && n[D0] > state.to) return false;
    }
    return true;
  }
  function short(s) { return s.length > 32 ? s.slice(0, 31) + '…' : s; }
  function visNode(i) {
    const n = N[i], c = cls(i);
    return {
      id: i, label: short(n[LABEL]), x: n[X], y: n[Y], shape: c[4], size: n[SIZE],
      color: { background: c[3], border: c[3], highlight: { background: c[3], border: '#000' }, hover: { background: c[3], border: '#000' } },
      title: c[1] + ' / ' + c[2] + '\n' + n[LABEL], hidden: !visible(i),
    };
  }
  function visEdge(k) {
    const e = E[k];
    return { id: k, from: e[0], to: e[1], label: D.small ? P[e[2]][1] : undefined, title: P[e[2]][1] + ' (' + P[e[2]][0] + ')' };
  }

  const nodes = new vis.DataSet(), edges = new vis.DataSet();
  function show(list, near) {
    const add = list.filter((i) => !state.shown.has(i));
    add.forEach((i) => state.shown.add(i));
    const placed = add.map(visNode);
    if (near !== undefined) {  // neighbours laid out far away (under another node) come to a ring around this one
      const c = network.getPosition(near);
      let ring = 0, slot = 0;
      placed.forEach((v) => {
        if (Math.hypot(v.x - c.x, v.y - c.y) < 1200) return;
        const radius = 300 + 140 * ring, slots = Math.floor(2 * Math.PI * radius / 190);  // ~190 px of arc per label
        const a = 2 * Math.PI * slot / slots + ring * 0.3;
        v.x = c.x + radius * Math.cos(a); v.y = c.y + radius * Math.sin(a);
        if (++slot === slots) { slot = 0; ring++; }
      });
    }
    nodes.add(placed);
    const newEdges = [];
    add.forEach((i) => edgesOf[i].forEach((k) => {
      if (state.edges.has(k) || !state.shown.has(E[k][0]) || !state.shown.has(E[k][1])) return;
      state.edges.add(k);
      newEdges.push(visEdge(k));
    }));
    edges.add(newEdges);
    stats();
  }
  function stats() { $('stats').textContent = state.shown.size + ' / ' + N.length + ' nodes shown, ' + E.length + ' links'; }

  show(D.overview);
  if (state.unconnected) show(isolated);
  const options = {
    physics: { enabled: false, solver: 'forceAtlas2Based', stabilization: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 250, hideEdgesOnDrag: N.length > 2000 },
    nodes: { font: { size: 14, face: 'system-ui, sans-serif' }, borderWidth: 1 },
    edges: { smooth: false, arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: '#aaa', highlight: '#222', hover: '#555' },
             font: { size: 10, align: 'middle', color: '#555' } },
  };
  const network = new vis.Network($('net'), { nodes: nodes, edges: edges }, options);
  window.network = network;
  network.once('afterDrawing', () => {
    const fit = network.getScale();
    if (fit < 0.5) network.moveTo({ scale: 0.5, position: network.getViewPosition() });
  });

  // -- legend = class filter ------------------------------------------------------------------
  const counts = C.map(() => 0);
  N.forEach((n) => { if (n[CLS] >= 0) counts[n[CLS]]++; });
  $('kazkg-legend').innerHTML = '<details open><summary><b>Classes</b></summary>' + C.map((c, k) => counts[k] ? '<label title="' + esc(c[0]) + '"><input type="checkbox" data-k="' + k +
    '" checked> <span class="glyph" style="color:' + c[3] + '">' + (GLYPH[c[4]] || '●') + '</span>' + esc(c[1]) + ' <span class="muted">' +
    esc(c[2]) + ' ' + counts[k] + '</span> <a class="muted" data-only="' + k + '" title="show only this class">only</a></label>' : '').join('') + '</details>';
  $('kazkg-legend').addEventListener('change', (ev) => { state.classOn[+ev.target.dataset.k] = ev.target.checked; refilter(); });
  $('kazkg-legend').addEventListener('click', (ev) => {
    const only = ev.target.dataset && ev.target.dataset.only;
    if (only === undefined) return;
    ev.preventDefault();
    state.classOn = C.map((_, k) => k === +only);
    document.querySelectorAll('#kazkg-legend input').forEach((el) => { el.checked = state.classOn[+el.dataset.k]; });
    showTop(); refilter();
  });
  // starting from one class or one date range: its most connected nodes join the view
  function showTop() {
    const pick = [];
    N.forEach((n, i) => { if (visible(i) && !state.shown.has(i)) pick.push(i); });
    pick.sort((a, b) => N[b][DEG] - N[a][DEG]);
    show(pick.slice(0, 300));
  }
  function refilter() { nodes.update([...state.shown].map((i) => ({ id: i, hidden: !visible(i) }))); }
  $('from').addEventListener('change', (ev) => { state.from = ev.target.value; showTop(); refilter(); });
  $('to').addEventListener('change', (ev) => { state.to = ev.target.value; showTop(); refilter(); });
  function unconnectedLabel() { $('unconnected').textContent = (state.unconnected ? 'Hide' : 'Show') + ' unconnected (' + isolated.length + ')'; }
  unconnectedLabel();
  $('unconnected').addEventListener('click', () => {
    state.unconnected = !state.unconnected;
    if (state.unconnected) show(isolated);
    refilter(); unconnectedLabel();
  });
  $('physics').addEventListener('click', (ev) => {
    const on = ev.target.getAttribute('aria-pressed') !== 'true';
    ev.target.setAttribute('aria-pressed', on); ev.target.textContent = 'Physics: ' + (on ? 'on' : 'off');
    network.setOptions({ physics: { enabled: on } });
  });
  $('reset').addEventListener('click', () => {
    state.classOn = C.map(() => true); state.from = state.to = ''; $('from').value = $('to').value = '';
    document.querySelectorAll('#kazkg-legend input').forEach((el) => { el.checked = true; });
    nodes.clear(); edges.clear(); state.shown.clear(); state.edges.clear();
    show(D.overview); if (state.unconnected) show(isolated);
    network.fit(); closePanel();
  });

  // -- search: case, ending and keyboard tolerant ---------------------------------------------
  // Kazakh letters to their Russian-keyboard look-alikes, Latin diacritics dropped, q as k (Toqaev, Tokaev)
  const FOLD = { 'қ': 'к', 'ғ': 'г', 'ң': 'н', 'ә': 'а', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и', 'ё': 'е', 'й': 'и', 'q': 'k', 'ı': 'i' };
  function fold(s) {
    return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/[қғңәөұүһіёйqı]/g, (c) => FOLD[c]);
  }
  const tokens = (s) => fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // inverted index, built when the page is idle after the first frame: folded token -> nodes
  let vocab = null, postings = null;
  function buildIndex() {
    const map = new Map();
    N.forEach((n, i) => {
      for (const t of new Set(tokens(n[LABEL] + ' ' + n[ALIASES] + ' ' + n[LAT] + ' ' + n[EN]))) {
        let list = map.get(t);
        if (!list) map.set(t, list = []);
        list.push(i);
      }
    });
    vocab = Array.from(map.keys());
    postings = vocab.map((t) => map.get(t));
  }
  function tokenScore(q, t) {
    if (t === q) return 3;
    if (t.startsWith(q)) return 2;
    // the query is an inflected form: a stem of the label word plus an ending (Тоқаевтың, Тоқаевқа)
    let k = 0;
    while (k < q.length && k < t.length && q[k] === t[k]) k++;
    if (k >= 4 && k >= t.length - 1 && q.length - k <= 6) return 1;
    return 0;
  }
  function search(query, limit) {
    if (!vocab) buildIndex();
    const qs = tokens(query);
    if (!qs.length) return [];
    let scores = null;
    for (const q of qs) {  // a node must match every query word; its score is the sum of the best matches
      const best = new Map();
      for (let v = 0; v < vocab.length; v++) {
        const sc = tokenScore(q, vocab[v]);
        if (!sc) continue;
        for (const i of postings[v]) if ((best.get(i) || 0) < sc) best.set(i, sc);
      }
      if (scores === null) scores = best;
      else { const next = new Map(); best.forEach((sc, i) => { if (scores.has(i)) next.set(i, scores.get(i) + sc); }); scores = next; }
    }
    const whole = fold(query.trim());
    const hits = [];
    scores.forEach((sc, i) => hits.push([sc, N[i][DEG], i]));
    hits.sort((a, b) => b[0] - a[0] || b[1] - a[1] || a[2] - b[2]);
    const top = hits.slice(0, 200).map((h) => h[2]);
    top.sort((a, b) => (fold(N[b][LABEL]) === whole) - (fold(N[a][LABEL]) === whole));
    return top.slice(0, limit || 20);
  }
  (window.requestIdleCallback || setTimeout)(() => { if (!vocab) buildIndex(); });
  let found = [], active = 0;
  function listResults() {
    $('results').innerHTML = found.map((i, k) => '<li data-i="' + i + '"' + (k === active ? ' class="active"' : '') + '><span style="color:' +
      cls(i)[3] + '">' + (GLYPH[cls(i)[4]] || '●') + '</span> ' + esc(N[i][LABEL]) + ' <small>' + esc(cls(i)[1]) + ', ' + N[i][DEG] + ' links</small></li>').join('');
  }
  $('search').addEventListener('input', (ev) => { found = search(ev.target.value); active = 0; listResults(); });
  $('search').addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') { active = Math.max(0, Math.min(found.length - 1, active + (ev.key === 'ArrowDown' ? 1 : -1))); listResults(); ev.preventDefault(); }
    if (ev.key === 'Enter' && found.length) { reveal(found[active]); $('results').innerHTML = ''; }
    if (ev.key === 'Escape') $('results').innerHTML = '';
  });
  $('results').addEventListener('click', (ev) => { const li = ev.target.closest('li'); if (li) { reveal(+li.dataset.i); $('results').innerHTML = ''; } });

  function reveal(i) {
    if (!visible(i)) { state.classOn[N[i][CLS]] = true; state.from = state.to = ''; $('from').value = $('to').value = '';
      if (!N[i][DEG]) { state.unconnected = true; unconnectedLabel(); }
      document.querySelectorAll('#kazkg-legend input').forEach((el) => { el.checked = state.classOn[+el.dataset.k]; }); }
    show([i]); refilter();
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1), animation: false });
    openNode(i);
  }

  // -- expand and provenance ------------------------------------------------------------------
  function expand(i) {
    const near = edgesOf[i].map((k) => E[k][0] === i ? E[k][1] : E[k][0]).filter((j) => !state.shown.has(j));
    near.sort((a, b) => N[b][DEG] - N[a][DEG]);
    show(Array.from(new Set(near)).slice(0, EXPAND_MAX), i);
  }
  function sentence(sp) {
    const s = D.sents[sp[0]], text = s[0], a = D.arts[s[1]] || ['', '', '', ''];
    const meta = [a[0] ? '<b>' + esc(a[0]) + '</b>' : esc(a[3]), esc(a[1]), /^https?:\/\//i.test(a[2]) ? '<a href="' + esc(a[2]) + '" target="_blank" rel="noopener">' + esc(a[2]) + '</a>' : esc(a[2])];
    return '<div class="src"><div class="sent">' + esc(text.slice(0, sp[1])) + '<mark>' + esc(text.slice(sp[1], sp[2])) + '</mark>' +
      esc(text.slice(sp[2])) + '</div><div class="meta">' + meta.filter(Boolean).join(' · ') + '</div></div>';
  }
  let pending = [];  // spans not rendered yet, shown by the 'more' button
  function sources(spans, title) {
    if (!spans.length) return '';
    const head = '<h3>' + esc(title) + ' (' + spans.length + ')</h3>';
    const first = spans.slice(0, SOURCES_SHOWN).map(sentence).join('');
    pending = spans.slice(SOURCES_SHOWN);
    return head + first + (pending.length ? '<button type="button" id="more">' + pending.length + ' more</button>' : '');
  }
  const link = (j) => '<a data-node="' + j + '">' + esc(N[j][LABEL]) + '</a>';
  function openNode(i) {
    const n = N[i], c = cls(i);
    const names = [n[LAT], n[EN]].filter((s) => s && s !== n[LABEL]).map(esc).join(' · ');
    const dates = n[D0] ? (n[D0] === n[D1] ? n[D0] : n[D0] + ' – ' + n[D1]) : '';
    const facts = D.facts[i].map((f) => '<li>' + esc(P[f[0]][1]) + ': <b>' + esc(f[1]) + '</b>' +
      (f[2].length ? '<details><summary>source</summary>' + f[2].map(sentence).join('') + '</details>' : '') + '</li>').join('');
    const rels = edgesOf[i].slice(0, LINKS_SHOWN).map((k) => {
      const e = E[k], out = e[0] === i, other = out ? e[1] : e[0];
      return '<li class="rel">' + (out ? '→ ' : '← ') + esc(P[e[2]][1]) + ': ' + link(other) +
        (e[3].length ? ' <a data-edge="' + k + '" class="muted">source</a>' : '') + '</li>';
    }).join('');
    body('<h2>' + esc(n[LABEL]) + '</h2><span class="chip" style="background:' + c[3] + '">' + esc(c[1]) + ' / ' + esc(c[2]) + '</span> ' +
      (dates ? '<span class="muted">' + dates + '</span>' : '') + (names ? '<div class="muted">' + names + '</div>' : '') +
      '<div class="muted">' + esc(n[IRI]) + '</div>' + (facts ? '<h3>Facts</h3><ul>' + facts + '</ul>' : '') +
      (rels ? '<h3>Links (' + edgesOf[i].length + ')</h3><ul>' + rels + '</ul>' +
        (edgesOf[i].length > LINKS_SHOWN ? '<p class="muted">' + (edgesOf[i].length - LINKS_SHOWN) + ' more links: click the node to expand</p>' : '') : '') +
      sources(n[SPANS], 'Mentions'));
  }
  function openEdge(k) {
    const e = E[k];
    body('<h2>' + esc(P[e[2]][1]) + '</h2><div class="muted">' + esc(P[e[2]][0]) + '</div><p class="rel">' + link(e[0]) + ' → ' + link(e[1]) + '</p>' +
      (sources(e[3], 'Sources') || '<p class="muted">No source sentence recorded.</p>'));
  }
  function body(htmlText) { $('panel-body').innerHTML = htmlText; $('panel').hidden = false; $('panel').scrollTop = 0; }
  function closePanel() { $('panel').hidden = true; }
  $('close').addEventListener('click', closePanel);
  $('panel').addEventListener('click', (ev) => {
    if (ev.target.id === 'more') {
      const next = pending.slice(0, 200); pending = pending.slice(200);
      ev.target.insertAdjacentHTML('beforebegin', next.map(sentence).join(''));
      if (pending.length) ev.target.textContent = pending.length + ' more'; else ev.target.remove();
      return;
    }
    const a = ev.target.closest('a[data-node], a[data-edge]');
    if (!a) return;
    if (a.dataset.node !== undefined) reveal(+a.dataset.node);
    else { show([E[+a.dataset.edge][0], E[+a.dataset.edge][1]]); network.selectEdges([+a.dataset.edge]); openEdge(+a.dataset.edge); }
  });
  network.on('click', (params) => {
    if (params.nodes.length) { openNode(params.nodes[0]); expand(params.nodes[0]); }
    else if (params.edges.length) openEdge(params.edges[0]);
  });
  window.kazkg = { data: D, search: search, reveal: reveal, expand: expand, openNode: openNode };
})();
