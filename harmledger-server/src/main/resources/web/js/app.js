/* Harm Ledger web UI: hash routes over the HTTP API. Works offline: everything comes from this server. */
"use strict";
const { el, clear, gradeBadge } = Dom;
const GRADE_COLORS = { confirmed: "#0d47a1", fair: "#2e7d32", weak: "#f9a825", contested: "#6a1b9a", discounted: "#757575" };
const GRADES = ["confirmed", "fair", "weak", "contested", "discounted"];
const state = { lang: localStorage.getItem("hl.lang") || "en", messages: {}, session: { signed_in: false } };

function t(key, arg) {
  const text = state.messages[key] || key;
  return arg === undefined ? text : text.replace("{0}", arg);
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({ credentials: "same-origin" }, options || {}));
  const type = response.headers.get("Content-Type") || "";
  const body = type.startsWith("application/json") ? await response.json() : await response.text();
  if (!response.ok) {
    const failure = new Error(body && body.error ? body.error : response.status + " " + path);
    failure.status = response.status;
    throw failure;
  }
  return body;
}

function write(path, payload, method) {
  return api(path, { method: method || "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": state.session.csrf_token || "" },
    body: JSON.stringify(payload) });
}

async function loadMessages() {
  state.messages = await api("/api/messages/" + state.lang);
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-msg]").forEach(n => { n.textContent = t(n.dataset.msg); });
}

async function loadSession() {
  state.session = await api("/api/session");
  document.getElementById("nav-signin").hidden = state.session.signed_in;
  document.getElementById("nav-signout").hidden = !state.session.signed_in;
  document.getElementById("whoami").textContent = state.session.signed_in ? state.session.name + " (" + state.session.role + ")" : "";
  Redress.updateNav();
}

function canCurate() {
  return state.session.signed_in && (state.session.role === "reviewer" || state.session.role === "admin");
}

function query(hash) {
  const q = hash.indexOf("?");
  return new URLSearchParams(q < 0 ? "" : hash.slice(q + 1));
}

function killedBest(i) {
  return i.killed ? i.killed.best : 0;
}

function fmtDate(d) {
  if (!d || !d.start) return "?";
  return d.start === d.end ? d.start : d.start + " – " + d.end;
}

function placeName(p) {
  if (!p) return "?";
  return [p.name, p.admin1, p.country].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
}

/* ---------- incidents: filters, map, timeline, list ---------- */

const FILTERS = [["from", "date"], ["to", "date"], ["admin1", "text"], ["country", "text"], ["perpetrator", "text"],
  ["event_type", "text"], ["grade", "grade"], ["min_killed", "number"]];

async function incidentsPage(view, params) {
  const form = el("form", { class: "filters", id: "incident-filters" });
  for (const [name, type] of FILTERS) {
    let input;
    if (type === "grade") {
      input = el("select", { name, id: "filter-" + name }, el("option", { value: "" }, t("filter.any")),
        GRADES.map(g => el("option", { value: g, selected: params.get(name) === g }, g)));
    } else {
      input = el("input", { name, id: "filter-" + name, type: type === "number" ? "number" : type, min: type === "number" ? "0" : null,
        value: params.get(name) || "" });
    }
    form.append(el("label", {}, t("filter." + name), input));
  }
  form.append(el("button", { class: "primary", type: "submit", id: "filter-apply" }, t("filter.apply")));
  form.addEventListener("submit", e => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    location.hash = "#/incidents?" + p.toString();
  });
  const apiParams = new URLSearchParams(params);
  apiParams.set("limit", "200");
  const page = await api("/api/incidents?" + apiParams.toString());
  const mapBox = el("div", { id: "map" });
  const list = el("table", { id: "incident-list" },
    el("thead", {}, el("tr", {}, el("th", {}, t("incident.date")), el("th", {}, t("incident.place")),
      el("th", {}, t("incident.perpetrator")), el("th", {}, t("incident.killed")), el("th", {}, t("incident.grade")))),
    el("tbody", {}, page.items.map(i => el("tr", { "data-id": i.id },
      el("td", {}, el("a", { href: "#/incident/" + encodeURIComponent(i.id) }, fmtDate(i.date))),
      el("td", { dir: "auto" }, placeName(i.place)),
      el("td", {}, i.perpetrator || "?"),
      el("td", { class: "num" }, i.killed ? i.killed.best : "–"),
      el("td", {}, gradeBadge(i.grade))))));
  const legend = el("div", { class: "legend" }, GRADES.map(g => el("span", { class: "grade-" + g + "-c" }, g)));
  view.append(el("h1", {}, t("nav.incidents")), form,
    el("p", { class: "muted", id: "incident-count" }, t("incidents.count", page.total)),
    el("div", { class: "grid" },
      el("div", { class: "card" }, mapBox, legend),
      el("div", { class: "card" }, el("h2", {}, t("incidents.timeline")), Charts.perMonth(page.items))),
    el("h2", {}, t("nav.incidents")),
    page.items.length ? list : el("p", { class: "muted" }, t("incidents.none")));
  await drawMap(mapBox, page.items);
}

