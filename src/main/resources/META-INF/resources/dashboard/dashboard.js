// newsflow dashboard. Everything shown here is scraped or derived from scraped pages: it is only
// ever put into the page as text (textContent, text nodes), never as HTML, and links are only
// followed when they are http(s). The page's Content-Security-Policy allows no inline script.
'use strict';

(function () {
  const STREAMS = ['crawled', 'extracted', 'tagged', 'unique', 'duplicate', 'deadLettered'];
  const LABELS = {
    crawled: 'crawled', extracted: 'extracted', tagged: 'tagged',
    unique: 'unique', duplicate: 'duplicate', deadLettered: 'dead-lettered'
  };
  const COLOURS = ['#667085', '#2e5aac', '#12805c', '#0e9384', '#b54708', '#c4320a'];
  const PAGE_SIZE = 20;

  const state = { page: 0, total: 0, version: -1, languages: new Set(), sources: new Set(), chart: null };

  // ---- safe DOM helpers -------------------------------------------------------------------

  /** Builds an element; strings among the children become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'onclick') node.addEventListener('click', value);
      else if (key === 'href') node.setAttribute('href', value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** The URL when it is http(s), else null: a scraped javascript: URL is never a link. */
  function safeUrl(url) {
    if (typeof url !== 'string') return null;
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function externalLink(url) {
    const safe = safeUrl(url);
    if (!safe) return document.createTextNode(String(url || ''));
    return el('a', { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank', text: safe });
  }

  function articleHref(id) {
    return '#/article/' + encodeURIComponent(id);
  }

  function replace(node, ...children) {
    node.replaceChildren(...children.map(c => (c instanceof Node ? c : document.createTextNode(String(c)))));
  }

  function $(id) {
    return document.getElementById(id);
  }

  function ago(iso) {
    if (!iso) return '–';
    const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
    return duration(seconds) + ' ago';
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return '–';
    if (seconds < 60) return seconds + ' s';
    if (seconds < 3600) return Math.round(seconds / 60) + ' min';
    if (seconds < 86400) return (seconds / 3600).toFixed(1) + ' h';
    return (seconds / 86400).toFixed(1) + ' d';
  }

  function percent(value) {
    return value === null || value === undefined ? '–' : (value * 100).toFixed(1) + ' %';
  }

  function time(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    return isNaN(date) ? String(iso) : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let reason = response.status + ' ' + response.statusText;
      try { reason = (await response.json()).error || reason; } catch (e) { /* keep the status */ }
      throw new Error(reason);
    }
    return response.json();
  }

  // ---- pipeline -----------------------------------------------------------------------------

  function renderPipeline(pipeline) {
    const labels = pipeline.minutes.map(m => new Date(m).toISOString().substring(11, 16));
    if (!state.chart && window.Chart) {
      state.chart = new window.Chart($('rates-chart'), {
        type: 'line',
        data: {
          labels,
          datasets: STREAMS.map((s, i) => ({
            label: LABELS[s], data: pipeline.perMinute[s], borderColor: COLOURS[i],
            backgroundColor: COLOURS[i], pointRadius: 0, borderWidth: 2, tension: 0.2
          }))
        },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          interaction: { mode: 'index', intersect: false },
          scales: { y: { beginAtZero: true, title: { display: true, text: 'records / min' } } }
        }
      });
    } else if (state.chart) {
      state.chart.data.labels = labels;
      STREAMS.forEach((s, i) => { state.chart.data.datasets[i].data = pipeline.perMinute[s]; });
      state.chart.update('none');
    }
    replace($('rate-cards'), ...STREAMS.map(s =>
      el('div', { class: 'card', 'data-stream': s },
        el('b', { text: String(pipeline.lastMinute[s]) }),
        el('span', { text: LABELS[s] + ' last min · ' + pipeline.totals[s] + ' in window' }))));
    replace($('lag').tBodies[0], ...pipeline.lag.map(g =>
      el('tr', { 'data-group': g.group },
        el('td', { text: g.group }),
        el('td', { text: g.state === 'ok' ? String(g.records) : '–' }),
        el('td', { text: g.state === 'ok' ? duration(g.seconds) : '–' }),
        el('td', { text: g.state + (g.error ? ': ' + g.error : '') }))));
    const pill = $('connection');
    pill.textContent = pipeline.reading ? 'live' : 'Kafka unreachable';
    pill.className = 'pill ' + (pipeline.reading ? 'pill-ok' : 'pill-bad');
    $('updated').textContent = 'updated ' + time(pipeline.now);
  }

  // ---- sources ------------------------------------------------------------------------------

  function renderSources(rows) {
    replace($('sources-table').tBodies[0], ...rows.map(row =>
      el('tr', { 'data-source': row.id },
        el('td', {}, el('a', { href: '#/', text: row.id, onclick: () => setFilter('f-source', row.id) })),
        el('td', { class: 'status-' + row.status, text: row.status }),
        el('td', { text: ago(row.lastSuccessAt) }),
        el('td', {}, row.lastErrorAt ? ago(row.lastErrorAt) : '–',
          row.lastError ? el('div', { class: 'meta-line', text: row.lastError }) : null),
        el('td', { text: Object.entries(row.fetchesByOutcome).map(([k, v]) => k + ' ' + v).join(', ') || '–' }),
        el('td', { text: percent(row.notModifiedShare) }),
        el('td', { text: String(row.robotsDenials) }),
        el('td', { text: row.articlesPerHour.toFixed(1) }),
        el('td', { text: duration(row.sinceLastNewItemSeconds) }))));
    const select = $('f-source');
    for (const row of rows) addOption(select, state.sources, row.id);
  }

  function addOption(select, seen, value) {
    if (!value || seen.has(value)) return;
    seen.add(value);
    select.append(el('option', { value, text: value }));
  }

  // ---- content ------------------------------------------------------------------------------

  function renderContent(content) {
    const list = (id, counts, filterId) => replace($(id), ...counts.map(c =>
      el('li', {},
        el('button', { type: 'button', text: c.name, onclick: () => setFilter(filterId, c.name) }),
        ' ', el('span', { class: 'meta-line', text: '(' + c.articles + (c.type ? ', ' + c.type : '') + ')' }))));
    list('top-entities', content.entities, 'f-entity');
    list('top-tags', content.tags, 'f-tag');
    list('top-topics', content.topics, 'f-tag');
    list('top-languages', content.languages, 'f-language');
    for (const c of content.languages) addOption($('f-language'), state.languages, c.name);
    replace($('dup-rates'),
      el('dt', { text: 'verdicts' }), el('dd', { text: String(content.judged) }),
      el('dt', { text: 'exact duplicates' }), el('dd', { text: percent(content.exactRate) + ' (' + content.exact + ')' }),
      el('dt', { text: 'near duplicates' }), el('dd', { text: percent(content.nearRate) + ' (' + content.near + ')' }),
      el('dt', { text: 'unique' }), el('dd', { text: String(content.unique) }));
    replace($('tag-options'), ...content.tags.concat(content.topics).map(c => el('option', { value: c.name })));
    replace($('entity-options'), ...content.entities.map(c => el('option', { value: c.name })));
  }

  // ---- articles -----------------------------------------------------------------------------

  function filters() {
    const params = new URLSearchParams();
    for (const [param, id] of [['source', 'f-source'], ['tag', 'f-tag'], ['entity', 'f-entity'], ['language', 'f-language']]) {
      const value = $(id).value.trim();
      if (value) params.set(param, value);
    }
    return params;
  }

  function setFilter(id, value) {
    const input = $(id);
    if (input.tagName === 'SELECT') addOption(input, id === 'f-source' ? state.sources : state.languages, value);
    input.value = value;
    state.page = 0;
    if (location.hash.startsWith('#/article/')) location.hash = '#/';
    loadArticles();
  }

  async function loadArticles() {
    const params = filters();
    params.set('page', String(state.page));
    params.set('size', String(PAGE_SIZE));
    const list = $('article-list');
    try {
      const page = await getJson('/api/articles?' + params);
      state.total = page.total;
      replace(list, ...page.items.map(articleItem));
      list.setAttribute('data-total', String(page.total));
      $('article-count').textContent = page.total + ' matching';
      const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
      $('page-info').textContent = 'page ' + (state.page + 1) + ' of ' + pages;
      $('prev-page').disabled = state.page === 0;
      $('next-page').disabled = state.page + 1 >= pages;
    } catch (e) {
      replace(list, el('li', { class: 'error', text: 'Could not load articles: ' + e.message }));
    }
  }

  function verdictBadge(dedup) {
    if (!dedup) return null;
    if (dedup.status === 'unique') return el('span', { class: 'badge unique', text: 'unique' });
    const label = dedup.status + ' duplicate' + (dedup.similarity != null ? ' ' + Math.round(dedup.similarity * 100) + '%' : '');
    return dedup.duplicateOf
      ? el('a', { class: 'badge ' + dedup.status, href: articleHref(dedup.duplicateOf), title: 'open the original', text: label })
      : el('span', { class: 'badge ' + dedup.status, text: label });
  }

  function chips(values, filterId, extraClass) {
    return values.map(v => el('button', {
      type: 'button', class: 'chip' + (extraClass ? ' ' + extraClass : ''), text: v,
      onclick: () => setFilter(filterId, v)
    }));
  }

  function articleItem(a) {
    if (a.language) addOption($('f-language'), state.languages, a.language);
    if (a.sourceId) addOption($('f-source'), state.sources, a.sourceId);
    return el('li', { class: 'article', 'data-id': a.id },
      el('a', { class: 'title', href: articleHref(a.id), text: a.title || '(no title)' }),
      verdictBadge(a.dedup),
      el('div', { class: 'meta-line',
        text: [a.sourceId || a.siteName || '?', time(a.time), a.language || 'und'].filter(Boolean).join(' · ') }),
      el('div', { class: 'chips' },
        ...chips(a.topics.concat(a.tags), 'f-tag'),
        ...chips(a.entities, 'f-entity', 'entity')));
  }

  // ---- one article --------------------------------------------------------------------------

  async function showArticle(id) {
    $('overview').hidden = true;
    $('article-view').hidden = false;
    replace($('av-title'), 'loading…');
    for (const part of ['av-verdict', 'av-meta', 'av-tags', 'av-text']) replace($(part));
    let a;
    try {
      a = await getJson('/api/articles/' + encodeURIComponent(id));
    } catch (e) {
      replace($('av-title'), 'Article not available: ' + e.message);
      return;
    }
    replace($('av-title'), a.title || '(no title)');
    const d = a.dedup;
    if (d) {
      replace($('av-verdict'), el('div', { class: 'verdict' },
        'dedup verdict: ', verdictBadge(d),
        d.duplicateOf ? el('span', {}, ' of ', el('a', { href: articleHref(d.duplicateOf), text: d.duplicateOf })) : null,
        d.storyId ? el('span', { class: 'meta-line', text: ' · story ' + d.storyId }) : null));
    } else {
      replace($('av-verdict'), el('div', { class: 'verdict meta-line', text: 'dedup verdict: none yet' }));
    }
    const meta = [
      ['source', a.sourceId], ['site', a.siteName], ['url', a.url ? externalLink(a.url) : null],
      ['canonical', a.canonicalUrl && a.canonicalUrl !== a.url ? externalLink(a.canonicalUrl) : null],
      ['published', time(a.publishedAt)], ['modified', time(a.modifiedAt)], ['fetched', time(a.fetchedAt)],
      ['language', a.language], ['authors', (a.authors || []).join(', ')], ['section', a.section],
      ['dateline', a.dateline ? a.dateline.place + (a.dateline.credit ? ' (' + a.dateline.credit + ')' : '') : null],
      ['words', a.wordCount], ['keywords', (a.keywords || []).join(', ')],
      ['description', a.description], ['paywalled', a.paywalled ? 'yes' : null], ['id', a.id]
    ];
    replace($('av-meta'), ...meta.filter(([, v]) => v !== null && v !== undefined && v !== '')
      .flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)]));
    replace($('av-tags'),
      ...chips((a.topics || []).concat(a.tags || []), 'f-tag'),
      ...chips((a.entities || []).map(e => e.name), 'f-entity', 'entity'));
    replace($('av-text'), ...String(a.text || '').split(/\n\s*\n/).map(p => el('p', { text: p })));
  }

  function route() {
    const match = location.hash.match(/^#\/article\/(.+)$/);
    if (match) {
      showArticle(decodeURIComponent(match[1]));
    } else {
      $('article-view').hidden = true;
      $('overview').hidden = false;
    }
  }

  // ---- live stream --------------------------------------------------------------------------

  function render(snapshot) {
    renderPipeline(snapshot.pipeline);
    renderSources(snapshot.sources);
    renderContent(snapshot.content);
    if (snapshot.articlesVersion !== state.version) {
      state.version = snapshot.articlesVersion;
      loadArticles();
    }
  }

  function connect() {
    const source = new EventSource('/api/stream');
    source.onmessage = event => {
      try {
        render(JSON.parse(event.data));
      } catch (e) {
        console.error('bad snapshot', e);
      }
    };
    source.onerror = () => {
      const pill = $('connection');
      pill.textContent = 'reconnecting…';
      pill.className = 'pill pill-bad';
    };
  }

  async function start() {
    $('filters').addEventListener('submit', e => { e.preventDefault(); state.page = 0; loadArticles(); });
    $('filters').addEventListener('reset', () => setTimeout(() => { state.page = 0; loadArticles(); }, 0));
    $('f-source').addEventListener('change', () => { state.page = 0; loadArticles(); });
    $('f-language').addEventListener('change', () => { state.page = 0; loadArticles(); });
    $('prev-page').addEventListener('click', () => { state.page = Math.max(0, state.page - 1); loadArticles(); });
    $('next-page').addEventListener('click', () => { state.page += 1; loadArticles(); });
    window.addEventListener('hashchange', route);
    route();
    try {
      const [pipeline, sources, content] = await Promise.all([
        getJson('/api/stats/pipeline'), getJson('/api/stats/sources'), getJson('/api/stats/content')]);
      renderPipeline(pipeline);
      renderSources(sources);
      renderContent(content);
    } catch (e) {
      $('connection').textContent = 'API unavailable: ' + e.message;
    }
    loadArticles();
    connect();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
