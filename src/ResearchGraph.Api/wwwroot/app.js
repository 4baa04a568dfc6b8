// ResearchGraph web UI: one page, routed by the URL, drawn from the read-only API.
// Everything from the API is inserted as text; the one exception, search highlights, is rebuilt
// from its <mark> elements only (see highlighted()).

const app = document.getElementById('app');

// ---------- DOM helpers ----------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** A search highlight: HTML whose only markup is <mark>. Rebuilt as text and <mark> elements, nothing else. */
function highlighted(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') out.append(el('mark', {}, node.textContent));
    else out.append(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

function link(href, ...children) {
  return el('a', { href, 'data-link': true }, ...children);
}

function entityHref(ref) {
  return '/entity/' + encodeURIComponent(ref.id);
}

function kindBadge(kind) {
  return el('span', { class: `kind kind-${kind.toLowerCase()}` }, kind);
}

function entityChip(ref, extra) {
  return el('a', { class: 'chip', href: entityHref(ref), 'data-link': true, title: ref.kinds.join(', ') },
    el('span', { class: `dot kind-${(ref.kinds[0] ?? 'none').toLowerCase()}` }), ref.name, extra ?? null);
}

function dateBadge(date) {
  return el('time', { class: 'date', datetime: date ?? '' }, date ? formatDate(date) : 'undated');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function formatDate(date) {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const REL_LABELS = {
  PUBLISHED_AT: 'published at', ADOPTED: 'adopted', SPONSORS: 'sponsors', RECEIVED: 'received',
  ADVISED_BY: 'advised by', EDUCATED_AT: 'educated at', AFFILIATED_WITH: 'affiliated with',
  PRECEDES: 'precedes', USES: 'uses',
};

function evidenceList(evidence) {
  return el('ul', { class: 'evidence' }, evidence.map(e =>
    el('li', {},
      el('blockquote', {}, e.text),
      el('div', { class: 'source' }, e.doc, e.date ? ` · ${formatDate(e.date)}` : '', ` · chars ${e.start}–${e.end}`))));
}

// ---------- API ----------

class ApiError extends Error {
  constructor(status, detail) { super(detail); this.status = status; }
}

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.detail ?? `${response.status} ${response.statusText}`);
  return body;
}

function problem(error) {
  const notFound = error instanceof ApiError && error.status === 404;
  return el('div', { class: `notice ${notFound ? 'notice-info' : 'notice-error'}`, role: 'alert' },
    el('strong', {}, notFound ? 'Not found. ' : 'Cannot show this. '), error.message);
}

function loading() {
  return el('div', { class: 'loading' }, el('span', { class: 'spinner' }), 'Loading…');
}

// ---------- routing ----------

function navigate(href, replace) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  render();
}

document.addEventListener('click', event => {
  const a = event.target.closest('a[data-link]');
  if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(a.href, location.origin);
  if (url.origin !== location.origin) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});
window.addEventListener('popstate', render);

document.getElementById('topsearch').addEventListener('submit', event => {
  event.preventDefault();
  const q = document.getElementById('topq').value.trim();
  if (q) navigate('/?' + new URLSearchParams({ q }));
});

const views = [
  [/^\/entity\/(.+)$/, m => entityView(decodeURIComponent(m[1])), 'search'],
  [/^\/lineage\/(.*)$/, m => lineageView(decodeURIComponent(m[1])), 'lineage'],
  [/^\/timeline\/(.*)$/, m => timelineView(decodeURIComponent(m[1])), 'timeline'],
  [/^\/adopters\/?$/, () => adoptersView(), 'adopters'],
  [/^\/$/, () => searchView(), 'search'],
];

let generation = 0;
async function render() {
  const mine = ++generation;
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  document.getElementById('topq').value = path === '/' ? (params.get('q') ?? '') : '';
  for (const [pattern, view, nav] of views) {
    const match = path.match(pattern);
    if (!match) continue;
    for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === nav);
    app.replaceChildren(loading());
    let content;
    try {
      content = await view(match);
    } catch (error) {
      content = problem(error);
    }
    if (mine === generation) {
      app.replaceChildren(content);
      window.scrollTo(0, 0);
    }
    return;
  }
  app.replaceChildren(problem(new ApiError(404, `There is no page at ${path}.`)));
}