let baseLayer = null;
let governorates = null;
async function drawMap(box, incidents) {
  const placed = incidents.filter(i => i.place && i.place.lat !== null && i.place.lat !== undefined);
  const map = L.map(box, { attributionControl: true, zoomControl: true });
  // The view must exist before any layer is added: vector layers project against it.
  map.fitBounds(placed.length ? L.latLngBounds(placed.map(i => [i.place.lat, i.place.lon])).pad(0.3)
    : [[29, 35], [37.5, 48.5]], { maxZoom: 8 });
  if (!baseLayer) baseLayer = await api("/data/countries.json");
  L.geoJSON(baseLayer, { style: f => ({ color: "#7b8794", weight: 1, fillColor: f.properties.focus ? "#fdfcf7" : "#eceff1", fillOpacity: 1 }) })
    .addTo(map);
  // Governorate lines sit above the country fills and under the markers; they take no clicks.
  if (!governorates) governorates = await api("/data/governorates.json");
  L.geoJSON(governorates, { interactive: false, style: () => ({ color: "#9aa5b1", weight: 0.7, dashArray: "3 3",
    fill: false, className: "governorate" }) }).addTo(map);
  map.attributionControl.addAttribution("Natural Earth (public domain)");
  for (const i of placed) {
    const radius = 4 + Math.sqrt(killedBest(i)) * 2;
    const m = L.circleMarker([i.place.lat, i.place.lon], { radius, color: "#222", weight: 1,
      fillColor: GRADE_COLORS[i.grade] || "#999", fillOpacity: 0.8, className: "incident-marker" });
    m.bindTooltip(fmtDate(i.date) + " · " + placeName(i.place) + " · " + (i.killed ? i.killed.best : "–"));
    m.on("click", () => { location.hash = "#/incident/" + encodeURIComponent(i.id); });
    m.addTo(map);
  }
}

/* ---------- one incident ---------- */

