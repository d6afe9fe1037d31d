// A form generated from a pydantic JSON schema (RunConfig.model_json_schema()): descriptions become help text,
// limits become min/max, Literal enums become selects, booleans checkboxes, list[str] one-item-per-line boxes.
// A new config field appears here without UI code. Values are read back into the config's nested shape.
import { el } from "./api.js";

function deref(schema, node) {
  while (node && node.$ref) node = schema.$defs[node.$ref.split("/").pop()];
  if (node && node.allOf && node.allOf.length === 1) return deref(schema, node.allOf[0]);
  return node;
}

// What kind of widget a property needs: {kind, nullable, enum, min, max, step, pattern, literal}
export function kindOf(schema, prop) {
  const p = deref(schema, prop);
  const opts = (p.anyOf || [p]).map((o) => deref(schema, o));
  const nullable = opts.some((o) => o.type === "null");
  const real = opts.filter((o) => o.type !== "null");
  const info = { nullable, title: p.title, help: p.description || "", def: p.default };
  if (real.length === 1 && real[0].properties) return { ...info, kind: "object", node: real[0] };
  if (real.length === 1 && real[0].enum) return { ...info, kind: "enum", enum: real[0].enum };
  if (real.length === 1 && real[0].const !== undefined) return { ...info, kind: "enum", enum: [real[0].const] };
  if (real.length === 1 && real[0].type === "boolean") return { ...info, kind: "bool" };
  if (real.length === 1 && (real[0].type === "integer" || real[0].type === "number")) {
    const r = real[0];
    return { ...info, kind: "number", integer: r.type === "integer", min: r.minimum ?? r.exclusiveMinimum, max: r.maximum ?? r.exclusiveMaximum,
      exclusiveMin: r.exclusiveMinimum !== undefined, exclusiveMax: r.exclusiveMaximum !== undefined };
  }
  if (real.length === 1 && real[0].type === "array") return { ...info, kind: "list" };
  if (real.length === 1 && real[0].type === "string") return { ...info, kind: "string", pattern: real[0].pattern };
  // a union such as list[str] | "all-linear" | None: free text (a literal, or a comma-separated list)
  const literals = real.flatMap((o) => o.enum || (o.const !== undefined ? [o.const] : []));
  return { ...info, kind: "union", literals, list: real.some((o) => o.type === "array") };
}

