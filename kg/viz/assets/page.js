/* kg viz: the page's behaviour. Everything read from the data goes into the DOM as text
   (textContent), never as markup. */
(function () {
  'use strict';

  const timings = { start: performance.now() };  // milestones, for bench/viz.py
  window.kgTimings = timings;
  const DATA = JSON.parse(document.getElementById('kg-data').textContent);
  timings.parsed = performance.now();
  const TYPES = new Map(DATA.types.map((t) => [t.type, t]));
  const LARGE = DATA.nodes.length > 1500;
  const $ = (id) => document.getElementById(id);
  const norm = (s) => (s || '').toLowerCase().replace(/ё/g, 'е');

  /** An element with attributes and children; strings become text nodes, empty
      children (null, '', false, []) are left out. */
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'style') Object.assign(node.style, v);
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    return fill(node, ...children);
  }

  function fill(node, ...children) {
    for (const c of children.flat(Infinity)) {
      if (c === undefined || c === null || c === false || c === '') continue;
      node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }

  function show(...children) {
    const panel = $('details');
    panel.replaceChildren();
    fill(panel, ...children);
    panel.scrollTop = 0;
  }

  // -- the graph ----------------------------------------------------------------------
  const style = [
    { selector: 'node', style: {
      'width': 'data(size)', 'height': 'data(size)', 'background-color': '#999',
      'label': 'data(label)', 'font-size': 'mapData(size, 12, 48, 10, 20)', 'color': '#1f2933',
      'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 220,
      // outlined text costs a second drawing of every label: a large graph goes without
      'text-outline-color': '#fff', 'text-outline-width': LARGE ? 0 : 2, 'min-zoomed-font-size': 7,
      'border-width': LARGE ? 0 : 1, 'border-color': '#fff',
    } },
    { selector: 'node[?fact]', style: { 'font-size': 8, 'min-zoomed-font-size': 10,
      'text-max-width': 120 } },
    { selector: 'edge', style: {
      'width': 'mapData(documents, 0, 5, 1, 4)', 'line-color': '#c5ccd6', 'opacity': 0.8,
      'curve-style': LARGE ? 'haystack' : 'bezier',
      'target-arrow-shape': LARGE ? 'none' : 'triangle', 'target-arrow-color': '#c5ccd6',
      'arrow-scale': 0.6,
    } },
    { selector: 'edge[kind = "relation"]', style: {
      'line-color': '#c0392b', 'target-arrow-shape': 'none', 'width': 3, 'opacity': 0.9,
      'control-point-step-size': 28,
      'label': 'data(label)', 'font-size': 9, 'color': '#922b21', 'text-rotation': 'autorotate',
      'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 12,
    } },
    { selector: 'edge[kind = "holds_office"]', style: {
      'line-color': '#8e6bbf', 'target-arrow-color': '#8e6bbf', 'label': 'data(label)',
      'font-size': 9, 'color': '#5b3f87', 'text-rotation': 'autorotate',
      'text-outline-color': '#fff', 'text-outline-width': 2, 'min-zoomed-font-size': 8,
    } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0 } },
    { selector: 'node.near', style: { 'border-width': 3, 'border-color': '#52606d' } },
    { selector: 'edge.near', style: { 'line-color': '#52606d', 'width': 2, 'z-index': 9 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
    { selector: 'edge:selected', style: { 'line-color': '#111', 'target-arrow-color': '#111' } },
  ];
  for (const t of DATA.types) {
    style.splice(2, 0, { selector: `node[type = "${t.type}"]`,
      style: { 'background-color': t.color, 'shape': t.shape } });
  }

  const cy = cytoscape({
    container: $('cy'),
    elements: { nodes: DATA.nodes, edges: DATA.edges },
    layout: { name: 'preset', fit: true, padding: 30 },
    style: style,
    minZoom: 0.01,
    maxZoom: 5,
    boxSelectionEnabled: false,
    selectionType: 'single',
    textureOnViewport: LARGE,
    hideEdgesOnViewport: LARGE,
    pixelRatio: LARGE ? 1 : 'auto',
  });
  window.kgCy = cy;  // for tests and the browser console
  timings.created = performance.now();

  // -- filters --------------------------------------------------------------------------
  const typeBoxes = new Map();
  const counts = {};
  for (const n of DATA.nodes) counts[n.data.type] = (counts[n.data.type] || 0) + 1;
  for (const t of DATA.types) {
    const box = h('input', { type: 'checkbox', checked: true, value: t.type });
    typeBoxes.set(t.type, box);
    box.addEventListener('change', applyFilters);
    $('types').append(h('label', { title: t.type },
      box, h('span', { class: 'swatch', style: { background: t.color } }),
      `${t.label} (${counts[t.type] || 0})`));
  }

  /** First and last day an ISO date of any precision covers, or null. */
  function span(value, last) {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec((value || '').trim());
    if (!m) return null;
    if (m[3]) return value.trim();
    if (m[2]) {
      if (!last) return `${m[1]}-${m[2]}-01`;
      const days = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
      return `${m[1]}-${m[2]}-${String(days).padStart(2, '0')}`;
    }
    return last ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  }

  function dateRange() {
    return { from: span($('from').value, false), to: span($('to').value, true),
             undated: $('undated').checked };
  }

  /** Entities have no date and never fall out of a date range; undated facts follow the
      "undated" box; a relation level without `end` holds from its start on. */
  function inRange(d, r) {
    if (!d.start) return !(d.fact || d.kind === 'relation') || r.undated;
    if (r.from && (d.end || '9999-12-31') < r.from) return false;
    if (r.to && d.start > r.to) return false;
    return true;
  }

  function applyFilters() {
    const r = dateRange();
    for (const id of ['from', 'to']) {
      $(id).setCustomValidity($(id).value.trim() && !span($(id).value) ? 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД' : '');
    }
    // only the elements that change are restyled: cheap when one box of many changes
    const hide = [];
    const reveal = [];
    const decide = (ele, visible) => {
      if (visible === ele.hasClass('hidden')) (visible ? reveal : hide).push(ele);
    };
    cy.nodes().forEach((n) => decide(n, typeBoxes.get(n.data('type')).checked && inRange(n.data(), r)));
    cy.edges('[kind = "relation"]').forEach((e) => decide(e, inRange(e.data(), r)));
    cy.batch(() => {
      cy.collection(hide).addClass('hidden');
      cy.collection(reveal).removeClass('hidden');
    });
    showCount();
    drawTimeline();
  }

  function showCount() {
    const nodes = cy.nodes().not('.hidden');
    const edges = cy.edges().filter((e) => !e.hasClass('hidden') &&
      !e.source().hasClass('hidden') && !e.target().hasClass('hidden'));
    const out = $('count');
    out.dataset.nodes = nodes.length;
    out.dataset.edges = edges.length;
    out.textContent = `${nodes.length} из ${cy.nodes().length} узлов · ${edges.length} связей`;
  }

  $('from').addEventListener('change', applyFilters);
  $('to').addEventListener('change', applyFilters);
  $('undated').addEventListener('change', applyFilters);
  $('reset').addEventListener('click', () => {
    for (const box of typeBoxes.values()) box.checked = true;
    $('from').value = '';
    $('to').value = '';
    $('undated').checked = true;
    applyFilters();
    cy.elements().removeClass('faded near');
    cy.fit(undefined, 30);
  });

  // -- search ---------------------------------------------------------------------------
  const index = DATA.nodes.map((n) => ({
    id: n.data.id,
    label: n.data.label,
    type: n.data.type,
    weight: (n.data.mentions || 0) + (n.data.documents || 0),
    key: norm([n.data.label, n.data.label_en, ...(n.data.aliases || [])].join(' | ')),
  }));
  let hits = [];
  let active = -1;

  function search() {
    const q = norm($('search').value.trim());
    const list = $('results');
    if (!q) {
      list.hidden = true;
      return;
    }
    hits = index.filter((x) => x.key.includes(q))
      .sort((a, b) => (b.key.startsWith(q) - a.key.startsWith(q)) || (b.weight - a.weight) ||
        a.label.localeCompare(b.label))
      .slice(0, 30);
    active = hits.length ? 0 : -1;
    list.replaceChildren(...hits.map((x, i) => h('li', {
      role: 'option', 'data-id': x.id, 'aria-selected': String(i === active),
      onmousedown: (ev) => { ev.preventDefault(); choose(x.id); },
    }, h('span', { class: 'swatch', style: { background: (TYPES.get(x.type) || {}).color } }),
    x.label, h('span', { class: 'type' }, (TYPES.get(x.type) || {}).label || x.type))));
    if (!hits.length) list.replaceChildren(h('li', {}, 'Ничего не найдено'));
    list.hidden = false;
  }

  function choose(id) {
    $('results').hidden = true;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    if (node.hasClass('hidden')) {  // a search finds what the filters hide: show it
      typeBoxes.get(node.data('type')).checked = true;
      $('from').value = '';
      $('to').value = '';
      $('undated').checked = true;
      applyFilters();
    }
    select(node, true);
  }

  $('search').addEventListener('input', search);
  $('search').addEventListener('keydown', (ev) => {
    const items = [...$('results').querySelectorAll('li[data-id]')];
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!items.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
      items[active].scrollIntoView({ block: 'nearest' });
    } else if (ev.key === 'Enter') {
      if (active >= 0 && hits[active]) choose(hits[active].id);
    } else if (ev.key === 'Escape') {
      $('results').hidden = true;
    }
  });
  $('search').addEventListener('blur', () => { $('results').hidden = true; });

  // -- selection and details ---------------------------------------------------------------
  function select(ele, center) {
    cy.elements(':selected').unselect();
    ele.select();
    const near = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
    cy.batch(() => {
      // fading thousands of elements takes seconds: a large graph marks the neighbours instead
      if (LARGE) {
        cy.elements('.near').removeClass('near');
        near.addClass('near');
      } else {
        cy.elements().addClass('faded');
        near.removeClass('faded');
      }
    });
    if (center) {  // bring the node and its neighbours into view, not too close
      cy.stop();
      cy.maxZoom(2);
      cy.animate({ fit: { eles: near, padding: 50 } }, {
        duration: 250, complete: () => cy.maxZoom(5) });
    }
    if (ele.isNode()) showNode(ele);
    else showEdge(ele);
    markTimeline(ele.id());
  }

  cy.on('tap', 'node, edge', (ev) => select(ev.target, false));
  cy.on('tap', (ev) => {
    if (ev.target === cy) {
      cy.elements().removeClass('faded near');
      cy.elements(':selected').unselect();
      markTimeline(null);
    }
  });

  function link(node) {
    return h('a', { class: 'node', href: '#', onclick: (ev) => { ev.preventDefault(); select(node, true); } },
      node.data('label'));
  }

  function sentences(evidence, docs) {
    const wanted = docs ? new Set(docs) : null;
    return (evidence || []).filter((e) => !wanted || wanted.has(e[0])).map(([doc, start, end, text]) =>
      h('blockquote', {}, text, h('cite', {}, `${doc} [${start}–${end}]`)));
  }

  function fields(rows) {
    const dl = h('dl');
    for (const [name, value] of rows) {
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) continue;
      dl.append(h('dt', {}, name), h('dd', {}, value));
    }
    return dl;
  }

  function badge(type, kind) {
    const t = TYPES.get(type) || { label: type, color: '#999' };
    return h('span', { class: 'badge', style: { background: t.color } }, t.label + (kind ? ` · ${kind}` : ''));
  }

  function showNode(node) {
    const d = node.data();
    // a link only to an http(s) IRI: the store's content is data, never script
    const wikidata = /^https?:\/\//.test(d.wikidata || '')
      ? h('a', { href: d.wikidata, target: '_blank', rel: 'noopener' }, d.wikidata.replace(/^.*\//, ''))
      : d.wikidata;
    const edges = node.connectedEdges().sort((a, b) =>
      (b.data('start') || '').localeCompare(a.data('start') || '') ||
      a.data('label').localeCompare(b.data('label')));
    const facts = edges.map((e, i) => fact(e, node, i < 12));
    show(
      h('h2', {}, d.label), badge(d.type, d.kind),
      fields([
        ['English', d.label_en], ['Должность', d.office], ['Дата', d.date], ['Статус', d.status],
        ['Место', d.location], ['Текст', d.text], ['Упоминаний', d.mentions || null],
        ['Wikidata', wikidata], ['Другие имена', (d.aliases || []).join('; ')],
        ['Документы', (d.sources || []).join('; ')], ['IRI', d.iri],
      ]),
      d.evidence && d.evidence.length ? h('h3', {}, `Источники (${d.evidence.length})`) : null,
      sentences(d.evidence),
      h('h3', {}, `Факты и связи (${edges.length})`),
      h('ul', { class: 'facts' }, facts),
    );
  }

  /** One edge of `node` as a fact: role, the node at the other end, date, and the source
      sentences of the documents that state it. */
  function fact(edge, node, open) {
    const d = edge.data();
    const other = edge.source().same(node) ? edge.target() : edge.source();
    const factNode = d.fact ? cy.getElementById(d.fact) : null;
    const evidence = d.kind === 'relation' ? d.evidence : (factNode && factNode.data('evidence'));
    const quotes = sentences(evidence, d.sources);
    const from = d.kind === 'relation' || !factNode
      ? (d.kind === 'relation' ? null : 'из графа сущностей (газеттир, титулы в текстах)') : null;
    return h('li', {}, h('details', { open: open && (quotes.length || from) ? true : null },
      h('summary', {}, h('span', { class: 'role' }, `${d.label}: `), link(other),
        d.date ? h('span', { class: 'date' }, d.date) : null),
      d.stated_by && d.stated_by.length ? h('div', {}, `Сказал(и): ${d.stated_by.join('; ')}`) : null,
      from ? h('div', { class: 'hint' }, from) : null,
      h('div', { class: 'hint' }, `Документы (${d.documents}): ${(d.sources || []).join('; ')}`),
      quotes));
  }

  function showEdge(edge) {
    const d = edge.data();
    const factNode = d.fact ? cy.getElementById(d.fact) : null;
    const evidence = d.kind === 'relation' ? d.evidence : (factNode && factNode.data('evidence'));
    show(
      h('h2', {}, d.label),
      h('div', {}, link(edge.source()), ' → ', link(edge.target())),
      fields([['Дата', d.date], ['Сказал(и)', (d.stated_by || []).join('; ')],
        ['Документы', (d.sources || []).join('; ')]]),
      h('h3', {}, 'Источники'),
      sentences(evidence, d.sources),
    );
  }

  // -- timeline -------------------------------------------------------------------------
  const SVG = 'http://www.w3.org/2000/svg';
  const svgEl = (tag, attrs) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 864e5;
  const dated = cy.elements().filter((e) => e.data('start') &&
    (e.isEdge() ? e.data('kind') === 'relation' : ['Event', 'Agreement'].includes(e.data('type'))));
  let selectedId = null;

  function drawTimeline() {
    const svg = $('timeline-svg');
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 130;
    const r = dateRange();
    const items = dated.filter((e) => (e.isEdge()
      ? typeBoxes.has('State') && typeBoxes.get('State').checked
      : typeBoxes.get(e.data('type')).checked));
    svg.replaceChildren();
    if (!items.length) {
      const t = svgEl('text', { x: 12, y: 24 });
      t.textContent = 'Нет датированных событий и соглашений.';
      svg.append(t);
      return;
    }
    let lo = Math.min(...items.map((e) => day(e.data('start'))));
    let hi = Math.max(...items.map((e) => day(e.data('end') || e.data('start'))));
    if (hi - lo < 60) { lo -= 30; hi += 30; }
    const pad = 16;
    const x = (d) => pad + (d - lo) / (hi - lo) * (width - 2 * pad);
    const base = height - 22;
    svg.append(svgEl('line', { class: 'axis', x1: pad, x2: width - pad, y1: base, y2: base }));
    const y0 = new Date(lo * 864e5).getUTCFullYear();
    const y1 = new Date(hi * 864e5).getUTCFullYear();
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) / Math.max(1, Math.floor(width / 70))));
    for (let y = y0; y <= y1 + 1; y += step) {
      const xx = x(day(`${y}-01-01`));
      if (xx < pad || xx > width - pad) continue;
      svg.append(svgEl('line', { class: 'axis', x1: xx, x2: xx, y1: base, y2: base + 4 }));
      const t = svgEl('text', { x: xx, y: base + 16, 'text-anchor': 'middle' });
      t.textContent = String(y);
      svg.append(t);
    }
    const sorted = items.sort((a, b) => a.data('start').localeCompare(b.data('start')));
    const laneCount = Math.max(1, Math.floor((base - 8) / 11));
    if (sorted.length > laneCount * (width - 2 * pad) / 22) histogram(svg, sorted, x, base, r);
    else marks(svg, sorted, x, base, laneCount, r);
  }

  const colorOf = (e) => (e.isEdge() ? '#c0392b' : TYPES.get(e.data('type')).color);

  /** One mark per item, in lanes so that marks do not cover each other. */
  function marks(svg, items, x, base, laneCount, r) {
    const lanes = [];
    items.forEach((e) => {
      const d = e.data();
      const cx = x((day(d.start) + day(d.end || d.start)) / 2);
      let lane = lanes.findIndex((last) => cx - last > 11);
      if (lane < 0) lane = lanes.length < laneCount ? lanes.length : laneCount - 1;
      lanes[lane] = cx;
      const cyy = base - 8 - lane * 11;
      const mark = e.isNode() && d.type === 'Agreement'
        ? svgEl('rect', { x: cx - 4.5, y: cyy - 4.5, width: 9, height: 9, fill: colorOf(e) })
        : svgEl('circle', { cx, cy: cyy, r: 5, fill: colorOf(e) });
      mark.classList.add('item');
      if (!inRange(d, r)) mark.classList.add('out');
      if (d.id === selectedId) mark.classList.add('selected');
      mark.dataset.id = d.id;
      const title = svgEl('title', {});
      title.textContent = `${d.date} · ${d.label}`;
      mark.append(title);
      mark.addEventListener('click', () => select(cy.getElementById(d.id), true));
      svg.append(mark);
    });
  }

  /** Too many items for marks: a bar per stretch of time, stacked by type; a click on a
      bar sets the date range to its stretch. */
  function histogram(svg, items, x, base, r) {
    const iso = (d) => new Date(d * 864e5).toISOString().slice(0, 10);
    const first = day(items[0].data('start'));
    const last = Math.max(...items.map((e) => day(e.data('start'))));
    const bins = Math.max(1, Math.floor((x(last) - x(first)) / 6));
    const size = Math.max(1, Math.ceil((last - first + 1) / bins));
    const counts = new Map();
    for (const e of items) {
      const b = Math.floor((day(e.data('start')) - first) / size);
      const row = counts.get(b) || new Map();
      row.set(colorOf(e), (row.get(colorOf(e)) || 0) + 1);
      counts.set(b, row);
    }
    const most = Math.max(...[...counts.values()].map((row) => [...row.values()].reduce((a, c) => a + c, 0)));
    const scale = (base - 8) / most;
    for (const [b, row] of counts) {
      const from = first + b * size;
      const to = from + size - 1;
      let top = base;
      let total = 0;
      const bar = svgEl('g', { class: 'item bar' });
      for (const [color, n] of row) {
        top -= n * scale;
        total += n;
        bar.append(svgEl('rect', { x: x(from), y: top, width: Math.max(2, x(to + 1) - x(from) - 1),
          height: n * scale, fill: color }));
      }
      if (!inRange({ start: iso(from), end: iso(to), fact: true }, r)) bar.classList.add('out');
      const title = svgEl('title', {});
      title.textContent = `${iso(from)} – ${iso(to)}: ${total}`;
      bar.append(title);
      bar.addEventListener('click', () => {
        $('from').value = iso(from);
        $('to').value = iso(to);
        applyFilters();
      });
      svg.append(bar);
    }
  }

  function markTimeline(id) {
    selectedId = id;
    for (const m of $('timeline-svg').querySelectorAll('.item')) {
      m.classList.toggle('selected', m.dataset.id === id);
    }
  }

  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(drawTimeline, 150);
  });

  applyFilters();
  timings.filtered = performance.now();
  cy.resize();  // the filters above have found their height: fit the graph to what is left
  cy.fit(undefined, 30);
  cy.ready(() => requestAnimationFrame(() => {
    window.kgReady = timings.drawn = performance.now();
    document.body.dataset.ready = 'true';
  }));
})();
