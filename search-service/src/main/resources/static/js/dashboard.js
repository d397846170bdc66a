// Dashboard: what the news says (charts from the stats and search APIs) and how the pipeline is doing.
import { el, clear, externalLink, formatDate, getJson, message } from "./common.js";

const TOP_ACTORS = 6;
const PIPELINE_REFRESH_MS = 10000;
const status = document.getElementById("status");
const charts = [];

function chart(id) {
  const box = document.getElementById(id);
  if (typeof window.echarts === "undefined") {
    box.replaceChildren(message("error", "The chart library did not load.", "The tables below each chart show the same figures."));
    return null;
  }
  // SVG, not canvas: crisp at any zoom, and the drawn series stay inspectable.
  const instance = window.echarts.init(box, null, { renderer: "svg" });
  charts.push(instance);
  return instance;
}

function table(containerId, headers, rows) {
  const box = clear(document.getElementById(containerId));
  const head = el("tr", {}, headers.map((h, i) => el("th", { text: h, className: i > 0 ? "num" : "", attrs: { scope: "col" } })));
  const body = rows.map((row) => el("tr", {}, row.map((cell, i) => el("td", { text: cell, className: i > 0 ? "num" : "" }))));
  box.append(el("table", {}, el("thead", {}, head), el("tbody", {}, body)));
}

function emptyChart(id, text, hint) {
  document.getElementById(id).replaceChildren(message("info", text, hint));
}

const DAY_MS = 86400000;

/** The last 30 days, or, when nothing was published in them, the 30 days up to the newest story. */
function window30(newest) {
  let to = Date.now();
  if (newest && Date.parse(newest) < to - 30 * DAY_MS) to = Date.parse(newest) + DAY_MS;
  to = Math.ceil(to / DAY_MS) * DAY_MS;
  return { from: new Date(to - 30 * DAY_MS).toISOString().slice(0, 10), to: new Date(to - DAY_MS).toISOString().slice(0, 10) };
}

async function timeline(newest) {
  const range = window30(newest);
  document.getElementById("timeline-heading").textContent =
    "Stories per day, top actors (" + range.from + " to " + range.to + ")";
  let data;
  try {
    data = await getJson("/api/stats/timeline?by=actor&interval=day&size=" + TOP_ACTORS * 2
      + "&from=" + range.from + "&to=" + range.to);
  } catch (error) {
    emptyChart("timeline-chart", "The timeline could not be loaded: " + error.message, "Reload the page in a moment.");
    return;
  }
  const totals = new Map();
  for (const bucket of data.buckets) for (const c of bucket.counts) totals.set(c.value, (totals.get(c.value) || 0) + c.count);
  const actors = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_ACTORS).map(([name]) => name);
  const days = data.buckets.map((b) => b.start.slice(0, 10));
  const series = actors.map((actor) => ({
    name: actor, type: "line", smooth: false, showSymbol: false,
    data: data.buckets.map((b) => (b.counts.find((c) => c.value === actor) || { count: 0 }).count),
  }));
  table("timeline-table", ["Day", ...actors], data.buckets
    .filter((b) => b.total > 0)
    .map((b) => [b.start.slice(0, 10), ...series.map((s) => s.data[data.buckets.indexOf(b)])]));
  if (!actors.length) {
    emptyChart("timeline-chart", "No story named a threat actor in the last 30 days.",
      "Add feeds that cover cyber security on the Feeds page, or search all stories.");
    return;
  }
  const c = chart("timeline-chart");
  c?.setOption({
    animation: false,
    tooltip: { trigger: "axis", renderMode: "richText" },
    legend: { type: "scroll", top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 30 },
    xAxis: { type: "category", data: days },
    yAxis: { type: "value", minInterval: 1 },
    series,
  });
}

function bars(id, tableId, entries, label) {
  table(tableId, [label, "Stories"], entries.map((e) => [e.value, e.count]));
  if (!entries.length) {
    emptyChart(id, "No " + label.toLowerCase() + " named yet.", "They appear once stories attributing cyber attacks are indexed.");
    return;
  }
  const sorted = [...entries].reverse();
  const c = chart(id);
  c?.setOption({
    animation: false,
    tooltip: { trigger: "axis", renderMode: "richText" },
    grid: { left: 120, right: 24, top: 8, bottom: 24 },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: sorted.map((e) => e.value), axisLabel: { width: 110, overflow: "truncate" } },
    series: [{ type: "bar", name: "Stories", data: sorted.map((e) => e.count), itemStyle: { color: "#0b5cad" } }],
  });
}

async function topValues(page) {
  try {
    bars("sponsors-chart", "sponsors-table", page.facets?.sponsorStates || [], "Sponsor states");
    bars("targets-chart", "targets-table", page.facets?.targets || [], "Targets");
  } catch (error) {
    emptyChart("sponsors-chart", "Could not load: " + error.message, "Reload the page in a moment.");
    emptyChart("targets-chart", "Could not load: " + error.message, "Reload the page in a moment.");
  }
}

