"""The Ollama Modelfile for an exported GGUF: the chat template as a Go template, stop tokens, system prompt.

Ollama renders prompts with Go templates, not the Jinja template a tokenizer carries, so the template is
written per chat format (recognised from what the tokenizer's own template renders), following Ollama's
published templates for ChatML, Llama 3 and Mistral. The system prompt a run trained with (or the default
one the tokenizer's template inserts, as SmolLM2's does) becomes ``SYSTEM``, so Ollama prompts the model
the way it was trained.
"""

from __future__ import annotations

import re
from typing import Any

from basementbrew.errors import BrewError

TEMPLATES = {
    "chatml": (
        "{{- range .Messages }}<|im_start|>{{ .Role }}\n{{ .Content }}<|im_end|>\n"
        "{{ end }}<|im_start|>assistant\n"
    ),
    "llama3": (
        "{{- range .Messages }}<|start_header_id|>{{ .Role }}<|end_header_id|>\n\n{{ .Content }}<|eot_id|>"
        "{{ end }}<|start_header_id|>assistant<|end_header_id|>\n\n"
    ),
    "mistral": (
        "{{- range .Messages }}{{- if eq .Role \"user\" }}[INST] {{ .Content }}[/INST]"
        "{{- else if eq .Role \"assistant\" }}{{ .Content }}</s>{{- end }}{{- end }}"
    ),
}


MARKERS = {"chatml": "<|im_start|>", "llama3": "<|start_header_id|>", "mistral": "[INST]"}


def detect_format(tokenizer: Any) -> str:
    """Which Go template matches the tokenizer's own Jinja template (read from what it renders, never from
    the model's name)."""
    rendered = tokenizer.apply_chat_template([{"role": "user", "content": "x"}], tokenize=False,
                                             add_generation_prompt=True)
    for name, marker in MARKERS.items():
        if marker in rendered:
            return name
    raise BrewError("the chat template is none of ChatML, Llama 3 or Mistral, so no Ollama template can be "
                    "written for it; write the Modelfile's TEMPLATE by hand")


def default_system_prompt(tokenizer: Any) -> str | None:
    """The system prompt a ChatML template inserts when a conversation has none (SmolLM2 does)."""
    rendered = tokenizer.apply_chat_template([{"role": "user", "content": "x"}], tokenize=False,
                                             add_generation_prompt=True)
    found = re.match(r"^<\|im_start\|>system\n(.*?)<\|im_end\|>", rendered, re.S)
    return found.group(1) if found else None


def _quote(text: str) -> str:
    if '"""' in text:
        raise BrewError('the system prompt contains """, which an Ollama Modelfile cannot hold')
    return f'"""{text}"""'


def modelfile(gguf_name: str, chat_format: str, stops: list[str], system_prompt: str | None) -> str:
    if chat_format not in TEMPLATES:
        raise BrewError(f"no Ollama template for chat format {chat_format!r} (known: {', '.join(TEMPLATES)})")
    lines = [f"FROM ./{gguf_name}", f"TEMPLATE {_quote(TEMPLATES[chat_format])}"]
    if system_prompt:
        lines.append(f"SYSTEM {_quote(system_prompt)}")
    lines += [f'PARAMETER stop "{s}"' for s in dict.fromkeys(stops)]
    return "\n".join(lines) + "\n"
