"""The cockpit's lists on a phone and the playground's batch, in real headless Chromium against a real
`basementbrew serve --ui` (embedded SmolLM2): the runs, jobs, datasets, scanners and audit tables at 375 px with
a failed run and 64-character names, and a batch run while the server does not answer. Same setup as
test_cockpit_browser.py (Debian's chromium through ``executable_path``)."""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from browser_helpers import another_page, cockpit_page, cockpit_server, require_browser

pytestmark = pytest.mark.browser

playwright_api = require_browser()

RUN = "failed-" + "r" * 57  # a failed run with the longest name allowed (64 characters)
DATASET = "notes-" + "n" * 58
RUNNING, STOPPED = "still-running", "was-stopped"
# every toast the page shows (a toast is gone after seconds, so counting those on screen misses some)
TOASTS_SEEN = """window.toastsSeen = [];
new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach((n) => {
  if (n.classList && n.classList.contains('toast')) window.toastsSeen.push(n.textContent);
}))).observe(document, { childList: true, subtree: true });"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Iterator:
    from basementbrew.config import RunConfig
    from basementbrew.runs import new_run

    def failed_run() -> None:
        new_run(RunConfig.model_validate({"run_name": RUN})).update_info(status="failed")
        # a run that reads as running (its pid: this test process, alive) and one that was stopped: Stop / Resume
        new_run(RunConfig.model_validate({"run_name": RUNNING})).update_info(status="running", pid=os.getpid())
        new_run(RunConfig.model_validate({"run_name": STOPPED})).update_info(status="stopped")

    with cockpit_server(tmp_path_factory.mktemp("ui-lists-home"), prepare=failed_run) as srv:
        yield srv


@pytest.fixture(scope="module")
def page(server) -> Iterator:
    with cockpit_page(server.url) as pg:
        yield pg


def _scrape(server, tmp_path: Path) -> None:
    """A finished scrape job of two local notes into DATASET: a job and a dataset version with long names."""
    notes = tmp_path / "notes"
    notes.mkdir()
    for i in range(2):
        (notes / f"note{i}.md").write_text(f"# Brew day {i}\n\nMashed at {64 + i} °C for an hour.\n")
    job = httpx.post(f"{server.url}/v1/jobs/scrape", timeout=60, json={
        "config": {"name": DATASET, "sources": [{"kind": "files", "paths": [str(notes)]}]}}).json()
    deadline = time.monotonic() + 180
    while httpx.get(f"{server.url}/v1/jobs/{job['id']}", timeout=30).json()["status"] == "running":
        assert time.monotonic() < deadline, "the scrape did not finish"
        time.sleep(1)


TABLE = """(box) => {
  const b = document.querySelector(box), td = b.querySelector('tbody td');
  return { box: b.clientWidth, scroll: b.scrollWidth, page: document.documentElement.scrollWidth,
           cell: getComputedStyle(td).display, label: getComputedStyle(td, '::before').content,
           header: b.querySelector('thead').getBoundingClientRect().height > 1 };
}"""


def test_runs_jobs_datasets_and_audit_are_read_without_sideways_scrolling_on_a_phone(page, server, tmp_path) -> None:
    """At 375 px the runs table (a failed run's 64-character name) was 1,065 px wide in a 317 px box, the jobs
    table 723, the datasets table 784, the audit log 969 and the scanners 408: each read only by scrolling its
    box sideways (the jobs table scrolled on a 1366 px screen too). Under 820 px each row is a card, each value
    beside its column's name; a long name wraps; the desktop keeps the tables."""
    expect = playwright_api.expect
    _scrape(server, tmp_path)
    httpx.put(f"{server.url}/v1/safety/scanners", timeout=30,  # turning a filter on: one audit record
              json={"input": ["toxicity", "injection", "pii", "harmful", "harmful_multilingual"],
                    "output": ["toxicity", "pii", "sanitize"]}).raise_for_status()
    boxes = {"train": ("#runs-table", '"run"'), "data": ("#jobs-table", '"job"'),
             "safety": ("#audit", '"#"')}
    extra = {"data": ("#datasets-table", '"dataset"'), "safety": ("#scanners", '"scanner"')}
    page.set_viewport_size({"width": 375, "height": 740})
    try:
        page.click("#tab-train")
        expect(page.locator(f'#runs-table tr[data-run="{RUN}"]')).to_contain_text("failed", timeout=30_000)
        page.click("#tab-data")
        page.click("#datasets-refresh")
        expect(page.locator("#jobs-table tbody tr").first).to_contain_text(DATASET, timeout=30_000)
        expect(page.locator("#datasets-table")).to_contain_text(DATASET, timeout=30_000)
        page.click("#tab-safety")
        expect(page.locator('#audit tr[data-event="scanners_changed"]')).to_have_count(1, timeout=30_000)
        for tab, checks in ((t, [b, extra.get(t)]) for t, b in boxes.items()):
            page.click(f"#tab-{tab}")
            for box, label in filter(None, checks):
                phone = page.evaluate(TABLE, box)
                assert phone["scroll"] <= phone["box"] and phone["page"] <= 375, (box, phone)
                assert phone["cell"] == "block" and phone["label"] == label and not phone["header"], (box, phone)
        page.click("#tab-train")
        row = page.locator(f'#runs-table tr[data-run="{RUN}"]')
        expect(row.locator(".tag")).to_have_text("failed")
        right = row.evaluate("(r) => Math.max(...[...r.querySelectorAll('*')].map((e) => "
                             "e.getBoundingClientRect().right))")
        assert right <= 375, right
        row.get_by_role("button", name="Watch").click()
        expect(page.locator("#mon-run")).to_have_text(RUN)
        page.set_viewport_size({"width": 1366, "height": 900})
        for tab, (box, _) in boxes.items():
            page.click(f"#tab-{tab}")
            wide = page.evaluate(TABLE, box)
            assert wide["cell"] == "table-cell" and wide["header"] and wide["label"] == "none", (box, wide)
            assert wide["scroll"] <= wide["box"], (box, wide)
    finally:
        page.set_viewport_size({"width": 1366, "height": 900})
    assert page.errors == []


def test_a_batch_run_with_the_server_down_says_it_stopped(page, server, tmp_path) -> None:
    """With the server down, Run batch went through every row and then said '2 rows done. Download results'
    (each row only 'The server does not answer'), and Benchmark toasted beside the banner. Now the batch stops
    at the first row without an answer and says so in place, the button waits for the server (as Refresh does),
    and no toast; a file that cannot be run is said under the batch controls, not in a toast."""
    expect = playwright_api.expect
    rows = tmp_path / "prompts.jsonl"
    rows.write_text('{"prompt": "What yeast for a Saison?"}\n{"prompt": "How long to bottle-condition?"}\n')
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"prompt": "ok"}\n{"prompt": \n')
    down = lambda route: route.abort()  # noqa: E731
    with another_page(page, server.url) as pg:
        pg.click("#tab-play")
        expect(pg.locator('#batch-model option[value="smollm2-135m"]')).to_be_attached(timeout=30_000)
        batch, bench = pg.locator("#batch-run"), pg.locator("#bench-run")
        pg.set_input_files("#batch-file", str(rows))
        pg.route("**/v1/**", down)
        pg.route("**/health", down)
        try:
            pg.get_by_role("button", name="Run batch").click()
            expect(pg.locator("#batch-out")).to_have_text(re.compile(
                r"^Stopped: the server does not answer \(0 of 2 rows run\)\. Run the batch again when it is back"))
            expect(batch).to_have_text("waiting for server…")
            expect(pg.locator("#banner")).to_be_visible()
            bench.click()
            expect(pg.locator("#bench-out")).to_have_text("Stopped: the server does not answer.")
            expect(bench).to_have_text("waiting for server…")
            expect(pg.locator("#toasts .toast")).to_have_count(0)
        finally:
            pg.unroute("**/v1/**", down)
            pg.unroute("**/health", down)
        expect(batch).to_have_text("Run batch", timeout=20_000)
        expect(bench).to_have_text("Benchmark")
        batch.click()
        expect(pg.locator("#batch-out")).to_have_text("2 rows done. Download results", timeout=180_000)
        pg.set_input_files("#batch-file", [])
        batch.click()
        expect(pg.locator("#panel-play .field-error", has_text="Choose a JSONL file first.")).to_be_visible()
        pg.set_input_files("#batch-file", str(broken))
        batch.click()
        expect(pg.locator("#panel-play .field-error", has_text="broken.jsonl line 2: not valid JSON; fix the line "
                                                                "and run the batch again.")).to_be_visible()
        expect(pg.locator("#batch-out")).to_be_empty()  # not the last batch's "2 rows done" beside it
        expect(pg.locator("#toasts .toast")).to_have_count(0)
        assert pg.errors == []


def test_a_list_the_server_fails_to_give_says_so_in_place_and_apply_waits_for_the_scanners(page, server) -> None:
    """A 500 on /v1/runs, /v1/jobs, /v1/datasets, /v1/safety/scanners or /v1/safety/audit (as a damaged job.json
    once gave /v1/jobs) toasted '500 Internal Server Error' for six seconds and left an empty box that said
    nothing; and Apply under the empty scanner list sent {"input": [], "output": []}: every content filter off
    (refused without DANGER MODE, done with it). Each list now says 'Could not load ...' where it would be, Apply
    stays disabled until the scanners are listed, and a Refresh or a return to the tab loads them."""
    expect = playwright_api.expect
    failing = ["**/v1/runs", "**/v1/jobs", "**/v1/datasets", "**/v1/safety/scanners", "**/v1/safety/audit*"]
    sent: list[str] = []

    def fail(route) -> None:
        if route.request.method != "GET":
            sent.append(route.request.method)
            route.abort()
            return
        route.fulfill(status=500, content_type="text/plain", body="Internal Server Error")

    said = "500 Internal Server Error (the server failed on this request; its log says why)"
    with another_page(page, server.url) as pg:
        for pattern in failing:
            pg.route(pattern, fail)
        try:
            pg.reload()
            for tab, box, what in (("train", "#runs-table", "the runs"), ("data", "#jobs-table", "the jobs"),
                                   ("data", "#datasets-table", "the datasets"), ("safety", "#scanners", "the scanners"),
                                   ("safety", "#audit", "the audit log")):
                pg.click(f"#tab-{tab}")
                expect(pg.locator(f"{box} .field-error")).to_have_text(f"Could not load {what}: {said}")
            expect(pg.locator("#scanners-apply")).to_be_disabled()
            pg.locator("#scanners-apply").click(force=True)  # a disabled button sends nothing
            pg.wait_for_timeout(500)
            assert sent == []
            expect(pg.locator("#toasts .toast")).to_have_count(0)
        finally:
            for pattern in failing:
                pg.unroute(pattern, fail)
        pg.click("#tab-train")
        pg.click("#runs-refresh")
        expect(pg.locator(f'#runs-table tr[data-run="{RUN}"]')).to_be_attached()
        pg.click("#tab-safety")
        expect(pg.locator("#scanners tbody tr").first).to_be_attached()
        expect(pg.locator("#scanners .field-error")).to_have_count(0)
        expect(pg.locator("#scanners-apply")).to_be_enabled()
        expect(pg.locator("#audit-state .tag")).to_contain_text("chain intact")
        assert pg.errors == []


def test_start_training_waits_for_the_form(page, server) -> None:
    """With /v1/config/schema slow (or failing) the Train tab showed no form but an enabled 'Start training', and a
    click validated {} and POSTed /v1/jobs/train {"config": {}}: a run of defaults nobody had seen started. Start
    is now disabled until the form is loaded and valid; a form that fails to load says so where it would be and
    loads when the tab is opened again."""
    expect = playwright_api.expect
    held: list = []
    started: list[str] = []
    with another_page(page, server.url) as pg:
        pg.on("request", lambda r: started.append(r.url) if r.url.endswith("/v1/jobs/train") else None)
        pg.route("**/v1/config/schema", lambda route: held.append(route))  # the schema does not come (yet)
        pg.reload()
        pg.click("#tab-train")
        expect(pg.locator("#btn-start")).to_be_disabled()
        pg.locator("#btn-start").click(force=True)
        pg.wait_for_timeout(1000)
        assert started == [] and pg.locator("#train-form [data-key]").count() == 0
        for route in held:
            route.fulfill(status=500, content_type="text/plain", body="Internal Server Error")
        expect(pg.locator("#train-form .field-error")).to_have_text(
            "Could not load the training form: 500 Internal Server Error (the server failed on this request; "
            "its log says why)")
        expect(pg.locator("#btn-start")).to_be_disabled()
        pg.unroute("**/v1/config/schema")
        pg.click("#tab-models")
        pg.click("#tab-train")
        expect(pg.locator('#train-form [data-key="run_name"]')).to_be_attached(timeout=30_000)
        expect(pg.locator("#train-form .field-error:not(:empty)")).to_have_count(0)
        expect(pg.locator("#btn-start")).to_be_enabled(timeout=30_000)
        expect(pg.locator("#train-preview .tag")).to_have_text("valid")
        assert started == []
        assert pg.errors == []


def test_a_double_click_on_stop_or_resume_sends_one_request_and_says_one_toast(page, server) -> None:
    """Double-clicking Stop or Resume sent two requests and showed two toasts ('... stops after its current step'
    twice; 'Resuming ...' and the second request's refusal). The button is now disabled from the click until the
    answer is in, then follows the run's status again."""
    expect = playwright_api.expect
    held: list = []
    sent: list[str] = []
    with another_page(page, server.url) as pg:
        pg.add_init_script(TOASTS_SEEN)
        pg.reload()
        pg.on("request", lambda r: sent.append(r.url.rsplit("/", 1)[1])
              if r.method == "POST" and "/v1/runs/" in r.url else None)
        pg.click("#tab-train")
        for run, button, action, said in ((RUNNING, "#btn-stop", "stop", "stops after its current step"),
                                          (STOPPED, "#btn-resume", "resume", f"Resuming {STOPPED}")):
            pg.locator(f'#runs-table tr[data-run="{run}"]').get_by_role("button", name="Watch").click()
            expect(pg.locator("#mon-run")).to_have_text(run)
            expect(pg.locator(button)).to_be_enabled(timeout=30_000)
            pg.route(f"**/v1/runs/{run}/{action}", lambda route: held.append(route))  # the answer is slow
            pg.locator(button).dblclick()
            expect(pg.locator(button)).to_be_disabled()  # while the request is in flight
            pg.wait_for_timeout(500)
            assert sent == [action] and len(held) == 1, sent
            held.pop().continue_()  # the server's own answer
            expect(pg.locator("#toasts .toast", has_text=said)).to_have_count(1, timeout=30_000)
            pg.unroute(f"**/v1/runs/{run}/{action}")
            sent.clear()
        pg.wait_for_timeout(500)
        seen = [t for t in pg.evaluate("window.toastsSeen") if not t.startswith("Job failed")]  # the resume's job
        assert len(seen) == 2 and seen[0] == f"{RUNNING} stops after its current step and saves a checkpoint", seen
        assert seen[1].startswith(f"Resuming {STOPPED} (job "), seen
        assert pg.errors == []


def test_a_slow_list_says_it_is_loading(page, server) -> None:
    """A list whose request was slow (a busy server: the job log of a training in the same process) showed an
    empty box, as if there were no runs, jobs, datasets, scanners or audit records, until the answer came. Each
    now says 'Loading the runs…' (and so on) where it will be, and the list replaces it when it comes."""
    expect = playwright_api.expect
    held: list = []
    lists = ("/v1/runs", "/v1/jobs", "/v1/datasets", "/v1/safety/scanners", "/v1/safety/audit", "/v1/registry")
    slow = lambda url: any(url.split("?", 1)[0].endswith(p) for p in lists)  # noqa: E731
    with another_page(page, server.url) as pg:
        pg.route(slow, lambda route: held.append(route))
        try:
            pg.reload()
            for tab, box, what in (("train", "#runs-table", "the runs"), ("data", "#jobs-table", "the jobs"),
                                   ("data", "#datasets-table", "the datasets"), ("safety", "#scanners", "the scanners"),
                                   ("safety", "#audit", "the audit log"), ("models", "#models-note",
                                                                          "the model registry")):
                pg.click(f"#tab-{tab}")
                expect(pg.locator(box)).to_have_text(f"Loading {what}…")
        finally:
            for route in held:  # the server's own answers, late (a request the reload cancelled has none)
                with contextlib.suppress(playwright_api.Error):
                    route.continue_()
            pg.unroute(slow)
        for tab, row in (("train", f'#runs-table tr[data-run="{RUN}"]'), ("data", "#jobs-table > :not(.loading)"),
                         ("data", "#datasets-table > :not(.loading)"), ("safety", "#scanners tbody tr"),
                         ("safety", "#audit > :not(.loading)"), ("models", "#models-table tbody tr")):
            pg.click(f"#tab-{tab}")
            expect(pg.locator(row).first).to_be_attached(timeout=30_000)
        expect(pg.locator(".loading")).to_have_count(0)
        assert pg.errors == []