function setTitle(...parts) {
  document.title = [...parts, 'ResearchGraph'].filter(Boolean).join(' · ');
}

// ---------- search ----------

const EXAMPLES = ['point cloud', '"Qualcomm Innovation Fellowship"', 'quantum', 'spars*', 'quantisation~'];

async function searchView() {
  const params = new URLSearchParams(location.search);
  const q = params.get('q')?.trim() ?? '';
  const filters = { from: params.get('from') ?? '', to: params.get('to') ?? '', entity: params.get('entity') ?? '', kind: params.get('kind') ?? '' };
  const offset = Number(params.get('offset') ?? 0) || 0;
  setTitle(q || null);
  if (!q) return homeView();

  const result = await api('/api/search', { q, ...filters, limit: 10, offset });
  const go = changes => {
    const next = new URLSearchParams({ q, ...filters, ...changes });
    for (const [k, v] of [...next]) if (!v) next.delete(k);
    navigate('/?' + next);
  };

  const dateForm = el('form', { class: 'dates', onsubmit: e => {
    e.preventDefault();
    const data = new FormData(e.target);
    go({ from: data.get('from'), to: data.get('to'), offset: '' });
  } },
  el('label', {}, 'From', el('input', { name: 'from', placeholder: 'YYYY-MM', value: filters.from, pattern: '\\d{4}(-\\d{2})?', size: 9 })),
  el('label', {}, 'To', el('input', { name: 'to', placeholder: 'YYYY-MM', value: filters.to, pattern: '\\d{4}(-\\d{2})?', size: 9 })),
  el('button', { type: 'submit' }, 'Apply'));

  const kinds = Object.entries(result.facets.kinds).sort((a, b) => b[1] - a[1]);
  const facetPanel = el('aside', { class: 'facets' },
    el('h3', {}, 'Date range'), dateForm,
    el('h3', {}, 'Mentions, by kind'),
    kinds.length === 0 ? el('p', { class: 'muted' }, 'No entities mentioned.') :
      el('ul', { class: 'facet-list' }, kinds.map(([kind, count]) =>
        el('li', {}, el('button', { class: `facet ${filters.kind === kind ? 'on' : ''}`, 'aria-pressed': filters.kind === kind ? 'true' : 'false', onclick: () => go({ kind: filters.kind === kind ? '' : kind, offset: '' }) },
          el('span', { class: `dot kind-${kind.toLowerCase()}` }), kind, el('span', { class: 'count' }, count))))),
    el('h3', {}, 'Top entities'),
    result.facets.entities.length === 0 ? el('p', { class: 'muted' }, 'None.') :
      el('ul', { class: 'facet-list' }, result.facets.entities.map(e =>
        el('li', {}, el('button', { class: `facet ${filters.entity === e.id ? 'on' : ''}`, 'aria-pressed': filters.entity === e.id ? 'true' : 'false', onclick: () => go({ entity: filters.entity === e.id ? '' : e.id, offset: '' }) },
          e.name, el('span', { class: 'count' }, e.count))))));

  const active = Object.entries(filters).filter(([, v]) => v);
  const summary = el('div', { class: 'summary' },
    el('span', {}, el('strong', {}, result.total), result.total === 1 ? ' news item' : ' news items', ' for ', el('q', {}, q)),
    active.map(([k, v]) => el('button', { class: 'pill', title: 'Remove this filter', onclick: () => go({ [k]: '', offset: '' }) }, `${k}: ${v}`, el('span', { 'aria-hidden': 'true' }, ' ×'))));

  const hits = result.hits.length === 0
    ? el('div', { class: 'empty' }, el('p', {}, 'Nothing matches.'), el('p', { class: 'muted' }, 'Try fewer words, a prefix (spars*), a fuzzy term (quantisation~) or a wider date range.'))
    : el('ol', { class: 'hits', start: offset + 1 }, result.hits.map(hitCard));

  const pager = el('div', { class: 'pager' },
    offset > 0 ? el('button', { onclick: () => go({ offset: String(Math.max(0, offset - 10)) }) }, '← Previous') : null,
    result.total > offset + result.hits.length ? el('span', { class: 'muted' }, `${offset + 1}–${offset + result.hits.length} of ${result.total}`) : null,
    result.total > offset + result.hits.length ? el('button', { onclick: () => go({ offset: String(offset + 10) }) }, 'Next →') : null);

  return el('div', { class: 'search-layout' }, facetPanel, el('section', { class: 'results' }, summary, hits, pager));
}