async function latestClaims() {
  const box = clear(document.getElementById("latest-claims"));
  let data;
  try {
    data = await getJson("/api/stats/claims?size=8");
  } catch (error) {
    box.append(el("li", {}, message("error", "Claims could not be loaded: " + error.message, "Reload the page in a moment.")));
    return;
  }
  if (!data.items.length) {
    box.append(el("li", { text: "No attribution claim yet. Stories where a state or company blames someone for a cyber attack appear here." }));
    return;
  }
  for (const item of data.items) {
    const culprits = [...(item.actors || []), ...(item.sponsorStates || [])];
    const sentence = (item.claims || []).find((c) => c.sentence)?.sentence;
    box.append(el("li", {},
      el("h3", {}, el("a", { text: item.title || "(no title)", attrs: { href: "/story?id=" + encodeURIComponent(item.storyId) } })),
      el("p", { className: "meta" }, (item.source || "") + " · " + formatDate(item.published), " · ", externalLink(item.url, "original")),
      el("p", {},
        el("strong", { text: (item.claimants || []).join(", ") || "Someone" }),
        item.denied ? " — denial reported: " : " blames ",
        el("strong", { text: culprits.join(", ") || "an unnamed actor" }),
        (item.targets || []).length ? " for attacks on " + item.targets.join(", ") : "",
        item.denied ? " " : "",
        item.denied ? el("span", { className: "denied-badge", text: "denied" }) : null),
      sentence ? el("p", { className: "meta", text: "“" + sentence + "”" }) : null));
  }
}

function na(value, digits = 1) {
  return typeof value === "number" && Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

async function pipeline() {
  const rates = clear(document.getElementById("pipeline-rates"));
  const lag = clear(document.getElementById("pipeline-lag"));
  const feeds = clear(document.getElementById("pipeline-feeds"));
  const updated = document.getElementById("pipeline-updated");
  let data = {};
  let failure = null;
  try {
    data = await getJson("/api/pipeline");
  } catch (error) {
    failure = error;
  }
  const r = data.rates || {};
  for (const [key, label] of [["ingestPerSec", "Ingest"], ["taggingPerSec", "Tagging"], ["indexingPerSec", "Indexing"]]) {
    rates.append(el("li", { attrs: { "data-rate": key } },
      el("span", { className: "value", text: na(r[key]) }), el("span", { className: "label", text: label + ", stories/s (last minute)" })));
  }
  updated.textContent = failure
    ? (failure.status === 404
      ? "This server does not report pipeline figures (no /api/pipeline); shown as n/a."
      : "Pipeline figures unavailable (" + failure.message + "); shown as n/a. Retrying every 10 s.")
    : "Updated " + formatDate(data.generatedAt) + "; refreshes every 10 s.";
  if ((data.errors || []).length) {
    updated.append(el("ul", { className: "error-text" }, data.errors.map((text) => el("li", { text }))));
  }
  const groups = data.consumerGroups || [];
  if (groups.length) {
    const head = el("tr", {}, el("th", { text: "Consumer group", attrs: { scope: "col" } }),
      el("th", { text: "Topic", attrs: { scope: "col" } }), el("th", { text: "Lag", className: "num", attrs: { scope: "col" } }));
    lag.append(el("table", { attrs: { id: "lag-table" } }, el("thead", {}, head), el("tbody", {}, groups.map((g) =>
      el("tr", {}, el("td", { text: g.group || "n/a" }), el("td", { text: g.topic || "n/a" }),
        el("td", { className: "num", text: typeof g.lag === "number" ? g.lag.toLocaleString("en") : "n/a" }))))));
  } else {
    lag.append(el("p", { className: "meta", text: "n/a" }));
  }
  const f = data.feeds;
  if (f && typeof f.total === "number") {
    feeds.append(el("p", { attrs: { id: "feeds-summary" },
      text: f.total + " feeds, " + (f.failing ?? "n/a") + " failing" }));
    const failing = f.failingFeeds || [];
    if (failing.length) {
      feeds.append(el("ul", {}, failing.map((feed) => el("li", {},
        el("strong", { text: feed.name || feed.url || feed.id }), ": ",
        el("span", { className: "error-text", text: feed.lastError || "no successful poll" })))),
        el("p", { className: "meta" }, "Fix or remove them on the ", el("a", { text: "Feeds page", attrs: { href: "/feeds" } }), "."));
    }
  } else {
    feeds.append(el("p", { attrs: { id: "feeds-summary" }, className: "meta", text: "n/a" }));
  }
}

async function main() {
  status.textContent = "Loading…";
  let newest = null;
  let page = null;
  try {
    page = await getJson("/api/stories?size=1&sort=date");
    newest = page.items?.[0]?.published;
  } catch (error) {
    status.textContent = "";
    document.getElementById("main").prepend(message("error", "Statistics could not be loaded: " + error.message,
      "Check that search-service and Elasticsearch are running, then reload."));
  }
  await Promise.all([timeline(newest), page ? topValues(page) : Promise.resolve(), latestClaims(), pipeline()]);
  status.textContent = "Loaded " + formatDate(new Date().toISOString()) + ".";
  document.body.dataset.loaded = "true";
  setInterval(pipeline, PIPELINE_REFRESH_MS);
}

window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
main();
