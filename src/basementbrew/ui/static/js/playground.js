// Playground tab: streaming chat with any served model (tokens/s and time to first token under each answer),
// A/B side by side (blind if asked) with votes, batch from an uploaded JSONL with a downloadable result,
// a small benchmark, and export of the conversation (JSON, Markdown, training JSONL).
// Everything goes through the OpenAI-compatible /v1 API (the one guarded-generation service).
import { api, clicked, el, report, session, stream, toast } from "./api.js";

let models = [], convo = [];
const $ = (s) => document.querySelector(s);

function modelSelect(id, label) {
  return [el("label", { for: id }, label), el("select", { id, class: "input model-select" })];
}

export async function mount(panel) {
  panel.append(
    el("div", { class: "card plate" }, el("h2", { class: "stencil" }, "Chat"),
      el("div", { class: "row" }, ...modelSelect("chat-model", "model"),
        el("label", { for: "chat-temp" }, "temperature"), el("input", { id: "chat-temp", class: "input", type: "number", min: "0", max: "2", step: "0.1", value: "0", style: "width:5em" }),
        el("label", { for: "chat-max" }, "max tokens"), el("input", { id: "chat-max", class: "input", type: "number", min: "1", max: "4096", value: "96", style: "width:6em" })),
      el("p", { class: "field-error", id: "chat-settings-error", role: "alert" }),
      el("div", { class: "chat", id: "chat-log", "aria-live": "polite" }),
      el("form", { class: "row", onsubmit: (ev) => { ev.preventDefault(); send(); } },
        el("label", { for: "chat-input", class: "muted" }, "message"),
        el("input", { id: "chat-input", class: "input", style: "flex:1", autocomplete: "off", placeholder: "OG 1.060, FG 1.012: how strong is it?", oninput: sendReady }),
        el("button", { class: "btn amber-btn", type: "submit", id: "chat-send", disabled: true, title: "Type a message first" }, "Send")),
      el("div", { class: "row" }, el("span", { class: "muted" }, "Export:"),
        el("button", { class: "btn small", type: "button", onclick: () => exportAs("json") }, "JSON"),
        el("button", { class: "btn small", type: "button", onclick: () => exportAs("md") }, "Markdown"),
        el("button", { class: "btn small", type: "button", onclick: () => exportAs("jsonl") }, "training JSONL"),
        el("button", { class: "btn small", type: "button", onclick: () => { convo = []; $("#chat-log").replaceChildren(); } }, "Clear"))),
    el("div", { class: "card plate" }, el("h2", { class: "stencil" }, "A/B"),
      el("div", { class: "row" }, ...modelSelect("ab-a", "A"), ...modelSelect("ab-b", "B"),
        el("label", { class: "switch" }, el("input", { type: "checkbox", id: "ab-blind" }), "blind")),
      el("p", { class: "muted", id: "ab-hint", role: "status" }),
      el("form", { class: "row", onsubmit: (ev) => { ev.preventDefault(); runAB(); } },
        el("label", { for: "ab-prompt", class: "muted" }, "prompt"),
        el("input", { id: "ab-prompt", class: "input", style: "flex:1", value: "What ABV is typical for a Saison?" }),
        el("button", { class: "btn amber-btn", type: "submit", id: "ab-run", disabled: true, "aria-describedby": "ab-hint" }, "Compare")),
      el("div", { class: "ab" }, el("div", { class: "side", id: "ab-left" }, el("h4", {}, "left")), el("div", { class: "side", id: "ab-right" }, el("h4", {}, "right"))),
      el("div", { class: "row", id: "ab-votes" },
        ...[["left", "◀ Left is better"], ["tie", "Tie"], ["both_bad", "Both bad"], ["right", "Right is better ▶"]].map(([v, t]) =>
          el("button", { class: "btn small vote", type: "button", "data-vote": v, disabled: true, onclick: () => vote(v) }, t))),
      el("div", { id: "ab-tally", class: "muted" })),
    el("div", { class: "card plate" }, el("h2", { class: "stencil" }, "Batch & benchmark"),
      el("p", { class: "muted" }, "Upload JSONL: one {\"prompt\": ...} or {\"messages\": [...]} per line; answers come back as a JSONL download."),
      el("div", { class: "row" }, ...modelSelect("batch-model", "model"), el("input", { type: "file", id: "batch-file", accept: ".jsonl,.json,.txt", class: "input" }),
        el("button", { class: "btn", type: "button", id: "batch-run", onclick: clicked(runBatch) }, "Run batch")),
      el("p", { class: "field-error", id: "batch-error", role: "alert" }),
      el("div", { id: "batch-out", class: "muted", role: "status" }),
      el("div", { class: "row" }, el("label", { for: "bench-n" }, "concurrent requests"), el("input", { id: "bench-n", class: "input", type: "number", min: "1", max: "16", value: "4", style: "width:5em" }),
        el("button", { class: "btn", type: "button", id: "bench-run", onclick: clicked(bench) }, "Benchmark")),
      el("div", { id: "bench-out", class: "mono" })));
  ["#ab-a", "#ab-b"].forEach((s) => $(s).addEventListener("change", abReady));
  await loadModels();
}