function hitCard(hit) {
  const full = el('p', { class: 'fulltext', hidden: true }, hit.text);
  const toggle = el('button', { class: 'linkish', onclick: () => { full.hidden = !full.hidden; toggle.textContent = full.hidden ? 'Show whole item' : 'Hide whole item'; } }, 'Show whole item');
  return el('li', { class: 'hit card' },
    el('div', { class: 'hit-head' }, dateBadge(hit.date), el('span', { class: 'doc' }, hit.doc), el('span', { class: 'score', title: 'Relevance score' }, hit.score.toFixed(2))),
    el('p', { class: 'highlight' }, highlighted(hit.highlight), hit.highlight.length < hit.text.length ? '…' : ''),
    full,
    el('div', { class: 'hit-foot' }, el('div', { class: 'chips' }, hit.entities.map(e => entityChip(e))), toggle));
}

async function homeView() {
  return el('section', { class: 'home' },
    el('h1', {}, 'Who did what, where, funded and adopted by whom.'),
    el('p', { class: 'lede' }, 'Search the dated news of researchers’ pages, open any entity to see every fact with the sentence it was read from, follow lineages and adoptions.'),
    el('form', { class: 'bigsearch', role: 'search', onsubmit: e => {
      e.preventDefault();
      const q = new FormData(e.target).get('q')?.toString().trim();
      if (q) navigate('/?' + new URLSearchParams({ q }));
    } },
    el('input', { name: 'q', type: 'search', placeholder: 'point cloud', 'aria-label': 'Search news', autofocus: true }),
    el('button', { type: 'submit' }, 'Search')),
    el('p', { class: 'examples' }, 'Try ', EXAMPLES.map((q, i) => [i ? ', ' : '', link('/?' + new URLSearchParams({ q }), q)])),
    el('div', { class: 'tiles' },
      tile('/adopters', 'Adopters', 'Which companies adopted which technique, via which product, when.'),
      tile('/lineage/ProxylessNAS', 'Lineage', 'Trace how one project led to the next: ProxylessNAS → AMC → HAQ.'),
      tile('/timeline/', 'Timeline', 'A person’s or lab’s news and facts, in date order.')));
}

function tile(href, title, text) {
  return el('a', { class: 'tile card', href, 'data-link': true }, el('h3', {}, title), el('p', {}, text));
}

// ---------- entity ----------

async function entityView(id) {
  const view = await api('/api/entities/' + encodeURIComponent(id));
  const entity = view.entity;
  setTitle(entity.name);
  const linked = new Map();
  for (const f of view.facts) {
    for (const end of [f.from, f.to, f.via]) if (end && end.id !== entity.id) linked.set(end.id, end);
  }

  const groups = new Map();
  for (const f of view.facts) {
    const outgoing = f.from.id === entity.id;
    const key = `${f.rel}|${outgoing ? 'out' : 'in'}`;
    if (!groups.has(key)) groups.set(key, { rel: f.rel, outgoing, facts: [] });
    groups.get(key).facts.push(f);
  }

  const isProject = entity.kinds.includes('Project');
  return el('article', { class: 'entity' },
    el('header', { class: 'entity-head card' },
      el('div', { class: 'kinds' }, entity.kinds.map(kindBadge)),
      el('h1', {}, entity.name),
      el('code', { class: 'id' }, entity.id),
      entity.aliases.length ? el('p', { class: 'aliases' }, el('span', { class: 'muted' }, 'Also known as '), entity.aliases.map((a, i) => [i ? ', ' : '', el('em', {}, a)])) : null,
      el('div', { class: 'actions' },
        link('/?' + new URLSearchParams({ q: `"${entity.name}"` }), 'News that name it'),
        link('/timeline/' + encodeURIComponent(entity.id), 'Timeline'),
        isProject ? link('/lineage/' + encodeURIComponent(entity.id), 'Lineage') : null,
        entity.kinds.includes('Company') ? link('/adopters?' + new URLSearchParams({ company: entity.id }), 'What it adopted') : null,
        isProject || entity.kinds.includes('Technique') ? link('/adopters?' + new URLSearchParams({ technique: entity.id }), 'Who adopted it') : null)),
    el('div', { class: 'entity-body' },
      el('section', { class: 'facts' },
        el('h2', {}, `${view.facts.length} ${view.facts.length === 1 ? 'fact' : 'facts'}`),
        view.facts.length === 0 ? el('p', { class: 'muted' }, 'No facts about this entity yet.') :
          [...groups.values()].map(g => el('section', { class: 'fact-group' },
            el('h3', {}, g.outgoing ? `${entity.name} ${REL_LABELS[g.rel] ?? g.rel}` : `${REL_LABELS[g.rel] ?? g.rel} ${entity.name}`, el('span', { class: 'count' }, g.facts.length)),
            el('ul', { class: 'fact-list' }, g.facts.map(f => factItem(f, entity.id)))))),
      el('aside', { class: 'linked card' },
        el('h2', {}, 'Linked entities'),
        linked.size === 0 ? el('p', { class: 'muted' }, 'None.') : el('div', { class: 'chips' }, [...linked.values()].sort((a, b) => a.name.localeCompare(b.name)).map(e => entityChip(e))))));
}