async function incidentPage(view, id) {
  const i = await api("/api/incidents/" + encodeURIComponent(id));
  const who = i.perpetrator.name || i.perpetrator.actor || "?";
  view.append(el("h1", { id: "incident-title" }, i.event_type + " · " + fmtDate(i.date) + " · ", el("bdi", {}, placeName(i.place))),
    el("dl", { class: "meta" },
      el("dt", {}, t("incident.perpetrator")), el("dd", {}, who + " (" + i.perpetrator.status + ")"),
      el("dt", {}, t("incident.grade")), el("dd", {}, gradeBadge(i.grade.grade)),
      el("dt", {}, t("incident.grade_reason")), el("dd", { id: "grade-reason" }, i.grade.reason + " [" + i.grade.rule + "]")));
  const figures = [];
  for (const outcome of Object.keys(i.figures)) {
    for (const category of Object.keys(i.figures[outcome])) figures.push(Object.assign({ outcome, category }, i.figures[outcome][category]));
  }
  view.append(el("h2", {}, t("incident.figures")), el("table", { id: "figures" },
    el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", {}, t("incident.low")), el("th", {}, t("incident.best")),
      el("th", {}, t("incident.high")), el("th", {}, t("incident.figure_rule")))),
    el("tbody", {}, figures.map(f => el("tr", {}, el("td", {}, f.outcome + " " + f.category),
      el("td", { class: "num" }, f.low), el("td", { class: "num" }, f.best),
      el("td", { class: "num" }, f.high === null ? t("incident.open") : f.high), el("td", { class: "muted" }, f.explanation))))));
  const killed = figures.find(f => f.outcome === "killed" && f.category === "total") || figures.find(f => f.outcome === "killed");
  if (killed && killed.history.length) {
    const toll = killed.history.map(h => ({ published: h.date, min: h.figure.min, max: h.figure.max, publisher: h.publisher, source: h.source }));
    view.append(el("h2", {}, t("incident.toll")), el("div", { class: "card" }, Charts.toll(toll)));
  }
  view.append(el("h2", {}, t("incident.sources")), await sourcesSideBySide(i));
  if (i.history.length) view.append(el("h2", {}, t("incident.history")), el("ul", { id: "history" }, i.history.map(h => el("li", {}, h.description))));
  if (canCurate()) view.append(curationPanel(i));
}

/** One card per report: what it says about the event, next to the others. */
async function sourcesSideBySide(incident) {
  const box = el("div", { class: "sources", id: "sources" });
  const members = new Map(incident.members.map(m => [m.assertion_id, m]));
  for (const s of incident.sources) {
    const assertionId = s.assertion_ids[0];
    const a = await api("/api/assertions/" + encodeURIComponent(assertionId));
    const m = members.get(assertionId) || {};
    const kill = a.killed && (a.killed.total || a.killed.civilians);
    box.append(el("div", { class: "card source", "data-assertion": assertionId },
      el("h3", { dir: "auto" }, el("a", { href: "#/report/" + s.report_id, class: "source-link" }, s.publisher || s.report_id.slice(0, 12))),
      el("dl", {},
        el("dt", {}, t("incident.published")), el("dd", {}, s.published || "?"),
        el("dt", {}, t("incident.date")), el("dd", {}, fmtDate(a.date)),
        el("dt", {}, t("incident.place")), el("dd", { dir: "auto" }, placeName(a.place)),
        el("dt", {}, t("incident.perpetrator")), el("dd", {}, a.perpetrator ? a.perpetrator.name || a.perpetrator.actor : "?"),
        el("dt", {}, t("incident.killed")), el("dd", {}, kill ? kill.min + (kill.max === null ? "+" : kill.max === kill.min ? "" : "–" + kill.max) : "?"),
        el("dt", {}, t("incident.alignment")), el("dd", {}, (s.partisan ? t("incident.partisan") : t("incident.independent"))
          + (s.alignment ? " (" + s.alignment + ")" : "")),
        el("dt", {}, "match"), el("dd", { class: "muted" }, m.explanation || m.how || ""),
        el("dt", {}, "id"), el("dd", {}, el("code", { class: "hash" }, s.assertion_ids.join(" "))))));
  }
  return box;
}

