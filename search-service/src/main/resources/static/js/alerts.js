// Alerts: subscriptions (saved searches) with their delivery status, and alerts as they are raised.
import { el, clear, formatDate, getJson, message, relativeTime, send } from "./common.js";

const MAX_LIVE = 50;
const form = document.getElementById("subscription-form");
const formProblem = document.getElementById("form-problem");
const tableBody = document.querySelector("#subscriptions tbody");
const subsProblem = document.getElementById("subs-problem");
const live = document.getElementById("live-alerts");
const streamState = document.getElementById("stream-state");

function splitList(value) {
  return value.split(",").map((v) => v.trim()).filter(Boolean);
}

function describeFilters(filters) {
  if (!filters) return "";
  return Object.entries(filters)
    .map(([name, values]) => [name, Array.isArray(values) ? values : [values]])
    .filter(([, values]) => values.length)
    .map(([name, values]) => name + ": " + values.join(", "))
    .join("; ");
}

function deliveryCell(sub) {
  const s = sub.status || {};
  if (!sub.webhookUrl) return el("td", {}, el("span", { className: "pill idle", text: "stream only" }),
    el("div", { className: "meta", text: "no webhook: alerts go to the live feed and news.alerts" }));
  const outcome = s.lastOutcome || "none yet";
  const ok = outcome === "delivered" || outcome === "digested";
  const cell = el("td", {},
    el("span", { className: "pill " + (s.lastOutcome ? (ok ? "ok" : "bad") : "idle"), text: outcome }),
    el("div", { className: "meta", text: (s.delivered ?? 0) + " delivered, " + (s.deadLettered ?? 0) + " given up"
      + (s.consecutiveFailures ? ", " + s.consecutiveFailures + " failures in a row" : "") }),
    el("div", { className: "url", text: sub.webhookUrl }));
  if (s.lastError) cell.append(el("div", { className: "error-text", text: s.lastError }));
  return cell;
}

async function loadSubscriptions() {
  clear(subsProblem);
  let data;
  try {
    data = await getJson("/api/subscriptions");
  } catch (error) {
    subsProblem.append(message("error", "Subscriptions could not be loaded: " + error.message, "Reload the page in a moment."));
    return;
  }
  clear(tableBody);
  if (!data.items.length) {
    tableBody.append(el("tr", {}, el("td", { attrs: { colspan: 5 },
      text: "No subscriptions yet. Create one above: you will see its alerts here as stories arrive." })));
    return;
  }
  for (const sub of data.items) {
    const del = el("button", { text: "Delete", className: "danger",
      attrs: { type: "button", "aria-label": "Delete subscription " + sub.name } });
    del.addEventListener("click", () => remove(sub, del));
    tableBody.append(el("tr", { attrs: { "data-id": sub.id } },
      el("td", { text: sub.name }),
      el("td", {}, el("div", { text: sub.query || "(any text)" }), el("div", { className: "meta", text: describeFilters(sub.filters) })),
      deliveryCell(sub),
      el("td", { text: sub.status?.lastAlertAt ? relativeTime(sub.status.lastAlertAt) : "none yet" }),
      el("td", {}, del)));
  }
}

async function remove(sub, button) {
  if (!window.confirm("Delete the subscription “" + sub.name + "”? Its alerts stop at once.")) return;
  button.disabled = true;
  try {
    await send("DELETE", "/api/subscriptions/" + encodeURIComponent(sub.id));
    await loadSubscriptions();
  } catch (error) {
    subsProblem.replaceChildren(message("error", error.message));
    button.disabled = false;
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  clear(formProblem);
  const data = new FormData(form);
  const body = { name: data.get("name").trim() };
  const query = data.get("query").trim();
  if (query) body.query = query;
  const filters = {};
  if (splitList(data.get("actor")).length) filters.actor = splitList(data.get("actor"));
  if (splitList(data.get("target")).length) filters.target = splitList(data.get("target"));
  if (Object.keys(filters).length) body.filters = filters;
  const webhook = data.get("webhookUrl").trim();
  if (webhook) body.webhookUrl = webhook;
  if (!body.query && !body.filters) {
    formProblem.append(message("error", "Give a query or at least one filter.", "A subscription with neither would match every story."));
    return;
  }
  const button = document.getElementById("create-subscription");
  button.disabled = true;
  try {
    const created = await send("POST", "/api/subscriptions", body);
    form.reset();
    formProblem.append(message("info", "Subscription “" + created.name + "” created.",
      created.secret && created.webhookUrl ? "Its webhook secret (shown once, for checking X-Signature-SHA256): " + created.secret : "Matching stories will appear under Live alerts."));
    await loadSubscriptions();
  } catch (error) {
    formProblem.append(message("error", error.message,
      error.status === 400 ? "Correct the field named above and create it again." : null));
  } finally {
    button.disabled = false;
  }
});

function connect() {
  const source = new EventSource("/api/alerts/stream");
  source.addEventListener("ready", () => {
    streamState.textContent = "Connected: new alerts appear here as they are raised.";
    document.body.dataset.stream = "ready";
  });
  source.addEventListener("alert", (event) => {
    let alert;
    try {
      alert = JSON.parse(event.data);
    } catch {
      return;
    }
    const story = alert.story || {};
    const item = el("li", { attrs: { "data-alert-id": alert.alertId } },
      el("div", {}, el("strong", { text: alert.subscriptionName || alert.subscriptionId }),
        alert.update ? " (updated story)" : "", el("span", { className: "meta", text: " · " + formatDate(alert.raisedAt) })),
      el("a", { text: story.title || "(no title)", attrs: { href: "/story?id=" + encodeURIComponent(story.id || "") } }));
    live.prepend(item);
    while (live.childNodes.length > MAX_LIVE) live.lastChild.remove();
    loadSubscriptions();
  });
  source.addEventListener("error", () => {
    streamState.textContent = source.readyState === EventSource.CLOSED
      ? "Disconnected from the alert stream. Reload the page to reconnect."
      : "Reconnecting to the alert stream…";
    document.body.dataset.stream = "reconnecting";
  });
}

loadSubscriptions();
connect();