function factItem(f, selfId) {
  const other = f.from.id === selfId ? f.to : f.from;
  return el('li', { class: 'fact card' },
    el('div', { class: 'fact-line' },
      el('span', { class: 'rel' }, f.rel),
      other.id === selfId ? el('strong', {}, other.name) : entityChip(other),
      f.year !== null ? el('span', { class: 'year' }, f.year) : null,
      f.via ? el('span', { class: 'via' }, 'via ', entityChip(f.via)) : null),
    evidenceList(f.evidence));
}

// ---------- lineage ----------

async function lineageView(name) {
  setTitle('Lineage', name || null);
  const form = nameForm('/lineage/', name, 'A project: ProxylessNAS, MCUNet…', 'Project');
  if (!name) return el('section', {}, el('h1', {}, 'Lineage'), form);
  const params = new URLSearchParams(location.search);
  const direction = params.get('direction') ?? 'both';
  const view = await api('/api/lineage', { name, direction, depth: params.get('depth') });
  const directions = el('div', { class: 'segmented', role: 'group', 'aria-label': 'Direction' },
    [['up', 'Predecessors'], ['both', 'Both'], ['down', 'Successors']].map(([d, label]) =>
      el('button', { class: d === direction ? 'on' : '', 'aria-pressed': d === direction ? 'true' : 'false', onclick: () => navigate(`/lineage/${encodeURIComponent(name)}?direction=${d}`) }, label)));
  return el('section', { class: 'lineage' },
    el('div', { class: 'view-head' }, el('h1', {}, 'Lineage of ', link(entityHref(view.root), view.root.name)), form),
    directions,
    view.edges.length === 0
      ? el('div', { class: 'empty card' }, el('p', {}, `No lineage is recorded for ${view.root.name}.`))
      : [el('div', { class: 'graph card' }, lineageGraph(view)),
        el('h2', {}, 'Evidence'),
        el('ul', { class: 'fact-list' }, view.edges.map(e => el('li', { class: 'fact card' },
          el('div', { class: 'fact-line' }, entityChip(e.from), el('span', { class: 'arrow' }, '→'), entityChip(e.to)),
          evidenceList(e.evidence))))]);
}

