// A tiny event bus between tabs (e.g. Models → "train this model" fills the Train form).
export const bus = new EventTarget();
export const emit = (name, detail) => bus.dispatchEvent(new CustomEvent(name, { detail }));
export const on = (name, fn) => bus.addEventListener(name, (ev) => fn(ev.detail));
