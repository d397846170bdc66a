// Search page: the URL holds the query and the filters, so a search can be shared or bookmarked.
import { el, clear, externalLink, formatDate, getJson, highlighted, message } from "./common.js";

const FACETS = [
  { key: "actors", param: "actor", label: "Actors" },
  { key: "sponsorStates", param: "sponsorState", label: "Sponsor states" },
  { key: "targets", param: "target", label: "Targets" },
  { key: "sources", param: "source", label: "Sources" },
];
const PAGE_SIZE = 20;

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const results = document.getElementById("results");
const status = document.getElementById("status");
const problem = document.getElementById("problem");
const more = document.getElementById("more");
const facetsBox = document.getElementById("facets");
const clearFilters = document.getElementById("clear-filters");

let nextCursor = null;
// Answers can arrive out of order; only the latest search may draw the page.
let latestSearch = 0;

function stateFromUrl() {
  const params = new URLSearchParams(window.location.search);
  const state = { q: params.get("q") || "", filters: {} };
  for (const facet of FACETS) state.filters[facet.param] = params.getAll(facet.param);
  return state;
}

function queryString(state, extra = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const facet of FACETS) for (const value of state.filters[facet.param]) params.append(facet.param, value);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params.toString();
}

function navigate(state) {
  const query = queryString(state);
  history.pushState(null, "", query ? "?" + query : window.location.pathname);
  run(state);
}

async function run(state) {
  input.value = state.q;
  const query = queryString(state);
  sessionStorage.setItem("news-intel.last-search", query ? "/?" + query : "/");
  clear(problem);
  status.textContent = "Searching…";
  more.hidden = true;
  const thisSearch = ++latestSearch;
  results.dataset.state = "loading";
  let page;
  try {
    page = await getJson("/api/stories?" + queryString(state, { size: PAGE_SIZE }));
  } catch (error) {
    if (thisSearch !== latestSearch) return;
    results.dataset.state = "done";
    status.textContent = "";
    clear(results);
    problem.append(message("error", error.message,
      error.status === 400 ? "Check the query syntax (see “Query syntax” above) and try again."
        : "Try again in a moment; if it persists, check that search-service and Elasticsearch are running."));
    return;
  }
  if (thisSearch !== latestSearch) return;
  clear(results);
  renderFacets(page.facets || {}, state);
  appendItems(page.items || []);
  nextCursor = page.nextCursor;
  more.hidden = !nextCursor;
  const filtered = FACETS.some((f) => state.filters[f.param].length > 0);
  if (!page.total) {
    status.textContent = "No stories found.";
    problem.append(message("info", state.q || filtered ? "No story matches this search." : "No stories are indexed yet.",
      state.q || filtered
        ? "Try fewer or other words, remove a filter, or use | for “either word”."
        : "Stories appear once ingest-service has polled its feeds (see the Feeds page) and they went through the pipeline."));
  } else {
    status.textContent = page.total === 1 ? "1 story" : page.total.toLocaleString("en") + " stories";
  }
  document.title = (state.q ? state.q + " · " : "") + "Search · news-intel";
  results.dataset.state = "done";
}

async function loadMore() {
  const state = stateFromUrl();
  more.disabled = true;
  try {
    const page = await getJson("/api/stories?" + queryString(state, { size: PAGE_SIZE, cursor: nextCursor }));
    const firstNew = appendItems(page.items || []);
    nextCursor = page.nextCursor;
    more.hidden = !nextCursor;
    if (firstNew) firstNew.querySelector("a")?.focus();
  } catch (error) {
    problem.append(message("error", error.message, "The result pages expire after a few minutes: search again to start over."));
  } finally {
    more.disabled = false;
  }
}

function appendItems(items) {
  let first = null;
  for (const item of items) {
    const li = renderItem(item);
    first = first || li;
    results.append(li);
  }
  return first;
}

function renderItem(item) {
  const highlight = item.highlight || {};
  const title = el("a", { attrs: { href: "/story?id=" + encodeURIComponent(item.id) } });
  if (highlight.title && highlight.title.length) title.append(highlighted(highlight.title[0]));
  else title.textContent = item.title || "(no title)";

  const snippet = el("p", { className: "snippet" });
  const fragments = [...(highlight.summary || []), ...(highlight.content || [])].slice(0, 2);
  if (fragments.length) {
    fragments.forEach((fragment, i) => {
      if (i > 0) snippet.append(" … ");
      snippet.append(highlighted(fragment));
    });
  } else if (item.summary) {
    snippet.textContent = item.summary.length > 280 ? item.summary.slice(0, 280) + "…" : item.summary;
  }
  const sourceName = item.source && (item.source.name || item.source.feedUrl);
  return el("li", {},
    el("article", { attrs: { "aria-label": item.title || "story" } },
      el("h3", {}, title),
      el("p", { className: "meta" },
        sourceName ? sourceName + " · " : "", formatDate(item.published), " · ",
        externalLink(item.url, "original")),
      snippet.childNodes.length ? snippet : null,
      tagChips(item.tags || {})));
}

function tagChips(tags) {
  const chips = el("ul", { className: "chips", attrs: { "aria-label": "Tags" } });
  for (const actor of tags.actors || []) chips.append(el("li", { className: "actor", text: actor }));
  for (const state of tags.sponsorStates || []) chips.append(el("li", { text: "sponsor: " + state }));
  for (const target of (tags.targets || []).slice(0, 6)) chips.append(el("li", { text: "target: " + target }));
  if (tags.attributionDenied) chips.append(el("li", { className: "denied", text: "denial reported" }));
  return chips.childNodes.length ? chips : null;
}

function renderFacets(facets, state) {
  clear(facetsBox);
  let any = false;
  for (const facet of FACETS) {
    const selected = state.filters[facet.param];
    const values = [...(facets[facet.key] || [])];
    for (const value of selected) {
      if (!values.some((v) => v.value.toLowerCase() === value.toLowerCase())) values.push({ value, count: 0 });
    }
    if (!values.length) continue;
    any = true;
    const fieldset = el("fieldset", {}, el("legend", { text: facet.label }));
    values.forEach((entry, i) => {
      const id = "f-" + facet.param + "-" + i;
      const checked = selected.some((v) => v.toLowerCase() === entry.value.toLowerCase());
      const box = el("input", { attrs: { type: "checkbox", id, name: facet.param, value: entry.value, checked } });
      box.addEventListener("change", () => {
        const next = stateFromUrl();
        const list = next.filters[facet.param].filter((v) => v.toLowerCase() !== entry.value.toLowerCase());
        if (box.checked) list.push(entry.value);
        next.filters[facet.param] = list;
        navigate(next);
      });
      fieldset.append(el("label", { className: "facet", attrs: { for: id } },
        box, el("span", { text: entry.value }), el("span", { className: "count", text: entry.count })));
    });
    facetsBox.append(fieldset);
  }
  if (!any) facetsBox.append(el("p", { className: "none", text: "No filters for these results." }));
  clearFilters.hidden = !FACETS.some((f) => state.filters[f.param].length > 0);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const state = stateFromUrl();
  state.q = input.value.trim();
  navigate(state);
});
more.addEventListener("click", loadMore);
clearFilters.addEventListener("click", () => {
  const state = stateFromUrl();
  for (const facet of FACETS) state.filters[facet.param] = [];
  navigate(state);
});
window.addEventListener("popstate", () => run(stateFromUrl()));

run(stateFromUrl());