/** Layered drawing: each project in the column of its longest chain of predecessors, left to right. */
function lineageGraph(view) {
  const nodes = new Map();
  for (const e of view.edges) { nodes.set(e.from.id, e.from); nodes.set(e.to.id, e.to); }
  const preds = new Map([...nodes.keys()].map(id => [id, []]));
  for (const e of view.edges) preds.get(e.to.id).push(e.from.id);
  const layer = new Map();
  const depth = (id, seen = new Set()) => {
    if (layer.has(id)) return layer.get(id);
    if (seen.has(id)) return 0; // a cycle: break it here
    seen.add(id);
    const d = preds.get(id).length === 0 ? 0 : 1 + Math.max(...preds.get(id).map(p => depth(p, seen)));
    layer.set(id, d);
    return d;
  };
  for (const id of nodes.keys()) depth(id);
  const columns = [];
  for (const [id, d] of layer) (columns[d] ??= []).push(id);
  for (const c of columns) c?.sort((a, b) => nodes.get(a).name.localeCompare(nodes.get(b).name));

  const W = 170, H = 46, GX = 90, GY = 28, PAD = 24;
  const rows = Math.max(...columns.map(c => c?.length ?? 0));
  const width = PAD * 2 + columns.length * W + (columns.length - 1) * GX;
  const height = PAD * 2 + rows * H + (rows - 1) * GY;
  const pos = new Map();
  columns.forEach((c, x) => c?.forEach((id, y) => {
    const top = PAD + (height - PAD * 2 - (c.length * H + (c.length - 1) * GY)) / 2;
    pos.set(id, { x: PAD + x * (W + GX), y: top + y * (H + GY) });
  }));

  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': `Lineage graph of ${view.root.name}` },
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' }, svg('path', { d: 'M0 0 10 5 0 10z', class: 'arrowhead' }))));
  for (const e of view.edges) {
    const a = pos.get(e.from.id), b = pos.get(e.to.id);
    const x1 = a.x + W, y1 = a.y + H / 2, x2 = b.x - 4, y2 = b.y + H / 2, mx = (x1 + x2) / 2;
    drawing.append(svg('path', { class: 'edge', d: `M${x1} ${y1} C${mx} ${y1} ${mx} ${y2} ${x2} ${y2}`, 'marker-end': 'url(#arrow)' },
      svg('title', {}, e.evidence[0]?.text ?? `${e.from.name} precedes ${e.to.name}`)));
  }
  for (const [id, ref] of nodes) {
    const p = pos.get(id);
    const a = svg('a', { href: entityHref(ref), 'data-link': '', class: `node ${id === view.root.id ? 'root' : ''}` },
      svg('rect', { x: p.x, y: p.y, width: W, height: H, rx: 10 }),
      svg('text', { x: p.x + W / 2, y: p.y + H / 2, 'dominant-baseline': 'central', 'text-anchor': 'middle' }, ref.name.length > 20 ? ref.name.slice(0, 19) + '…' : ref.name),
      svg('title', {}, ref.name));
    a.addEventListener('click', event => { event.preventDefault(); navigate(entityHref(ref)); });
    drawing.append(a);
  }
  return drawing;
}

function nameForm(base, value, placeholder, kind) {
  const listId = `names-${kind ?? 'any'}`;
  const list = el('datalist', { id: listId });
  api('/api/entities', { kind, limit: 200 }).then(v => list.replaceChildren(...v.entities.map(e => el('option', { value: e.name })))).catch(() => {});
  return el('form', { class: 'nameform', onsubmit: e => {
    e.preventDefault();
    const name = new FormData(e.target).get('name')?.toString().trim();
    if (name) navigate(base + encodeURIComponent(name));
  } },
  el('input', { name: 'name', value: value ?? '', placeholder, list: listId, 'aria-label': placeholder, autocomplete: 'off' }), list,
  el('button', { type: 'submit' }, 'Show'));
}

// ---------- adopters ----------