function curationPanel(i) {
  const status = el("p", { id: "curation-status" });
  const done = async (promise) => {
    try { const after = await promise; status.className = "ok"; status.textContent = t("curation.done");
      location.hash = "#/incident/" + encodeURIComponent(after.id); route(); }
    catch (e) { status.className = "error"; status.textContent = e.message; }
  };
  const reason = (id) => el("label", {}, t("curation.reason"), el("input", { name: "reason", id, required: true, size: 30 }));
  const merge = el("form", { id: "merge-form" }, el("label", {}, t("curation.merge_ids"), el("input", { name: "ids", id: "merge-ids", required: true, size: 40 })),
    reason("merge-reason"), el("button", { class: "primary", type: "submit", id: "merge-submit" }, t("curation.merge")));
  merge.addEventListener("submit", e => { e.preventDefault(); const f = new FormData(merge);
    done(write("/api/incidents/merge", { into: i.id, merged: f.get("ids").split(",").map(s => s.trim()).filter(Boolean), reason: f.get("reason") })); });
  const split = el("form", { id: "split-form" }, el("label", {}, t("curation.split_ids"), el("input", { name: "ids", id: "split-ids", required: true, size: 40 })),
    reason("split-reason"), el("button", { class: "primary", type: "submit" }, t("curation.split")));
  split.addEventListener("submit", e => { e.preventDefault(); const f = new FormData(split);
    done(write("/api/incidents/split", { assertions: f.get("ids").split(",").map(s => s.trim()).filter(Boolean), reason: f.get("reason") })); });
  const grade = el("form", { id: "grade-form" }, el("label", {}, t("incident.grade"),
    el("select", { name: "grade", id: "grade-select" }, GRADES.map(g => el("option", { value: g, selected: g === i.grade.grade }, g)))),
    reason("grade-reason-input"), el("button", { class: "primary", type: "submit" }, t("curation.grade")));
  grade.addEventListener("submit", e => { e.preventDefault(); const f = new FormData(grade);
    done(write("/api/incidents/" + encodeURIComponent(i.id) + "/grade", { grade: f.get("grade"), reason: f.get("reason") })); });
  return el("section", { class: "card curation", id: "curation" }, el("h2", {}, t("curation.title")), merge, split, grade, status);
}

/* ---------- one report: highlighted working text ---------- */

async function reportPage(view, id) {
  const [r, text] = await Promise.all([api("/api/reports/" + id), api("/api/reports/" + id + "/text")]);
  const lang = r.language || "";
  view.append(el("h1", { dir: "auto", lang }, r.title || r.original_name || r.id),
    el("div", { class: "grid" },
      el("div", {}, el("h2", {}, t("report.text")), highlighted(text, r.assertions, lang)),
      el("div", {},
        el("h2", {}, t("report.metadata")),
        el("dl", { class: "meta", id: "report-meta" },
          ...[["publisher", r.publisher], ["published", r.published ? r.published + " (" + r.published_from + ")" : null],
            ["language", r.language], ["kind", r.kind], ["media type", r.media_type], ["size", r.byte_size + " bytes"],
            ["received", r.received_at], ["url", r.url]].filter(p => p[1]).flatMap(p => [el("dt", {}, p[0]), el("dd", { dir: "auto" }, p[1])]),
          el("dt", {}, t("report.sha256")), el("dd", {}, el("code", { class: "hash", id: "report-sha" }, r.sha256))),
        el("p", {}, el("a", { href: "/api/reports/" + r.id + "/original", id: "download-original", download: "" }, t("report.download"))),
        el("h2", {}, t("report.custody")),
        el("table", { id: "custody" }, el("tbody", {}, r.custody.map(c => el("tr", {},
          el("td", {}, c.seq), el("td", {}, c.time), el("td", {}, c.action), el("td", {}, c.actor),
          el("td", {}, el("code", { class: "hash" }, c.entry_hash.slice(0, 16) + "…")))))),
        el("h2", {}, t("report.assertions")),
        el("ul", {}, r.assertions.map(a => el("li", {}, (a.primary ? "★ " : "") + a.event_type + " · " + fmtDate(a.date) + " · " + placeName(a.place)))))));
}

/** The text with every evidence span wrapped in a mark naming its field; overlapping spans keep the first. */
function highlighted(text, assertions, lang) {
  const spans = [];
  for (const a of assertions) for (const e of a.evidence || []) {
    if (e.span && e.span[1] > e.span[0]) spans.push({ start: e.span[0], end: e.span[1], field: e.field });
  }
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const box = el("div", { class: "reporttext", id: "report-text", dir: "auto", lang });
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length) continue;
    box.append(text.slice(at, s.start));
    box.append(el("mark", { class: "field-" + s.field.split(".")[0], title: s.field, "data-field": s.field }, text.slice(s.start, s.end)));
    at = s.end;
  }
  box.append(text.slice(at));
  return box;
}

/* ---------- search ---------- */

