// Shared helpers of the pages. Rule: data from the API is only ever put on the page as text
// (textContent, DOM nodes), never parsed as HTML; links from data go through safeHref.

const KEY_STORAGE = "news-intel.api-key";

/** Creates an element; props: className, text, attrs (plain attributes), on (event listeners). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
  for (const [name, value] of Object.entries(props.attrs || {})) {
    if (value !== undefined && value !== null && value !== false) {
      if (/^on/i.test(name)) throw new Error("event handler attributes are not allowed: " + name);
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const [event, handler] of Object.entries(props.on || {})) node.addEventListener(event, handler);
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An http(s) URL from data, or null: a javascript: or data: link must never become clickable. */
export function safeHref(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to outside (opens in a new tab without giving it access to this page). */
export function externalLink(url, text) {
  const href = safeHref(url);
  if (!href) return el("span", { text });
  return el("a", { text, attrs: { href, target: "_blank", rel: "noopener noreferrer" } });
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function formatDate(iso) {
  if (!iso) return "n/a";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "n/a";
  return date.toISOString().replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC");
}

export function relativeTime(iso) {
  if (!iso) return "never";
  const seconds = Math.round((Date.now() - new Date(iso).getTime()) / 1000);
  if (Number.isNaN(seconds)) return "n/a";
  const future = seconds < 0;
  const s = Math.abs(seconds);
  const text = s < 60 ? s + " s" : s < 3600 ? Math.round(s / 60) + " min" : s < 86400
      ? Math.round(s / 3600) + " h" : Math.round(s / 86400) + " d";
  return future ? "in " + text : text + " ago";
}

/** An error the API answered with (RFC 7807 problem) or a network failure, in words. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function problemMessage(response) {
  try {
    const body = await response.json();
    return body.detail || body.title || response.statusText;
  } catch {
    return response.statusText || "HTTP " + response.status;
  }
}

export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" } });
  } catch {
    throw new ApiError(0, "The server did not answer. Check that search-service is running, then reload.");
  }
  if (!response.ok) throw new ApiError(response.status, await problemMessage(response));
  return response.json();
}

export function storedKey() {
  return sessionStorage.getItem(KEY_STORAGE);
}

function forgetKey() {
  sessionStorage.removeItem(KEY_STORAGE);
  renderKeyState();
}

/** Asks for the API key once per browser tab; resolves to the key or null when cancelled. */
export function askForKey(reason) {
  return new Promise((resolve) => {
    const input = el("input", {
      attrs: { id: "api-key-input", type: "password", autocomplete: "off", required: true,
        "aria-describedby": "api-key-hint" },
    });
    const dialog = el("dialog", { attrs: { "aria-labelledby": "api-key-title" } });
    const cancel = el("button", { text: "Cancel", className: "secondary", attrs: { type: "button" } });
    const form = el("form", { className: "stacked", attrs: { method: "dialog" } },
      el("h2", { text: "API key needed", attrs: { id: "api-key-title" } }),
      reason ? el("p", { text: reason, className: "message error" }) : null,
      el("div", { className: "field" },
        el("label", { text: "API key", attrs: { for: "api-key-input" } }),
        input,
        el("span", { className: "hint", attrs: { id: "api-key-hint" },
          text: "Changes need the key the server was started with (NEWS_API_KEY; ./run.sh prints it). "
            + "It is kept in this tab only (sessionStorage)." })),
      el("div", { className: "row" },
        el("button", { text: "Save key", attrs: { type: "submit", id: "api-key-save" } }), cancel));
    dialog.append(form);
    document.body.append(dialog);
    cancel.addEventListener("click", () => dialog.close(""));
    form.addEventListener("submit", () => { dialog.returnValue = "save"; });
    dialog.addEventListener("close", () => {
      const key = dialog.returnValue === "save" ? input.value.trim() : "";
      dialog.remove();
      if (key) {
        sessionStorage.setItem(KEY_STORAGE, key);
        renderKeyState();
        resolve(key);
      } else {
        resolve(null);
      }
    });
    dialog.showModal();
    input.focus();
  });
}

/** A write request with X-API-Key; asks for the key when there is none, forgets it on 401. */
export async function send(method, path, body) {
  let key = storedKey();
  if (!key) key = await askForKey();
  if (!key) {
    throw new ApiError(401, "No API key given: changes need the key (NEWS_API_KEY) that ./run.sh printed.");
  }
  const headers = { Accept: "application/json", "X-API-Key": key };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, "The server did not answer. Check that search-service is running, then try again.");
  }
  if (response.status === 401) {
    forgetKey();
    throw new ApiError(401, "The API key was refused. Use the key the server was started with "
      + "(NEWS_API_KEY; ./run.sh prints it): try again and enter it when asked.");
  }
  if (!response.ok) throw new ApiError(response.status, await problemMessage(response));
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** A message box: what happened and what to do about it. */
export function message(kind, text, hint) {
  return el("div", { className: "message" + (kind === "error" ? " error" : ""),
    attrs: { role: kind === "error" ? "alert" : "status" } },
    el("p", { text }), hint ? el("p", { text: hint }) : null);
}

function renderKeyState() {
  const slot = document.getElementById("key-state");
  if (!slot) return;
  clear(slot);
  if (storedKey()) {
    slot.append("API key set ",
      el("button", { text: "Forget", className: "secondary", attrs: { type: "button" },
        on: { click: forgetKey } }));
  } else {
    slot.append(el("button", { text: "Enter API key", className: "secondary", attrs: { type: "button" },
      on: { click: () => askForKey() } }));
  }
}

/** Turns a highlight fragment from the API (HTML-escaped text with <em> around matches) into nodes. */
export function highlighted(fragment) {
  const out = document.createDocumentFragment();
  const parts = String(fragment).split(/(<em>|<\/em>)/);
  let inMatch = false;
  for (const part of parts) {
    if (part === "<em>") { inMatch = true; continue; }
    if (part === "</em>") { inMatch = false; continue; }
    if (!part) continue;
    const text = decodeEntities(part);
    out.append(inMatch ? el("mark", { text }) : document.createTextNode(text));
  }
  return out;
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'" };

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name];
  });
}

document.addEventListener("DOMContentLoaded", renderKeyState);