async function adoptersView() {
  const params = new URLSearchParams(location.search);
  const technique = params.get('technique') ?? '';
  const company = params.get('company') ?? '';
  setTitle('Adopters');
  const view = await api('/api/adopters', { technique, company });
  const byCompany = new Map();
  for (const a of view.adopters) {
    if (!byCompany.has(a.company.id)) byCompany.set(a.company.id, { company: a.company, rows: [] });
    byCompany.get(a.company.id).rows.push(a);
  }
  const filter = el('form', { class: 'filters', onsubmit: e => {
    e.preventDefault();
    const data = new FormData(e.target);
    const next = new URLSearchParams();
    for (const k of ['technique', 'company']) { const v = data.get(k)?.toString().trim(); if (v) next.set(k, v); }
    navigate('/adopters' + (next.size ? '?' + next : ''));
  } },
  el('label', {}, 'Technique or project', el('input', { name: 'technique', value: technique, placeholder: 'any' })),
  el('label', {}, 'Company', el('input', { name: 'company', value: company, placeholder: 'any' })),
  el('button', { type: 'submit' }, 'Filter'),
  technique || company ? link('/adopters', 'Clear') : null);

  const table = el('table', { class: 'adopters' },
    el('thead', {}, el('tr', {}, ['Company', 'Adopted', 'Via product', 'When', 'Evidence'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, [...byCompany.values()].map(group => group.rows.map((a, i) => el('tr', { class: i === 0 ? 'group-start' : '' },
      i === 0 ? el('th', { scope: 'rowgroup', rowspan: group.rows.length }, entityChip(a.company)) : null,
      el('td', {}, entityChip(a.adopted)),
      el('td', {}, a.via ? entityChip(a.via) : el('span', { class: 'muted' }, '—')),
      el('td', { class: 'when' }, a.year ?? el('span', { class: 'muted' }, '—')),
      el('td', { class: 'ev' }, evidenceSnippet(a.evidence)))))));

  return el('section', { class: 'adopters-view' },
    el('div', { class: 'view-head' }, el('h1', {}, 'Who adopted what'), el('p', { class: 'muted' }, `${view.adopters.length} adoptions by ${byCompany.size} companies`)),
    filter,
    view.adopters.length === 0 ? el('div', { class: 'empty card' }, 'No adoptions match.') : el('div', { class: 'table-wrap card' }, table));
}

function evidenceSnippet(evidence) {
  if (evidence.length === 0) return '';
  const e = evidence[0];
  return el('details', {},
    el('summary', {}, e.text.length > 80 ? e.text.slice(0, 78) + '…' : e.text),
    evidenceList(evidence));
}

// ---------- timeline ----------

async function timelineView(name) {
  setTitle('Timeline', name || null);
  const form = nameForm('/timeline/', name, 'A person, lab or project: Song Han…', 'Person');
  if (!name) {
    const people = await api('/api/entities', { kind: 'Person', limit: 50 });
    return el('section', {}, el('h1', {}, 'Timeline'), form,
      el('h2', {}, 'People'), el('div', { class: 'chips' }, people.entities.map(p => el('a', { class: 'chip', href: '/timeline/' + encodeURIComponent(p.id), 'data-link': true }, p.name))));
  }
  const view = await api('/api/timeline', { entity: name });
  const years = new Map();
  for (const item of view.items) {
    const y = item.date.slice(0, 4);
    if (!years.has(y)) years.set(y, []);
    years.get(y).push(item);
  }
  const ordered = [...years.entries()].reverse();
  return el('section', { class: 'timeline-view' },
    el('div', { class: 'view-head' }, el('h1', {}, 'Timeline of ', link(entityHref(view.entity), view.entity.name)), form),
    el('p', { class: 'muted' }, `${view.items.length} dated items, newest first`),
    el('nav', { class: 'years' }, ordered.map(([y]) => el('a', { href: `#y${y}` }, y))),
    view.items.length === 0 ? el('div', { class: 'empty card' }, 'Nothing dated is recorded for this entity.') :
      el('ol', { class: 'timeline' }, ordered.map(([y, items]) => el('li', { class: 'year-group', id: `y${y}` },
        el('h2', {}, y),
        el('ol', {}, [...items].reverse().map(item => el('li', { class: 'moment card' },
          el('div', { class: 'hit-head' }, dateBadge(item.date), el('span', { class: 'doc' }, item.doc)),
          el('p', {}, item.text),
          item.facts.length ? el('ul', { class: 'moment-facts' }, item.facts.map(f => el('li', {},
            entityChip(f.from), el('span', { class: 'rel' }, f.rel), entityChip(f.to), f.year !== null ? el('span', { class: 'year' }, f.year) : null))) : null)))))));
}

// ---------- footer ----------

api('/health').then(h => {
  document.getElementById('health').textContent = `${h.documents} documents · ${h.entities} entities · ${h.facts} facts · ${h.news_items} news items`;
}).catch(() => { document.getElementById('health').textContent = 'data folder unreachable'; });

render();