async function searchPage(view, params) {
  const form = el("form", { class: "filters", id: "search-form" },
    el("label", {}, t("nav.search"), el("input", { name: "q", id: "search-q", size: 40, placeholder: t("search.placeholder"), value: params.get("q") || "", dir: "auto" })),
    el("label", {}, t("filter.from"), el("input", { name: "from", type: "date", value: params.get("from") || "" })),
    el("label", {}, t("filter.to"), el("input", { name: "to", type: "date", value: params.get("to") || "" })),
    el("label", {}, "publisher", el("input", { name: "publisher", value: params.get("publisher") || "" })),
    el("label", {}, t("filter.admin1"), el("input", { name: "admin1", value: params.get("admin1") || "" })),
    el("button", { class: "primary", type: "submit", id: "search-go" }, t("search.go")));
  form.addEventListener("submit", e => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    location.hash = "#/search?" + p.toString();
  });
  view.append(el("h1", {}, t("nav.search")), form);
  if (!params.get("q")) return;
  const r = await api("/api/search?" + params.toString());
  const results = el("div", { id: "search-results" }, el("p", { class: "muted" }, t("search.results", r.total)));
  for (const h of r.items) {
    const snippet = el("p", { class: "snippet", dir: "auto", lang: h.language || "" });
    snippet.innerHTML = h.snippet_html; // escaped by the server; only <mark> is markup
    results.append(el("div", { class: "hit card" },
      el("a", { href: "#/report/" + h.report, dir: "auto" }, h.title || h.report.slice(0, 12)),
      el("span", { class: "muted" }, " · " + (h.publisher || "?") + " · " + (h.published || "?")), snippet));
  }
  view.append(results);
}

/* ---------- sign-in ---------- */

function signInPage(view) {
  const status = el("p", { class: "error", id: "signin-status" });
  const form = el("form", { class: "filters", id: "signin-form" },
    el("label", {}, t("signin.name"), el("input", { name: "name", id: "signin-name", autocomplete: "username", required: true })),
    el("label", {}, t("signin.password"), el("input", { name: "password", id: "signin-password", type: "password", autocomplete: "current-password", required: true })),
    el("button", { class: "primary", type: "submit", id: "signin-submit" }, t("signin.submit")));
  form.addEventListener("submit", async e => {
    e.preventDefault();
    const f = new FormData(form);
    try {
      await api("/api/session", { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: f.get("name"), password: f.get("password") }) });
      await loadSession();
      location.hash = "#/incidents";
    } catch (err) { status.textContent = t(err.status === 429 ? "signin.throttled" : "signin.failed"); }
  });
  view.append(el("h1", {}, t("nav.signin")), form, status);
}

/* ---------- router ---------- */

async function route() {
  const hash = location.hash || "#/incidents";
  const path = hash.split("?")[0].slice(2).split("/");
  const view = clear(document.getElementById("view"));
  document.querySelectorAll("nav a").forEach(a => a.classList.toggle("active", hash.startsWith(a.getAttribute("href"))));
  try {
    if (path[0] === "incident" && path[1]) await incidentPage(view, decodeURIComponent(path[1]));
    else if (path[0] === "report" && path[1]) await reportPage(view, path[1]);
    else if (path[0] === "search") await searchPage(view, query(hash));
    else if (path[0] === "signin") signInPage(view);
    else if (!(await Redress.render(view, path, query(hash)))) await incidentsPage(view, query(hash));
  } catch (e) {
    view.append(el("p", { class: "error" }, t("error.load", e.message)));
  }
  view.dataset.ready = hash;
}

async function start() {
  await loadMessages();
  await loadSession();
  document.getElementById("lang-switch").addEventListener("click", async () => {
    state.lang = state.lang === "en" ? "ar" : "en";
    localStorage.setItem("hl.lang", state.lang);
    await loadMessages();
    route();
  });
  document.getElementById("nav-signout").addEventListener("click", async () => {
    await write("/api/session", {}, "DELETE");
    await loadSession();
    route();
  });
  window.addEventListener("hashchange", route);
  route();
}

start();