export function show() { loadModels(); }

async function loadModels() {
  try { models = (await api("/v1/models")).data.map((m) => m.id); } catch (err) { report(err, loadModels); return; }
  document.querySelectorAll(".model-select").forEach((sel, i) => {
    const keep = sel.value;
    sel.replaceChildren(...models.map((m) => el("option", { value: m }, m)));
    sel.value = models.includes(keep) ? keep : models[sel.id === "ab-b" ? Math.min(1, models.length - 1) : 0];
  });
  abReady();
}

// A/B compares two different models: Compare stays disabled until A and B differ, and the card says why (with
// one served model, how to get a second one) for as long as that lasts, not in a toast that is gone in seconds
let abRunning = false;
function abReady() {
  const a = $("#ab-a").value, b = $("#ab-b").value, hint = $("#ab-hint");
  if (models.length < 2) {
    hint.replaceChildren(...(models.length
      ? [`A/B needs two different models; this server serves only ${models[0]}. Serve an adapter beside it (`,
        el("code", {}, "basementbrew serve --adapter NAME=RUN_DIR"), "), or train a run in the Train tab: a finished run appears here by itself."]
      : ["A/B needs two different models; none is served yet."]));
  } else hint.textContent = a === b ? "A/B needs two different models: pick another one for A or B." : "";
  $("#ab-run").disabled = abRunning || models.length < 2 || a === b;
}

// Send is for a message: disabled (with a title saying why) while the box is empty or blank and while an answer
// streams; the form's Enter does nothing then (a disabled default button submits nothing)
let chatting = false;
function sendReady() {
  const btn = $("#chat-send"), empty = !$("#chat-input").value.trim();
  btn.disabled = chatting || empty;
  btn.title = chatting ? "Waiting for the answer" : empty ? "Type a message first" : "";
}

function dangerOpts() {
  return session.danger ? { extraHeaders: { "X-Danger-Consent": session.danger }, danger: true } : { danger: false };
}

// Stream one chat completion into `target`; resolves with {text, ttft, tps, tokens}.
function chatStream(model, messages, target, { temperature = 0, max_tokens = 96 } = {}) {
  const d = dangerOpts();
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let first = null, text = "", usage = null, chunks = 0;
    stream("/v1/chat/completions", {
      method: "POST", extraHeaders: d.extraHeaders,
      body: { model, messages, temperature, max_tokens, stream: true, stream_options: { include_usage: true }, ...(d.danger ? { danger_mode: true } : {}) },
      onEvent: (event, data) => {
        if (!data || typeof data !== "object") return;
        if (data.usage) usage = data.usage;
        const delta = data.choices?.[0]?.delta?.content;
        if (delta) { if (first === null) first = performance.now(); chunks += 1; text += delta; target.textContent = text; }
        if (data.error) reject(new Error(data.error.message));
      },
      onEnd: () => {
        const end = performance.now();
        const tokens = usage ? usage.completion_tokens : null;
        const gen = first !== null ? (end - first) / 1000 : null, total = (end - t0) / 1000;
        // a short answer can arrive in one piece (the output scanners release text in pieces of a few words
        // after the first), so first-to-last chunk says nothing about speed: count the whole request then
        const whole = chunks <= 1 || !gen || gen < 0.05;
        resolve({ text, ttft: first !== null ? (first - t0) / 1000 : null, tokens, whole, tps: tokens ? tokens / Math.max(whole ? total : gen, 1e-3) : null, total });
      },
      onError: reject,
    });
  });
}

