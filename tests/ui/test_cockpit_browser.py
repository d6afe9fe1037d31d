"""The cockpit end to end in real headless Chromium (Debian's `chromium`, driven by Playwright through
``executable_path``; no browser download) against a real `basementbrew serve --ui` on 127.0.0.1 with the
embedded SmolLM2 and an adapter run: every tab opens; a bad form value is refused next to its field before
anything starts; a short training run started from the form draws loss points live, is stopped and resumed,
and shows its accuracy curve and the log scale; a scrape of local files shows its per-source bar; a dataset
is processed from the Data tab, its card shown and its loss mask previewed token by token (a bad
max_seq_length refused next to the field); chat streams with tokens/s under the answer, also from the run
trained above (no server restart); an A/B round takes a vote; DANGER MODE's dialog changes nothing on cancel
and writes an audit record on accept; a server that goes away shows the reconnecting banner.

Screenshots land in ``test-artifacts/ui/`` (git-ignored). Run with ``make test-browser``. Tests run in file
order and share one page, like a person working through the tabs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from browser_helpers import cockpit_page, cockpit_server, require_browser

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "ui"
TRAIN_TIMEOUT_MS = 420_000  # model load + a few CPU steps on a busy 2-core box

playwright_api = require_browser()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Iterator:
    from serving_fixtures import make_adapter_run

    with cockpit_server(tmp_path_factory.mktemp("ui-home"), "--allow-danger", "--adapter", "brew-lora=brew-lora",
                        prepare=lambda: make_adapter_run(embedded_dir)) as srv:
        yield srv


@pytest.fixture(scope="module")
def page(server) -> Iterator:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with cockpit_page(server.url) as pg:
        yield pg


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def api(server, path: str) -> dict:
    return httpx.get(f"{server.url}{path}", timeout=30).json()


def test_every_tab_opens(page) -> None:
    expect = playwright_api.expect
    checks = {"models": "#models-table tbody tr", "data": "#source-kinds input", "train": "#train-form [data-key]",
              "play": "#chat-model option", "safety": "#scanners tbody tr"}
    for tab, selector in checks.items():
        page.click(f"#tab-{tab}")
        expect(page.locator(f"#panel-{tab}")).to_be_visible()
        expect(page.locator(selector).first).to_be_attached(timeout=30_000)
        if tab == "models":
            page.get_by_role("button", name="RTX 3070 Ti (12 GB)").click()
            expect(page.locator("#models-table tr.fits").first).to_be_visible()
        shot(page, f"tab-{tab}")
    page.keyboard.press("Home")  # tabs are keyboard-usable: Home focuses and opens the first one
    expect(page.locator("#tab-models")).to_have_attribute("aria-selected", "true")
    assert page.errors == []


def test_a_bad_value_is_refused_next_to_its_field(page, server) -> None:
    expect = playwright_api.expect
    page.click("#tab-train")
    lr = page.locator('[data-key="training.learning_rate"]')
    lr.fill("5")
    expect(page.locator("#f-training-learning_rate-error")).to_contain_text("less than 1")
    expect(page.locator("#btn-start")).to_be_disabled()
    shot(page, "train-invalid")
    lr.fill("0.001")
    expect(page.locator("#btn-start")).to_be_enabled()
    assert api(server, "/v1/jobs")["jobs"] == []


def test_training_from_the_form_draws_live_points_stops_and_resumes(page, server) -> None:
    expect = playwright_api.expect
    page.click("#tab-train")
    form = {"run_name": "ui-e2e", "training.max_steps": "14", "training.batch_size": "2", "training.eval_steps": "",
            "data.max_seq_length": "128", "data.max_eval_examples": "4", "training.sample_max_new_tokens": "8",
            "training.save_steps": ""}
    for key, value in form.items():
        page.locator(f'[data-key="{key}"]').fill(value)
    page.locator('[data-key="training.sample_prompts"]').fill("OG 1.060, FG 1.012: how strong is it?")
    expect(page.locator("#cli-preview")).to_contain_text("--set training.max_steps=14")
    page.click("#btn-start")
    expect(page.locator("#mon-run")).to_have_text("ui-e2e")
    charts = page.locator("#charts")
    page.wait_for_function("() => Number(document.querySelector('#charts').dataset.points || 0) >= 2",
                           timeout=TRAIN_TIMEOUT_MS)
    shot(page, "train-live")
    page.click("#btn-stop")
    expect(page.locator("#mon-status")).to_have_text("stopped", timeout=TRAIN_TIMEOUT_MS)
    stopped_at = int(charts.get_attribute("data-points"))
    assert 2 <= stopped_at < 14
    expect(page.locator("#btn-resume")).to_be_enabled()
    page.click("#btn-resume")
    expect(page.locator("#mon-status")).to_have_text("completed", timeout=TRAIN_TIMEOUT_MS)
    page.wait_for_function("() => Number(document.querySelector('#charts').dataset.points || 0) >= 14", timeout=30_000)
    expect(page.locator("#samples table")).to_be_visible(timeout=30_000)
    expect(page.locator('#runs-table tr[data-run="ui-e2e"]')).to_contain_text("completed")
    acc = page.locator("#chart-acc")  # exact-answer accuracy before/after (quickstart's accuracy_examples)
    expect(acc).to_be_visible(timeout=30_000)
    expect(acc).to_contain_text("exact answers (held-out)")
    shot(page, "train-resumed-completed")
    page.check("#log-scale")
    expect(charts).to_have_attribute("data-scale", "log")
    # a poll can land between the toggle's rebuild and this line and rebuild again: wait for the six charts
    # (the optional accuracy chart among them) rather than read the count once (CI saw 5 once, mid-rebuild)
    expect(page.locator("#charts .chart")).to_have_count(6, timeout=30_000)
    page.wait_for_function("() => Number(document.querySelector('#charts').dataset.points || 0) >= 14", timeout=30_000)
    shot(page, "train-log-scale")
    page.uncheck("#log-scale")
    expect(charts).to_have_attribute("data-scale", "linear")
    run = api(server, "/v1/runs/ui-e2e")
    assert run["status"] == "completed" and run["global_step"] == 14 and run["has_adapter"]


def test_data_tab_scrapes_processes_and_previews_the_loss_mask(page, tmp_path: Path) -> None:
    expect = playwright_api.expect
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(3):
        (notes / f"note{i}.md").write_text(f"# Brew day {i}\n\nMashed at {64 + i} °C for an hour; OG 1.05{i}.\n")
    page.click("#tab-data")
    page.check("#src-files")
    page.fill("#settings-files", json.dumps({"kind": "files", "paths": [str(notes)]}))
    page.fill("#scrape-name", "ui-notes")
    page.click("#scrape-start")
    page.wait_for_function("() => document.querySelector('#scrape-progress .src-progress') || "
                           "document.querySelector('#scrape-error').textContent", timeout=120_000)
    assert page.locator("#scrape-error").text_content() == ""
    bar = page.locator('#scrape-progress .src-progress[data-source="files"]')
    expect(bar).to_contain_text("3 docs", timeout=120_000)
    expect(bar).to_contain_text("0 err")
    expect(bar).to_contain_text("done")
    shot(page, "data-scrape-progress")
    page.fill("#prepare-ref", "bundled:brewing-assistant")
    page.get_by_role("button", name="Process").click()
    expect(page.locator("#jobs-table tr[data-job]").first).to_contain_text("completed", timeout=180_000)
    expect(page.locator("#data-job-log")).not_to_be_empty()
    row = page.locator("#datasets-table tr", has_text="brewing-assistant@v1")
    row.get_by_role("button", name="Open").click()
    expect(page.locator("#dataset-detail")).to_contain_text("sha256")
    shot(page, "data-dataset-card")
    page.select_option("#mask-dataset", "brewing-assistant@v1")
    page.fill("#mask-seq", "8")  # below the schema's 16: refused next to the field, nothing shown
    page.click("#mask-run")
    expect(page.locator("#mask-error")).to_contain_text("greater than or equal to 16")
    expect(page.locator("#mask-seq")).to_have_class(re.compile(r"\binvalid\b"))
    page.fill("#mask-seq", "512")
    page.click("#mask-run")
    expect(page.locator("#mask-summary")).to_contain_text("0 without a trained token", timeout=60_000)
    example = page.locator("#mask-out .mask-example").first
    assert example.locator(".tok.trained").count() > 0 and example.locator(".tok:not(.trained)").count() > 0
    expect(example.locator(".tok.eot.trained").first).to_have_text("<|im_end|>")
    expect(page.locator("#mask-error")).to_be_empty()
    expect(page.locator("#mask-seq")).not_to_have_class(re.compile(r"\binvalid\b"))
    page.locator("#mask-out").scroll_into_view_if_needed()
    shot(page, "data-loss-mask")


def test_chat_streams_an_answer_with_tokens_per_second(page) -> None:
    expect = playwright_api.expect
    page.click("#tab-play")
    page.select_option("#chat-model", "smollm2-135m")
    page.fill("#chat-input", "What is the capital of France?")
    page.keyboard.press("Enter")
    answer = page.locator(".msg.assistant").last
    expect(answer.locator(".meta")).to_contain_text("tokens/s", timeout=120_000)
    expect(answer.locator(".text")).to_contain_text("Paris")
    # the run trained from the form finished after the server started: listed and chattable, no restart
    page.click("#tab-models")
    page.click("#tab-play")  # opening the tab reloads /v1/models
    expect(page.locator('#chat-model option[value="ui-e2e"]')).to_be_attached(timeout=30_000)
    page.select_option("#chat-model", "ui-e2e")
    page.fill("#chat-input", "OG 1.060, FG 1.012: how strong is it?")
    page.keyboard.press("Enter")
    tuned = page.locator(".msg.assistant").last
    expect(tuned.locator(".meta")).to_contain_text("tokens/s", timeout=120_000)
    expect(tuned.locator(".meta")).to_contain_text("ui-e2e")
    shot(page, "playground-chat")


def test_ab_round_takes_a_vote(page, server) -> None:
    expect = playwright_api.expect
    page.click("#tab-play")
    page.select_option("#ab-a", "smollm2-135m")
    page.select_option("#ab-b", "smollm2-135m")  # the same model twice: Compare waits, the card says why
    expect(page.locator("#ab-run")).to_be_disabled()
    expect(page.locator("#ab-hint")).to_have_text("A/B needs two different models: pick another one for A or B.")
    page.select_option("#ab-b", "brew-lora")
    expect(page.locator("#ab-run")).to_be_enabled()
    expect(page.locator("#ab-hint")).to_be_hidden()
    page.check("#ab-blind")
    page.click("#ab-run")
    expect(page.locator('.vote[data-vote="left"]')).to_be_enabled(timeout=120_000)
    expect(page.locator("#ab-left h4")).to_have_text("left")  # blind: names hidden until the vote
    page.click('.vote[data-vote="left"]')
    expect(page.locator("#ab-tally")).to_contain_text("Vote recorded", timeout=30_000)
    expect(page.locator("#ab-left h4")).to_contain_text("left: ")
    shot(page, "playground-ab")
    pairs = api(server, "/v1/votes")["pairs"]
    assert pairs["brew-lora vs smollm2-135m"]["total"] == 1


def test_danger_mode_dialog_cancel_changes_nothing_accept_is_audited(page, server) -> None:
    expect = playwright_api.expect
    from basementbrew.safety.danger import ACCEPTANCE_PHRASE

    page.click("#tab-safety")
    toggle = page.locator("#danger-toggle")
    expect(toggle).to_be_enabled()
    toggle.click()
    expect(page.locator("#danger-dialog")).to_be_visible()
    expect(page.locator("#danger-warning")).to_contain_text("DANGER MODE turns off")
    shot(page, "safety-danger-dialog")
    page.click("#danger-cancel")
    expect(page.locator("#danger-dialog")).to_be_hidden()
    expect(toggle).not_to_be_checked()
    assert not [r for r in api(server, "/v1/safety/audit")["records"] if r["event"] == "danger_on"]

    toggle.click()
    page.fill("#danger-phrase", ACCEPTANCE_PHRASE)
    page.click("#danger-accept")
    expect(page.locator("#danger-badge")).to_be_visible()
    expect(toggle).to_be_checked()
    expect(page.locator('#audit-table tr[data-event="danger_on"]')).to_be_visible()
    audit = api(server, "/v1/safety/audit")
    assert audit["intact"] and [r["event"] for r in audit["records"]].count("danger_on") == 1
    shot(page, "safety-danger-on")


def test_a_server_that_goes_away_shows_the_reconnecting_banner(page, server) -> None:
    expect = playwright_api.expect
    server.stop()
    expect(page.locator("#banner")).to_be_visible(timeout=20_000)
    expect(page.locator("#banner")).to_contain_text("reconnecting")
    shot(page, "server-gone-banner")
    assert page.errors == []