function limitText(k) {
  const parts = [];
  if (k.min !== undefined) parts.push(`${k.exclusiveMin ? ">" : "≥"} ${k.min}`);
  if (k.max !== undefined) parts.push(`${k.exclusiveMax ? "<" : "≤"} ${k.max}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

// Build inputs for every leaf under `node`; returns the fieldset. `values` is the current config section.
export function buildForm(schema, node, values, path = [], onChange = () => {}) {
  const box = el("div", {});
  for (const [name, prop] of Object.entries(node.properties)) {
    const k = kindOf(schema, prop);
    const key = [...path, name].join(".");
    const value = values ? values[name] : undefined;
    if (k.kind === "object") {
      const fs = el("fieldset", { "data-section": key }, el("legend", {}, name));
      fs.append(buildForm(schema, k.node, value || {}, [...path, name], onChange));
      box.append(fs);
      continue;
    }
    const id = "f-" + key.replace(/\./g, "-");
    let input;
    if (k.kind === "bool") {
      input = el("input", { type: "checkbox", id, class: "check" });
      input.checked = value === undefined ? !!k.def : !!value;
    } else if (k.kind === "enum") {
      input = el("select", { id, class: "input" }, ...(k.nullable ? [el("option", { value: "" }, "(default)")] : []),
        ...k.enum.map((v) => el("option", { value: String(v) }, String(v))));
      input.value = value === undefined || value === null ? (k.def ?? "") : String(value);
    } else if (k.kind === "number") {
      input = el("input", { id, class: "input", type: "number", step: k.integer ? "1" : "any", min: k.min, max: k.max, placeholder: k.nullable ? "(none)" : "" });
      input.value = value === undefined || value === null ? (k.def ?? "") : String(value);
    } else if (k.kind === "list") {
      input = el("textarea", { id, class: "input", rows: "3", placeholder: "one per line" });
      input.value = Array.isArray(value) ? value.join("\n") : "";
    } else {
      input = el("input", { id, class: "input", type: "text", pattern: k.pattern, placeholder: k.nullable ? "(none)" : (k.literals || []).join(" | ") });
      input.value = value === undefined || value === null ? "" : Array.isArray(value) ? value.join(", ") : String(value);
    }
    input.dataset.key = key;
    input.dataset.kind = k.kind;
    if (k.nullable) input.dataset.nullable = "1";
    if (k.literals) input.dataset.literals = JSON.stringify(k.literals);
    input.addEventListener("input", onChange);
    input.addEventListener("change", onChange);
    const help = (k.help || "") + limitText(k);
    box.append(el("div", { class: "field" },
      el("label", { for: id }, name), input,
      help ? el("div", { class: "help", id: id + "-help" }, help) : null,
      el("div", { class: "field-error", id: id + "-error", "aria-live": "polite" })));
    if (help) input.setAttribute("aria-describedby", `${id}-help ${id}-error`);
  }
  return box;
}

function readOne(input) {
  const kind = input.dataset.kind, raw = input.type === "checkbox" ? input.checked : input.value;
  const nullable = input.dataset.nullable === "1";
  if (kind === "bool") return raw;
  if (kind === "number") return raw === "" ? (nullable ? null : undefined) : Number(raw);
  if (kind === "list") { const items = raw.split("\n").map((s) => s.trim()).filter(Boolean); return items.length || !nullable ? items : null; }
  if (kind === "enum") return raw === "" ? (nullable ? null : undefined) : raw;
  if (kind === "union") {
    const t = raw.trim();
    if (!t) return null;
    const literals = JSON.parse(input.dataset.literals || "[]");
    if (literals.includes(t)) return t;
    return t.split(",").map((s) => s.trim()).filter(Boolean);
  }
  return raw === "" ? (nullable ? null : "") : raw;
}

// The nested config object from every [data-key] input under root.
export function readForm(root) {
  const out = {};
  for (const input of root.querySelectorAll("[data-key]")) {
    const v = readOne(input);
    if (v === undefined) continue;
    const parts = input.dataset.key.split(".");
    let node = out;
    for (const p of parts.slice(0, -1)) node = node[p] ??= {};
    node[parts.at(-1)] = v;
  }
  return out;
}

// Put a config's values into the inputs (e.g. a shipped config).
export function fillForm(root, config) {
  for (const input of root.querySelectorAll("[data-key]")) {
    let v = config;
    for (const p of input.dataset.key.split(".")) v = v == null ? undefined : v[p];
    if (v === undefined) continue;
    if (input.type === "checkbox") input.checked = !!v;
    else if (Array.isArray(v)) input.value = input.dataset.kind === "list" ? v.join("\n") : v.join(", ");
    else input.value = v === null ? "" : String(v);
  }
}

// Show errors [{key, message}] next to their fields; returns the ones without a field.
export function showErrors(root, errors) {
  for (const e of root.querySelectorAll(".field-error")) e.textContent = "";
  for (const i of root.querySelectorAll(".input.invalid")) { i.classList.remove("invalid"); i.removeAttribute("aria-invalid"); }
  const orphans = [];
  for (const err of errors) {
    let key = err.key;
    let input = root.querySelector(`[data-key="${CSS.escape(key)}"]`);
    while (!input && key.includes(".")) { key = key.slice(0, key.lastIndexOf(".")); input = root.querySelector(`[data-key="${CSS.escape(key)}"]`); }
    if (!input) { orphans.push(err); continue; }
    input.classList.add("invalid");
    input.setAttribute("aria-invalid", "true");
    const box = document.getElementById(input.id + "-error");
    box.textContent = (box.textContent ? box.textContent + "; " : "") + err.message;
  }
  return orphans;
}