function meta(r) {
  return `${r.tokens ?? "?"} tokens · ${r.tps ? r.tps.toFixed(1) : "–"} tokens/s${r.whole ? " (whole request)" : ""} · first token ${r.ttft != null ? r.ttft.toFixed(2) + " s" : "–"}`;
}

async function send() {
  const input = $("#chat-input"), model = $("#chat-model").value;
  const text = input.value.trim();
  if (!text) return;
  const settings = { max_tokens: $("#chat-max"), temperature: $("#chat-temp") };
  $("#chat-settings-error").textContent = "";
  Object.values(settings).forEach((i) => { i.classList.remove("invalid"); i.removeAttribute("aria-invalid"); });
  input.value = "";
  convo.push({ role: "user", content: text });
  const log = $("#chat-log");
  log.append(el("div", { class: "msg user" }, text));
  const body = el("span", { class: "text" }, "…");
  const bubble = el("div", { class: "msg assistant", "data-model": model }, body);
  log.append(bubble);
  chatting = true; sendReady();
  try {
    const r = await chatStream(model, convo, body, { temperature: Number($("#chat-temp").value), max_tokens: Number($("#chat-max").value) });
    convo.push({ role: "assistant", content: r.text, model });
    bubble.append(el("span", { class: "meta" }, `${model} · ${meta(r)}`));
  } catch (err) {
    convo.pop();
    if (!input.value) input.value = text;  // a refused message stays in the box to fix or send again
    const field = settings[err.param];
    if (field) {  // a bad setting: said next to it, and no message without an answer left in the chat
      field.classList.add("invalid"); field.setAttribute("aria-invalid", "true");
      $("#chat-settings-error").textContent = err.message;
      bubble.previousSibling.remove(); bubble.remove();
    } else bubble.replaceChildren(el("span", { class: "field-error" }, err.message));
  } finally { chatting = false; sendReady(); log.scrollTop = log.scrollHeight; }
}

let round = null;
async function runAB() {
  const a = $("#ab-a").value, b = $("#ab-b").value, prompt = $("#ab-prompt").value.trim();
  if (!prompt) return;
  if (a === b) { abReady(); return; }  // Compare is disabled then; the card says why
  const blind = $("#ab-blind").checked;
  const sides = blind && Math.random() < 0.5 ? [b, a] : [a, b];
  round = { left: sides[0], right: sides[1], blind, prompt };
  const boxes = ["left", "right"].map((side, i) => {
    const box = $(`#ab-${side}`);
    const body = el("div", { class: "text" }, "…");
    box.replaceChildren(el("h4", {}, blind ? side : sides[i]), body);
    return body;
  });
  document.querySelectorAll(".vote").forEach((bt) => (bt.disabled = true));
  abRunning = true; abReady();
  try {
    const res = await Promise.all(sides.map((m, i) => chatStream(m, [{ role: "user", content: prompt }], boxes[i], { max_tokens: 64 })));
    res.forEach((r, i) => boxes[i].after(el("span", { class: "meta mono muted" }, meta(r))));
    round.answers = res.map((r) => r.text);
    document.querySelectorAll(".vote").forEach((bt) => (bt.disabled = false));
  } catch (err) { toast(err.message, true); }
  finally { abRunning = false; abReady(); }
}

