// Feeds: the feed registry of ingest-service (through search-service's proxy), with each feed's health.
import { el, clear, externalLink, formatDate, getJson, message, relativeTime, send } from "./common.js";

const tableBody = document.querySelector("#feeds tbody");
const problem = document.getElementById("problem");
const status = document.getElementById("status");
const form = document.getElementById("feed-form");
const formProblem = document.getElementById("form-problem");
const refreshAll = document.getElementById("refresh-all");

function health(feed) {
  if (feed.polling) return ["polling now", "idle"];
  if (!feed.lastPoll) return ["not polled yet", "idle"];
  if (feed.failing) return ["failing", "bad"];
  if (feed.lastError) return ["last poll failed", "bad"];
  if (feed.silent) return ["no new stories", "idle"];
  return ["ok", "ok"];
}

function row(feed) {
  const [label, kind] = health(feed);
  const refresh = el("button", { text: "Refresh", className: "secondary",
    attrs: { type: "button", "aria-label": "Refresh feed " + (feed.name || feed.url) } });
  refresh.addEventListener("click", () => refreshFeed(feed, refresh));
  return el("tr", { attrs: { "data-id": feed.id } },
    el("td", {}, el("div", { className: "feed-name", text: feed.name || "(no name yet)" }),
      el("div", { className: "url" }, externalLink(feed.url, feed.url))),
    el("td", {}, el("span", { className: "pill " + kind, text: label }),
      feed.lastHttpStatus ? el("div", { className: "meta", text: "HTTP " + feed.lastHttpStatus }) : null),
    el("td", { attrs: { title: formatDate(feed.lastPoll) } }, relativeTime(feed.lastPoll),
      feed.lastSuccess && feed.lastSuccess !== feed.lastPoll
        ? el("div", { className: "meta", text: "last success " + relativeTime(feed.lastSuccess) }) : null),
    el("td", {}, feed.lastError
      ? el("span", { className: "error-text", text: feed.lastError + (feed.consecutiveFailures > 1 ? " (" + feed.consecutiveFailures + " times in a row)" : "") })
      : "—"),
    el("td", { className: "num", text: feed.itemsSeen ?? 0 }),
    el("td", { text: feed.nextPoll ? relativeTime(feed.nextPoll) : "—" }),
    el("td", {}, refresh));
}

async function load() {
  clear(problem);
  let feeds;
  try {
    feeds = await getJson("/api/feeds");
  } catch (error) {
    status.textContent = "";
    problem.append(message("error", "The feed list could not be loaded: " + error.message,
      error.status === 502 ? "Start ingest-service (./run.sh starts it), then reload." : "Reload the page in a moment."));
    return;
  }
  clear(tableBody);
  if (!feeds.length) {
    tableBody.append(el("tr", {}, el("td", { attrs: { colspan: 7 },
      text: "No feeds yet. Add one above (for example a news site's RSS feed) and it is polled at once." })));
  }
  feeds.sort((a, b) => Number(b.failing) - Number(a.failing) || (a.name || a.url).localeCompare(b.name || b.url));
  for (const feed of feeds) tableBody.append(row(feed));
  const failing = feeds.filter((f) => f.failing).length;
  status.textContent = feeds.length + " feeds" + (failing ? ", " + failing + " failing" : "") + ". Updated " + formatDate(new Date().toISOString()) + ".";
}

async function refreshFeed(feed, button) {
  button.disabled = true;
  status.textContent = "Polling " + (feed.name || feed.url) + "…";
  try {
    await send("POST", "/api/feeds/" + encodeURIComponent(feed.id) + "/refresh");
  } catch (error) {
    problem.replaceChildren(message("error", error.message));
  } finally {
    button.disabled = false;
    await load();
  }
}

refreshAll.addEventListener("click", async () => {
  refreshAll.disabled = true;
  status.textContent = "Polling every feed (up to 30 s)…";
  try {
    await send("POST", "/api/feeds/refresh");
  } catch (error) {
    problem.replaceChildren(message("error", error.message));
  } finally {
    refreshAll.disabled = false;
    await load();
  }
});

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clear(formProblem);
  const data = new FormData(form);
  const body = { url: data.get("url").trim() };
  if (data.get("name").trim()) body.name = data.get("name").trim();
  if (data.get("pollInterval").trim()) body.pollInterval = data.get("pollInterval").trim();
  const button = document.getElementById("add-feed");
  button.disabled = true;
  try {
    const feed = await send("POST", "/api/feeds", body);
    form.reset();
    formProblem.append(message("info", "Feed added: " + (feed.name || feed.url) + ". Polling it now…"));
    try {
      await send("POST", "/api/feeds/" + encodeURIComponent(feed.id) + "/refresh");
    } catch (error) {
      formProblem.append(message("error", "Added, but the first poll failed: " + error.message, "It is retried on its interval."));
    }
  } catch (error) {
    formProblem.append(message("error", error.message,
      error.status === 409 ? "This feed is already in the list." : error.status === 400 ? "Correct the value named above and add it again." : null));
  } finally {
    button.disabled = false;
    await load();
  }
});

load();
setInterval(load, 30000);
