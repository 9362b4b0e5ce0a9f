/* Redress pages of the web UI: victims register, one victim, claims queue, one claim, claim intake. Signed-in staff only;
   the server decides what each role sees (names only for reviewers and admins). Uses t, api, write, state,
   query and route from app.js, called only after app.js has loaded. */
"use strict";
const Redress = (() => {
  // Children may nest lists any depth here (a name, then its Arabic form); Dom.el flattens one level.
  const el = (tag, attrs, ...children) => Dom.el(tag, attrs, children.flat(Infinity));
  const ROLES = ["reader", "recorder", "reviewer", "admin"];
  const STATUSES = ["submitted", "under_review", "more_information_requested", "approved", "rejected", "paid"];
  const VICTIM_STATUSES = ["civilian", "combatant", "unknown"];
  const OUTCOMES = ["killed", "injured", "missing"];
  const SEXES = ["unknown", "female", "male"];
  const KINSHIPS = ["self", "spouse", "parent", "child", "sibling", "other_relative", "legal_representative"];
  const PAGE = 50;

  function allows(needed) {
    return state.session.signed_in && ROLES.indexOf(state.session.role) >= ROLES.indexOf(needed);
  }

  /** The review roles this account may act in (the server checks the same bound). */
  function reviewRoles() {
    if (state.session.role === "admin") return ["reviewer", "supervisor", "payment_officer"];
    if (state.session.role === "reviewer") return ["reviewer"];
    return ["registrar"];
  }

  function updateNav() {
    document.getElementById("nav-victims").hidden = !allows("recorder");
    document.getElementById("nav-claims").hidden = !allows("reviewer");
    document.getElementById("nav-intake").hidden = !allows("recorder");
  }

  function select(name, id, values, chosen, any) {
    return el("select", { name, id }, any ? el("option", { value: "" }, t("filter.any")) : null,
      values.map(v => el("option", { value: v, selected: v === chosen }, t("code." + v))));
  }

  function field(label, input) {
    return el("label", {}, label, input);
  }

  function status(id) {
    return el("p", { id, role: "status" });
  }

  async function report(box, promise, after) {
    try {
      const result = await promise;
      box.className = "ok";
      box.textContent = t("redress.saved");
      if (after) after(result);
    } catch (e) {
      box.className = "error";
      box.textContent = e.message;
    }
  }

  function pager(base, params, page, prefix) {
    const go = (offset) => {
      const p = new URLSearchParams(params);
      p.set("offset", String(Math.max(0, offset)));
      return "#/" + base + "?" + p.toString();
    };
    const last = page.offset + page.items.length;
    return el("p", { class: "pager", id: prefix + "-pager" },
      page.offset > 0 ? el("a", { href: go(page.offset - page.limit), id: prefix + "-prev" }, t("redress.previous")) : null, " ",
      el("span", { class: "muted" }, t("redress.showing", (page.items.length ? page.offset + 1 : 0) + "–" + last + " / " + page.total)), " ",
      last < page.total ? el("a", { href: go(page.offset + page.limit), id: prefix + "-next" }, t("redress.next")) : null);
  }

  function displayName(names) {
    if (!names) return "";
    return [names.given, names.father, names.family].filter(Boolean).join(" ");
  }

  /** Latin names, then the Arabic one isolated so it renders right to left inside any line. */
  function nameCell(names) {
    if (!names) return el("td", { class: "muted" }, t("redress.names_hidden"));
    return el("td", {}, displayName(names), names.arabic ? [" ", el("bdi", { dir: "rtl", lang: "ar", class: "arabic" }, names.arabic)] : null);
  }

  /* ---------- victims register ---------- */

  async function victimsPage(view, params) {
    const form = el("form", { class: "filters", id: "victim-filters" },
      field(t("victim.incident"), el("input", { name: "incident", id: "victim-filter-incident", value: params.get("incident") || "" })),
      field(t("victim.status"), select("status", "victim-filter-status", VICTIM_STATUSES, params.get("status"), true)),
      field(t("victim.outcome"), select("outcome", "victim-filter-outcome", OUTCOMES, params.get("outcome"), true)),
      el("button", { class: "primary", type: "submit", id: "victim-filter-apply" }, t("filter.apply")));
    form.addEventListener("submit", e => {
      e.preventDefault();
      const p = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
      location.hash = "#/victims?" + p.toString();
    });
    const apiParams = new URLSearchParams(params);
    apiParams.set("limit", String(PAGE));
    const page = await api("/api/victims?" + apiParams.toString());
    const table = el("table", { id: "victim-list" },
      el("thead", {}, el("tr", {}, ["victim.id", "victim.names", "victim.sex", "victim.age", "victim.status", "victim.outcome",
        "victim.date", "victim.incident"].map(k => el("th", {}, t(k))))),
      el("tbody", {}, page.items.map(v => el("tr", { "data-id": v.id },
        el("td", {}, el("a", { href: "#/victim/" + encodeURIComponent(v.id) }, v.id)),
        nameCell(v.names), el("td", {}, t("code." + v.sex)), el("td", {}, v.age || "?"), el("td", {}, t("code." + v.status)),
        el("td", {}, t("code." + v.outcome)), el("td", {}, v.date || "?"),
        el("td", {}, v.incident_id ? el("a", { href: "#/incident/" + encodeURIComponent(v.incident_id) }, v.incident_id) : "–")))));
    view.append(el("h1", {}, t("nav.victims")), form,
      page.items.length ? table : el("p", { class: "muted" }, t("victim.none")), pager("victims", params, page, "victim"),
      addVictimForm());
    if (allows("reviewer")) view.append(await proposals());
  }

  function victimFields(prefix, v) {
    const names = (v && v.names) || {};
    return [
      field(t("victim.given"), el("input", { name: "given_name", id: prefix + "-given", value: names.given || "", dir: "auto" })),
      field(t("victim.father"), el("input", { name: "father_name", id: prefix + "-father", value: names.father || "", dir: "auto" })),
      field(t("victim.family"), el("input", { name: "family_name", id: prefix + "-family", value: names.family || "", dir: "auto" })),
      field(t("victim.arabic"), el("input", { name: "arabic_name", id: prefix + "-arabic", value: names.arabic || "", dir: "rtl", lang: "ar" })),
      field(t("victim.sex"), select("sex", prefix + "-sex", SEXES, v ? v.sex : "unknown", false)),
      field(t("victim.age"), el("input", { name: "age", id: prefix + "-age", value: v ? v.age || "" : "", size: 8 })),
      field(t("victim.status"), select("status", prefix + "-status", VICTIM_STATUSES, v ? v.status : "civilian", false)),
      field(t("victim.outcome"), select("outcome", prefix + "-outcome", OUTCOMES, v ? v.outcome : "killed", false)),
      field(t("victim.date"), el("input", { name: "date", id: prefix + "-date", type: "date", value: v ? v.date || "" : "" })),
      field(t("victim.incident"), el("input", { name: "incident_id", id: prefix + "-incident", value: v ? v.incident_id || "" : "" })),
      field(t("redress.reason"), el("input", { name: "reason", id: prefix + "-reason", required: true, size: 30 }))];
  }

  /** The form's values; names the user cannot see are left out of an edit so they are kept. */
  function victimBody(form, keepNames) {
    const body = {};
    for (const [k, v] of new FormData(form)) {
      if (keepNames && /_name$/.test(k)) continue;
      body[k] = v === "" ? null : v;
    }
    return body;
  }

  function addVictimForm() {
    if (!allows("recorder")) return null;
    const box = status("victim-add-status");
    const form = el("form", { class: "filters", id: "victim-add" },
      field(t("victim.id"), el("input", { name: "id", id: "victim-add-id", required: true, size: 10 })), victimFields("victim-add", null),
      el("button", { class: "primary", type: "submit", id: "victim-add-submit" }, t("victim.add")));
    form.addEventListener("submit", e => {
      e.preventDefault();
      report(box, write("/api/victims", victimBody(form, false)), v => { location.hash = "#/victim/" + encodeURIComponent(v.id); });
    });
    return el("section", { class: "card", id: "victim-add-card" }, el("h2", {}, t("victim.add")), form, box);
  }

  async function proposals() {
    const page = await api("/api/victims/duplicates?limit=" + PAGE);
    const section = el("section", { id: "merge-proposals" }, el("h2", {}, t("victim.proposals")));
    if (!page.items.length) {
      section.append(el("p", { class: "muted" }, t("victim.no_proposals")));
      return section;
    }
    const rows = page.items.map(p => {
      const reason = el("input", { name: "reason", class: "proposal-reason", required: true, size: 24, placeholder: t("redress.reason") });
      const box = el("span", { class: "proposal-status" });
      const decide = (verdict) => {
        if (!reason.value.trim()) { box.className = "error"; box.textContent = t("redress.reason_needed"); return; }
        report(box, write("/api/victims/merge", { a: p.victim_a, b: p.victim_b, verdict, reason: reason.value }), () => route());
      };
      return el("tr", { "data-pair": p.victim_a + "|" + p.victim_b },
        el("td", {}, el("a", { href: "#/victim/" + encodeURIComponent(p.victim_a) }, p.victim_a)),
        el("td", {}, el("a", { href: "#/victim/" + encodeURIComponent(p.victim_b) }, p.victim_b)),
        el("td", { class: "num" }, p.score.toFixed(2)),
        el("td", {}, el("ul", { class: "reasons" }, (p.agreed || []).map(r => el("li", { class: "agreed" }, r)),
          (p.disagreed || []).map(r => el("li", { class: "disagreed" }, r)))),
        el("td", {}, reason, " ",
          el("button", { type: "button", class: "primary proposal-accept", onclick: () => decide("same_person") }, t("victim.same_person")), " ",
          el("button", { type: "button", class: "proposal-reject", onclick: () => decide("different_people") }, t("victim.different_people")),
          " ", box));
    });
    section.append(el("table", { id: "proposal-list" },
      el("thead", {}, el("tr", {}, ["victim.a", "victim.b", "victim.score", "victim.reasons", "victim.decision"].map(k => el("th", {}, t(k))))),
      el("tbody", {}, rows)));
    return section;
  }

  /* ---------- one victim ---------- */

  async function victimPage(view, id) {
    const v = await api("/api/victims/" + encodeURIComponent(id));
    view.append(el("h1", { id: "victim-title" }, t("victim.title", v.id)),
      el("dl", { class: "meta", id: "victim-meta" },
        el("dt", {}, t("victim.names")), el("dd", {}, v.names ? [displayName(v.names) || "–", v.names.arabic ? [" ", el("bdi", { dir: "rtl", lang: "ar", class: "arabic" }, v.names.arabic)] : null,
          v.names.aliases && v.names.aliases.length ? " (" + v.names.aliases.join(", ") + ")" : null] : t("redress.names_hidden")),
        el("dt", {}, t("victim.sex")), el("dd", {}, t("code." + v.sex)),
        el("dt", {}, t("victim.age")), el("dd", {}, v.age || "?"),
        el("dt", {}, t("victim.status")), el("dd", {}, t("code." + v.status)),
        el("dt", {}, t("victim.outcome")), el("dd", {}, t("code." + v.outcome)),
        el("dt", {}, t("victim.date")), el("dd", {}, v.date || "?"),
        el("dt", {}, t("victim.incident")), el("dd", {}, v.incident_id ? el("a", { href: "#/incident/" + encodeURIComponent(v.incident_id) }, v.incident_id) : "–"),
        el("dt", {}, t("victim.sources")), el("dd", {}, (v.sources || []).map(s => el("a", { href: "#/report/" + s, class: "hash" }, s.slice(0, 12) + "… ")))));
    if (allows("recorder")) {
      const intake = new URLSearchParams({ victim: v.id });
      if (v.incident_id) intake.set("incident", v.incident_id);
      view.append(el("p", {}, el("a", { href: "#/intake?" + intake.toString(), id: "victim-claim-link" }, t("intake.for_victim"))));
      const box = status("victim-edit-status");
      const form = el("form", { class: "filters", id: "victim-edit" }, victimFields("victim-edit", v),
        el("button", { class: "primary", type: "submit", id: "victim-edit-submit" }, t("victim.save")));
      form.addEventListener("submit", e => {
        e.preventDefault();
        report(box, write("/api/victims/" + encodeURIComponent(v.id), victimBody(form, !v.names), "PATCH"), () => route());
      });
      view.append(el("section", { class: "card" }, el("h2", {}, t("victim.edit")), form, box));
    }
  }

  /* ---------- claims queue ---------- */

  async function claimsPage(view, params) {
    const chosen = params.get("status") || "submitted";
    const tabs = el("p", { class: "tabs", id: "claim-tabs" }, STATUSES.map(s =>
      el("a", { href: "#/claims?status=" + s, class: s === chosen ? "active" : null, id: "claim-tab-" + s }, t("code." + s))));
    const apiParams = new URLSearchParams(params);
    apiParams.set("status", chosen);
    apiParams.set("limit", String(PAGE));
    const page = await api("/api/claims?" + apiParams.toString());
    const table = el("table", { id: "claim-list" },
      el("thead", {}, el("tr", {}, ["claim.id", "claim.claimant", "claim.category", "claim.incident", "claim.victims", "claim.submitted"]
        .map(k => el("th", {}, t(k))))),
      el("tbody", {}, page.items.map(c => el("tr", { "data-id": c.id },
        el("td", {}, el("a", { href: "#/claim/" + encodeURIComponent(c.id), class: "claim-link" }, c.id)),
        el("td", {}, c.claimant_id), el("td", {}, c.loss_category), el("td", {}, c.incident_id || "–"),
        el("td", {}, (c.victim_ids || []).join(", ")), el("td", {}, c.history[0].at)))));
    view.append(el("h1", {}, t("nav.claims")), tabs,
      page.items.length ? table : el("p", { class: "muted", id: "claim-none" }, t("claim.none")),
      pager("claims", new URLSearchParams({ status: chosen }), page, "claim"));
  }

  /* ---------- one claim ---------- */

  async function claimPage(view, id) {
    const c = await api("/api/claims/" + encodeURIComponent(id));
    const a = c.assessment;
    view.append(el("h1", { id: "claim-title" }, t("claim.title", c.id), " · ", el("span", { class: "status status-" + c.status, id: "claim-status" }, t("code." + c.status))));
    view.append(el("div", { class: "grid" }, el("div", {}, claimantCard(c), victimsCard(c), incidentCard(c)),
      el("div", {}, eligibilityCard(a), awardCard(a), workflowCard(c))));
    view.append(documentsCard(c), historyCard(c));
  }

  function claimantCard(c) {
    const k = c.claimant;
    return el("section", { class: "card", id: "claim-claimant" }, el("h2", {}, t("claim.claimant")),
      !k ? el("p", { class: "error" }, t("claim.claimant_missing", c.claimant_id)) : el("dl", { class: "meta" },
        el("dt", {}, t("victim.id")), el("dd", {}, k.id),
        el("dt", {}, t("victim.names")), el("dd", {}, k.names ? [displayName(k.names) || "–", k.names.arabic ? [" ", el("bdi", { dir: "rtl", lang: "ar", class: "arabic" }, k.names.arabic)] : null] : t("redress.names_hidden")),
        el("dt", {}, t("claim.contact")), el("dd", {}, k.contact ? [k.contact.phone, k.contact.email, k.contact.address].filter(Boolean).join(" · ") || "–" : "–"),
        el("dt", {}, t("claim.family")), el("dd", {}, k.family_id),
        el("dt", {}, t("claim.relationships")), el("dd", {}, k.relationships.map(r => r.victim_id + ": " + t("code." + r.kinship)).join(", ") || "–")));
  }

  function victimsCard(c) {
    const byId = new Map((c.victims || []).map(v => [v.id, v]));
    return el("section", { class: "card", id: "claim-victims" }, el("h2", {}, t("claim.victims")),
      c.victim_ids.length ? el("ul", {}, c.victim_ids.map(id => {
        const v = byId.get(id);
        return el("li", {}, el("a", { href: "#/victim/" + encodeURIComponent(id) }, id), " ",
          v ? [displayName(v.names), v.names && v.names.arabic ? [" ", el("bdi", { dir: "rtl", lang: "ar", class: "arabic" }, v.names.arabic)] : null,
            " · " + t("code." + v.outcome) + " · " + (v.incident_id || "–")] : el("span", { class: "error" }, t("claim.victim_missing")));
      })) : el("p", { class: "muted" }, t("claim.no_victims")));
  }

  function incidentCard(c) {
    return el("section", { class: "card", id: "claim-incident" }, el("h2", {}, t("claim.incident")),
      c.incident_id ? el("a", { href: "#/incident/" + encodeURIComponent(c.incident_id) }, c.incident_id) : "–",
      el("p", {}, t("claim.category") + ": " + c.loss_category));
  }

  function eligibilityCard(a) {
    if (!a) return null;
    return el("section", { class: "card", id: "claim-eligibility" },
      el("h2", {}, t("claim.eligibility"), " ", el("span", { class: a.eligible ? "ok" : "error", id: "claim-eligible" }, a.eligible ? t("claim.eligible") : t("claim.not_eligible"))),
      el("table", { id: "rule-checks" }, el("tbody", {}, a.checks.map(r => el("tr", { class: r.passed ? "passed" : "failed", "data-rule": r.rule },
        el("td", {}, r.passed ? "✓" : "✗"), el("td", {}, r.description), el("td", { class: "muted", dir: "auto" }, r.detail))))));
  }

  function awardCard(a) {
    if (!a) return null;
    const w = a.award;
    return el("section", { class: "card", id: "claim-award" }, el("h2", {}, t("claim.award")),
      w ? el("p", {}, el("strong", { id: "award-amount" }, w.awarded + " " + w.currency), " / " + w.scheduled + " " + w.currency,
        w.note ? el("span", { class: "muted" }, " · " + w.note) : null) : el("p", { class: "muted" }, t("claim.no_award")),
      a.payment_blocked ? el("div", { id: "blocking-flags" }, el("p", { class: "error" }, t("claim.payment_blocked")),
        el("ul", {}, a.blocking_flags.map(f => el("li", {}, el("code", {}, f.kind), " ", f.reason)))) : el("p", { class: "muted" }, t("claim.no_flags")));
  }

  function workflowCard(c) {
    if (!c.next || !c.next.length) return el("section", { class: "card", id: "claim-workflow" }, el("h2", {}, t("claim.workflow")), el("p", { class: "muted" }, t("claim.final")));
    const box = status("review-status");
    const reason = el("input", { name: "reason", id: "review-reason", required: true, size: 30 });
    const as = el("select", { name: "as", id: "review-as" }, reviewRoles().map(r => el("option", { value: r }, t("code." + r))));
    const move = (to) => {
      if (!reason.value.trim()) { box.className = "error"; box.textContent = t("redress.reason_needed"); return; }
      report(box, write("/api/claims/" + encodeURIComponent(c.id) + "/review", { to, as: as.value, reason: reason.value }), () => route());
    };
    return el("section", { class: "card", id: "claim-workflow" }, el("h2", {}, t("claim.workflow")),
      el("div", { class: "filters" }, field(t("redress.reason"), reason), field(t("claim.acting_as"), as)),
      el("p", {}, c.next.map(s => [el("button", { type: "button", class: "primary", id: "review-to-" + s, onclick: () => move(s) }, t("claim.move_to", t("code." + s))), " "])),
      box);
  }

  /** The claim page is for reviewers and admins, who may both download and attach documents. */
  function documentsCard(c) {
    const list = el("ul", { id: "claim-documents" }, c.documents.map(sha => el("li", {},
      el("a", { href: "/api/claims/" + encodeURIComponent(c.id) + "/documents/" + sha, download: "" }, el("code", { class: "hash" }, sha)))));
    const box = status("document-status");
    const form = el("form", { class: "filters", id: "document-upload" },
      field(t("claim.document_file"), el("input", { type: "file", name: "file", id: "document-file", required: true })),
      field(t("redress.reason"), el("input", { name: "reason", id: "document-reason", required: true, size: 30 })),
      el("button", { class: "primary", type: "submit" }, t("claim.upload")));
    form.addEventListener("submit", async e => {
      e.preventDefault();
      const f = new FormData(form);
      const bytes = new Uint8Array(await f.get("file").arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      report(box, write("/api/claims/" + encodeURIComponent(c.id) + "/documents", { content_base64: btoa(binary), reason: f.get("reason") }), () => route());
    });
    return el("section", { class: "card" }, el("h2", {}, t("claim.documents")),
      c.documents.length ? list : el("p", { class: "muted" }, t("claim.no_documents")), form, box);
  }

  function historyCard(c) {
    return el("section", {}, el("h2", {}, t("claim.history")), el("table", { id: "claim-history" }, el("tbody", {}, c.history.map(s => el("tr", {},
      el("td", {}, s.at), el("td", {}, (s.from ? t("code." + s.from) + " → " : "") + t("code." + s.to)),
      el("td", {}, s.reviewer + " (" + t("code." + s.role) + ")"), el("td", { dir: "auto" }, s.reason))))));
  }

  /* ---------- claim intake: register a claimant, submit a claim ---------- */

  /** The form's non-empty values, trimmed, as a request body. */
  function formBody(form) {
    const body = {};
    for (const [k, v] of new FormData(form)) if (String(v).trim() !== "") body[k] = String(v).trim();
    return body;
  }

  function input(name, id, attrs) {
    return el("input", Object.assign({ name, id }, attrs || {}));
  }

  /** Registering the person who claims: names and contact, the household, and how they are related to a victim. */
  function claimantForm(params, claimFields) {
    const box = status("claimant-add-status");
    const form = el("form", { class: "filters", id: "claimant-add" },
      field(t("intake.claimant_id"), input("id", "claimant-add-id", { required: true, size: 10 })),
      field(t("victim.given"), input("given_name", "claimant-add-given", { dir: "auto" })),
      field(t("victim.father"), input("father_name", "claimant-add-father", { dir: "auto" })),
      field(t("victim.family"), input("family_name", "claimant-add-family", { dir: "auto" })),
      field(t("victim.arabic"), input("arabic_name", "claimant-add-arabic", { dir: "rtl", lang: "ar" })),
      field(t("intake.phone"), input("phone", "claimant-add-phone", { type: "tel", size: 16 })),
      field(t("intake.email"), input("email", "claimant-add-email", { type: "email" })),
      field(t("intake.address"), input("address", "claimant-add-address", { dir: "auto" })),
      field(t("claim.family"), input("family_id", "claimant-add-family-id", { size: 10 })),
      field(t("intake.related_victim"), input("victim_id", "claimant-add-victim", { size: 10, value: params.get("victim") || "" })),
      field(t("intake.kinship"), select("kinship", "claimant-add-kinship", KINSHIPS, "spouse", false)),
      field(t("redress.reason"), input("reason", "claimant-add-reason", { required: true, size: 30 })),
      el("button", { class: "primary", type: "submit", id: "claimant-add-submit" }, t("intake.register")));
    form.addEventListener("submit", e => {
      e.preventDefault();
      const body = formBody(form);
      const kinship = body.kinship;
      delete body.kinship;
      if (body.victim_id) body.relationships = [{ victim_id: body.victim_id, kinship }];
      delete body.victim_id;
      report(box, write("/api/claimants", body), c => {
        box.textContent = t("intake.claimant_registered", c.id);
        claimFields.elements.claimant.value = c.id;
      });
    });
    return el("section", { class: "card", id: "claimant-add-card" }, el("h2", {}, t("intake.register")), form, box);
  }

  /** Submitting a claim under one of the schedule's loss categories; the victims are ids, separated by commas or spaces. */
  function claimForm(params, schedule) {
    const box = status("claim-add-status");
    const category = el("select", { name: "category", id: "claim-add-category", required: true },
      schedule.categories.map(c => el("option", { value: c.code },
        c.code + " · " + c.description + " · " + c.amount.toLocaleString() + " " + schedule.currency + (c.illustrative ? " *" : ""))));
    const form = el("form", { class: "filters", id: "claim-add" },
      field(t("claim.id"), input("id", "claim-add-id", { required: true, size: 10 })),
      field(t("claim.claimant"), input("claimant", "claim-add-claimant", { required: true, size: 10 })),
      field(t("intake.victims"), input("victims", "claim-add-victims", { size: 20, value: params.get("victim") || "" })),
      field(t("claim.incident"), input("incident", "claim-add-incident", { required: true, size: 22, value: params.get("incident") || "" })),
      field(t("claim.category"), category),
      el("button", { class: "primary", type: "submit", id: "claim-add-submit" }, t("intake.submit")));
    form.addEventListener("submit", e => {
      e.preventDefault();
      const body = formBody(form);
      body.victims = (body.victims || "").split(/[\s,]+/).filter(Boolean);
      report(box, write("/api/claims", body), c => {
        box.textContent = t("intake.claim_submitted", c.id);
        if (allows("reviewer")) location.hash = "#/claim/" + encodeURIComponent(c.id);
      });
    });
    return el("section", { class: "card", id: "claim-add-card" }, el("h2", {}, t("intake.submit")), form,
      el("p", { class: "muted" }, t("intake.schedule", schedule.schedule)), box);
  }

  async function intakePage(view, params) {
    const schedule = await api("/api/claims/categories");
    const claim = claimForm(params, schedule);
    view.append(el("h1", {}, t("nav.intake")), claimantForm(params, claim.querySelector("form")), claim);
  }

  /** Renders the page for a hash route it owns; false when the route is not a redress one. */
  async function render(view, path, params) {
    if (path[0] === "victims") await victimsPage(view, params);
    else if (path[0] === "victim" && path[1]) await victimPage(view, decodeURIComponent(path[1]));
    else if (path[0] === "claims") await claimsPage(view, params);
    else if (path[0] === "claim" && path[1]) await claimPage(view, decodeURIComponent(path[1]));
    else if (path[0] === "intake") await intakePage(view, params);
    else return false;
    return true;
  }

  return { render, updateNav };
})();