async function vote(v) {
  if (!round) return;
  try {
    const res = await api("/v1/votes", { method: "POST", body: { left: round.left, right: round.right, vote: v, blind: round.blind, prompt: round.prompt,
      ...(round.answers ? { left_answer: round.answers[0], right_answer: round.answers[1] } : {}) } });
    ["left", "right"].forEach((side) => ($(`#ab-${side} h4`).textContent = `${side}: ${round[side]}`));
    const key = [round.left, round.right].sort().join(" vs ");
    const t = res.pairs[key];
    $("#ab-tally").textContent = `Vote recorded (${v}). ${key}: ${Object.entries(t.wins).map(([m, w]) => `${m} ${w}`).join(", ")}, tie ${t.tie}, both bad ${t.both_bad} of ${t.total}`;
    document.querySelectorAll(".vote").forEach((bt) => (bt.disabled = true));
    round = null;
  } catch (err) { toast(err.message, true); }
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a", { href: url, download: name });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

function exportAs(kind) {
  if (!convo.length) { toast("Nothing to export yet."); return; }
  const msgs = convo.map(({ role, content }) => ({ role, content }));
  if (kind === "json") download("conversation.json", JSON.stringify({ messages: convo }, null, 2), "application/json");
  else if (kind === "md") download("conversation.md", convo.map((m) => `**${m.role}${m.model ? ` (${m.model})` : ""}:** ${m.content}`).join("\n\n") + "\n", "text/markdown");
  else download("conversation.jsonl", JSON.stringify({ messages: msgs }) + "\n", "application/jsonl");
}

// A file that cannot be run is said under the batch controls (not in a toast that is gone in seconds). No answer
// from the server stops the batch: said once by the banner and on the button (clicked), and here with how many
// rows ran (those stay downloadable), never "N rows done" over rows that only carry "the server does not answer".
async function runBatch() {
  const file = $("#batch-file").files[0], model = $("#batch-model").value, out = $("#batch-out"), error = $("#batch-error");
  error.textContent = ""; out.textContent = "";
  if (!file) { error.textContent = "Choose a JSONL file first."; return; }
  const lines = (await file.text()).split("\n").filter((l) => l.trim());
  const rows = [];
  for (const [i, line] of lines.entries()) {
    try { const o = JSON.parse(line); rows.push(o.messages ? o.messages : [{ role: "user", content: String(o.prompt ?? "") }]); }
    catch { error.textContent = `${file.name} line ${i + 1}: not valid JSON; fix the line and run the batch again.`; return; }
  }
  if (!rows.length) { error.textContent = `${file.name} has no rows: one {"prompt": ...} or {"messages": [...]} per line.`; return; }
  const d = dangerOpts();
  const results = [];
  const save = () => el("button", { class: "btn small", type: "button", onclick: () => download("batch-results.jsonl", results.map((r) => JSON.stringify(r)).join("\n") + "\n", "application/jsonl") }, "Download results");
  for (const [i, messages] of rows.entries()) {
    out.textContent = `${i}/${rows.length} done…`;
    try {
      const r = await api("/v1/chat/completions", { method: "POST", extraHeaders: d.extraHeaders, body: { model, messages, max_tokens: 96, temperature: 0, ...(d.danger ? { danger_mode: true } : {}) } });
      results.push({ messages, output: r.choices[0].message.content, model, usage: r.usage });
    } catch (err) {
      if (err.status === 0) {
        report(err);
        out.replaceChildren(`Stopped: the server does not answer (${i} of ${rows.length} rows run). Run the batch again when it is back. `, i ? save() : "");
        return;
      }
      results.push({ messages, error: err.message, model });
    }
  }
  const refused = results.filter((r) => r.error);
  out.replaceChildren(`${results.length} rows done${refused.length ? `, ${refused.length} refused (first: ${refused[0].error})` : ""}. `, save());
}

async function bench() {
  const n = Math.max(1, Math.min(16, Number($("#bench-n").value) || 4)), model = $("#batch-model").value;
  $("#bench-out").textContent = "running…";
  const t0 = performance.now();
  try {
    const res = await Promise.all(Array.from({ length: n }, (_, i) => api("/v1/chat/completions", { method: "POST", body: { model, messages: [{ role: "user", content: `Give brewing tip number ${i + 1}.` }], max_tokens: 48, temperature: 0 } })));
    const secs = (performance.now() - t0) / 1000, tokens = res.reduce((s, r) => s + r.usage.completion_tokens, 0);
    $("#bench-out").textContent = `${n} requests, ${tokens} tokens in ${secs.toFixed(1)} s: ${(tokens / secs).toFixed(1)} tokens/s in total (${model})`;
  } catch (err) { $("#bench-out").textContent = err.status === 0 ? "Stopped: the server does not answer." : ""; report(err); }
}
