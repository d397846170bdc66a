// Story view: tags, attribution claims, and the evidence for each tag highlighted in the text.
import { el, clear, externalLink, formatDate, getJson, message } from "./common.js";

const FIELDS = ["title", "summary", "content"];
const problem = document.getElementById("problem");
const article = document.getElementById("story");

const id = new URLSearchParams(window.location.search).get("id");
// Back to the search the reader came from (kept by the search page; no referrer is sent here).
const lastSearch = sessionStorage.getItem("news-intel.last-search");
if (lastSearch && lastSearch.startsWith("/?")) document.getElementById("back").setAttribute("href", lastSearch);

async function load() {
  if (!id) {
    problem.append(message("error", "No story given.", "Open a story from the search results."));
    return;
  }
  let story;
  try {
    story = await getJson("/api/stories/" + encodeURIComponent(id));
  } catch (error) {
    problem.append(message("error", error.message, error.status === 404
      ? "The story may have been removed or the link is incomplete: search for it instead."
      : "Try again in a moment; if it persists, check that search-service and Elasticsearch are running."));
    return;
  }
  render(story);
  loadRelated();
}

function render(story) {
  const tags = story.tags || {};
  document.title = (story.title || "Story") + " · news-intel";
  document.getElementById("story-title").textContent = story.title || "(no title)";
  const meta = clear(document.getElementById("story-meta"));
  const source = story.source || {};
  meta.append(source.name || source.feedUrl || "unknown source", " · ", formatDate(story.published),
    story.language ? " · " + story.language : "", " · ", externalLink(story.url, "Read it at the source"));

  const dl = clear(document.getElementById("story-tags"));
  const rows = [
    ["Actors", tags.actors], ["ATT&CK ids", tags.attackIds], ["Sponsor states", tags.sponsorStates],
    ["Agencies", tags.agencies], ["Attributed by", tags.attributedBy], ["Targets", tags.targets],
    ["CVEs", tags.cves], ["Malware", tags.malware],
  ];
  for (const [label, values] of rows) {
    if (values && values.length) dl.append(el("dt", { text: label }), el("dd", { text: values.join(", ") }));
  }
  if (tags.attributionDenied) dl.append(el("dt", { text: "Denial" }),
    el("dd", {}, el("span", { className: "denied-badge", text: "the attribution is denied in this story" })));
  if (!dl.childNodes.length) dl.append(el("dt", { text: "None" }), el("dd", { text: "No threat actor or attribution was found in this story." }));
  if (story.catalogVersion) dl.append(el("dt", { text: "Catalog" }), el("dd", { text: story.catalogVersion }));

  renderClaims(story.claims || [], tags);
  renderText(story, story.evidence || []);
  renderEvidence(story.evidence || []);
  article.hidden = false;
}

function list(values) {
  return values && values.length ? values.join(", ") : "—";
}

function renderClaims(claims, tags) {
  const body = clear(document.querySelector("#claims tbody"));
  const note = document.getElementById("claims-note");
  if (claims.length) {
    note.textContent = "Each row is one sentence of the story: who claims which actor or state is behind the attack, against whom.";
    for (const claim of claims) {
      const culprits = [...(claim.actors || []), ...(claim.sponsorStates || []), ...(claim.agencies || [])];
      body.append(el("tr", { className: claim.denied ? "denied" : "" },
        el("td", { text: list(claim.claimants) }),
        el("td", { text: list(culprits) }),
        el("td", { text: list(claim.targets) }),
        el("td", {}, claim.denied ? el("span", { className: "denied-badge", text: "denied" }) : "claimed",
          typeof claim.confidence === "number" ? el("div", { className: "meta", text: "confidence " + claim.confidence.toFixed(2) }) : null),
        el("td", { text: claim.sentence || "" })));
    }
    return;
  }
  const culprits = [...(tags.actors || []), ...(tags.sponsorStates || [])];
  if (!(tags.attributedBy || []).length && !culprits.length) {
    note.textContent = "This story makes no attribution claim.";
    document.getElementById("claims").hidden = true;
    return;
  }
  note.textContent = "Summary from the story's tags (no sentence-level claims were recorded for this story).";
  body.append(el("tr", { className: tags.attributionDenied ? "denied" : "" },
    el("td", { text: list(tags.attributedBy) }),
    el("td", { text: list(culprits) }),
    el("td", { text: list(tags.targets) }),
    el("td", {}, tags.attributionDenied ? el("span", { className: "denied-badge", text: "denial reported" }) : "claimed"),
    el("td", { text: "—" })));
}

/** Marks each evidence's [start, end) in its field; overlapping spans share one mark. */
function renderText(story, evidence) {
  const box = clear(document.getElementById("story-text"));
  for (const field of FIELDS) {
    const text = story[field];
    if (!text || field === "title") {
      if (field === "title" && text && evidence.some((e) => e.field === "title")) {
        box.append(el("section", {}, el("h2", { text: "Title" }), markedParagraph(text, evidence.filter((e) => e.field === "title"))));
      }
      continue;
    }
    box.append(el("section", {}, el("h2", { text: field === "summary" ? "Summary" : "Full text" }),
      markedParagraph(text, evidence.filter((e) => e.field === field))));
  }
}

function markedParagraph(text, evidence) {
  const spans = evidence
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end <= text.length && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const e of spans) {
    const last = merged[merged.length - 1];
    if (last && e.start < last.end) {
      last.end = Math.max(last.end, e.end);
      last.items.push(e);
    } else {
      merged.push({ start: e.start, end: e.end, items: [e] });
    }
  }
  const p = el("p");
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) p.append(text.slice(cursor, span.start));
    const inferredOnly = span.items.every((e) => e.basis === "catalog");
    const label = span.items.map((e) => e.tag + (e.basis === "catalog" ? " (inferred from the catalog)" : "")).join("; ");
    p.append(el("mark", { className: inferredOnly ? "inferred" : "", text: text.slice(span.start, span.end),
      attrs: { title: label, "data-tags": span.items.map((e) => e.tag).join(" "), tabindex: 0, "aria-label": text.slice(span.start, span.end) + ": " + label } }));
    cursor = span.end;
  }
  if (cursor < text.length) p.append(text.slice(cursor));
  return p;
}

function renderEvidence(evidence) {
  const body = clear(document.querySelector("#evidence tbody"));
  if (!evidence.length) {
    body.append(el("tr", {}, el("td", { text: "No evidence: nothing in this story was tagged.", attrs: { colspan: 4 } })));
    return;
  }
  for (const e of evidence) {
    const inferred = e.basis === "catalog";
    body.append(el("tr", {},
      el("td", { text: e.tag }),
      el("td", { text: e.text }),
      el("td", { text: e.field + " " + e.start + "–" + e.end }),
      el("td", {}, inferred ? el("span", { className: "inferred-badge", text: "inferred (catalog)" }) : "stated",
        typeof e.confidence === "number" ? " · " + e.confidence.toFixed(2) : "")));
  }
}

async function loadRelated() {
  const box = document.getElementById("related");
  try {
    const related = await getJson("/api/stories/" + encodeURIComponent(id) + "/related?size=5");
    const items = related.items || [];
    if (!items.length) box.append(el("li", { text: "No related stories yet." }));
    for (const item of items) {
      box.append(el("li", {}, el("a", { text: item.title || "(no title)", attrs: { href: "/story?id=" + encodeURIComponent(item.id) } }),
        el("span", { className: "meta", text: " · " + formatDate(item.published) })));
    }
  } catch (error) {
    box.append(el("li", { text: "Related stories could not be loaded: " + error.message }));
  }
}

load();
