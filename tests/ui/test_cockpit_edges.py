"""Edge input in real headless Chromium against a real `basementbrew serve --ui` (embedded SmolLM2): a reload
while a training job runs, refused chat settings, a dataset that cannot be processed, a very long value in an
error, a window resized under the live charts. Each error shows next to what caused it; nothing typed or running
is lost. Same setup as test_cockpit_browser.py (Debian's chromium through ``executable_path``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from browser_helpers import another_page, cockpit_page, cockpit_server, require_browser

pytestmark = pytest.mark.browser

TRAIN_TIMEOUT_MS = 420_000

playwright_api = require_browser()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Iterator:
    with cockpit_server(tmp_path_factory.mktemp("ui-edges-home")) as srv:
        yield srv


@pytest.fixture(scope="module")
def page(server) -> Iterator:
    with cockpit_page(server.url) as pg:
        yield pg


def test_ab_with_one_served_model_says_so_in_the_card_and_compare_stays_disabled(page) -> None:
    """With one served model A and B were the same model and Compare only toasted 'A/B needs two different
    models.' for six seconds. First in this module: until one of its training runs ends, its server serves one
    model (a stopped run with an adapter is listed too)."""
    expect = playwright_api.expect
    page.click("#tab-play")
    expect(page.locator('#ab-b option[value="smollm2-135m"]')).to_be_attached(timeout=30_000)
    expect(page.locator("#ab-a option")).to_have_count(1)
    hint = page.locator("#ab-hint")
    expect(hint).to_contain_text("A/B needs two different models; this server serves only smollm2-135m")
    expect(hint).to_contain_text("--adapter")
    expect(page.locator("#ab-run")).to_be_disabled()
    page.locator("#ab-prompt").press("Enter")  # Enter in the prompt does not compare either
    page.wait_for_timeout(500)
    expect(page.locator("#ab-left .text")).to_have_count(0)
    expect(page.locator("#toasts .toast")).to_have_count(0)
    page.click("#tab-models")
    page.click("#tab-play")  # opening the tab again reloads the models: the hint stays
    expect(hint).to_contain_text("serves only smollm2-135m")
    expect(page.locator("#ab-run")).to_be_disabled()
    assert page.errors == []


def test_a_reload_while_training_runs_follows_the_running_job(page, server) -> None:
    """Reloading the page mid-run showed 'no run selected' with Stop disabled and no job log: the running job
    was only in the history table."""
    expect = playwright_api.expect
    config = {"run_name": "ui-reload", "training": {"max_steps": 400, "batch_size": 1, "eval_steps": None,
                                                    "save_steps": None, "accuracy_examples": 0},
              "data": {"max_seq_length": 64, "max_eval_examples": 2}}
    job = httpx.post(f"{server.url}/v1/jobs/train", json={"config": config}, timeout=60).json()
    try:
        page.click("#tab-train")
        page.reload()  # the page comes back on the Train tab (#train)
        expect(page.locator("#mon-run")).to_have_text("ui-reload", timeout=30_000)
        expect(page.locator("#job-log")).not_to_have_text("—", timeout=60_000)
        expect(page.locator("#btn-stop")).to_be_enabled(timeout=TRAIN_TIMEOUT_MS)
    finally:
        httpx.post(f"{server.url}/v1/jobs/{job['id']}/stop", timeout=30)
    expect(page.locator("#mon-status")).not_to_have_text("running", timeout=TRAIN_TIMEOUT_MS)
    assert page.errors == []


def test_a_refused_chat_setting_is_said_next_to_it_and_the_message_is_kept(page) -> None:
    """max tokens 0 (or empty) answered 'max_tokens: ...' inside the chat as if the model had said it, and the
    typed message was gone from the box."""
    expect = playwright_api.expect
    page.click("#tab-play")
    expect(page.locator('#chat-model option[value="smollm2-135m"]')).to_be_attached(timeout=30_000)
    page.fill("#chat-max", "0")
    page.fill("#chat-input", "How long should a lager ferment?")
    page.keyboard.press("Enter")
    expect(page.locator("#chat-settings-error")).to_contain_text("max_tokens: Input should be greater than")
    expect(page.locator("#chat-max")).to_have_class(re.compile(r"\binvalid\b"))
    expect(page.locator("#chat-input")).to_have_value("How long should a lager ferment?")
    expect(page.locator("#chat-log .msg")).to_have_count(0)
    page.fill("#chat-max", "4")
    page.click("#chat-send")
    expect(page.locator(".msg.assistant .meta").last).to_contain_text("tokens/s", timeout=120_000)
    expect(page.locator("#chat-settings-error")).to_be_empty()
    expect(page.locator("#chat-max")).not_to_have_class(re.compile(r"\binvalid\b"))
    expect(page.locator("#chat-input")).to_have_value("")
    assert page.errors == []


def test_send_is_disabled_while_the_message_is_empty_or_blank(page) -> None:
    """Send (or Enter) with an empty or blank message box did nothing and said nothing."""
    expect = playwright_api.expect
    page.click("#tab-play")
    expect(page.locator('#chat-model option[value="smollm2-135m"]')).to_be_attached(timeout=30_000)
    page.fill("#chat-input", "")
    send = page.locator("#chat-send")
    expect(send).to_be_disabled()
    expect(send).to_have_attribute("title", "Type a message first")
    before = page.locator("#chat-log .msg").count()
    page.fill("#chat-input", "   ")
    expect(send).to_be_disabled()
    page.locator("#chat-input").press("Enter")
    page.wait_for_timeout(500)
    expect(page.locator("#chat-log .msg")).to_have_count(before)
    page.fill("#chat-input", "How cold should a lager ferment?")
    expect(send).to_be_enabled()
    page.fill("#chat-input", "")
    expect(send).to_be_disabled()
    assert page.errors == []


def test_a_dataset_that_cannot_be_processed_is_said_under_its_field(page, server) -> None:
    """Process with a missing file showed 'dataset file ... not found' only in a toast that vanished after
    six seconds, nowhere near the dataset field."""
    expect = playwright_api.expect
    page.click("#tab-data")
    page.fill("#prepare-ref", "/nope/missing.jsonl")
    page.get_by_role("button", name="Process").click()
    expect(page.locator("#prepare-error")).to_contain_text("dataset file /nope/missing.jsonl not found")
    expect(page.locator("#prepare-ref")).to_have_class(re.compile(r"\binvalid\b"))
    assert not [j for j in httpx.get(f"{server.url}/v1/jobs", timeout=30).json()["jobs"] if j["kind"] == "prepare"]
    assert page.errors == []


def test_a_very_long_value_in_an_error_does_not_widen_the_page(page) -> None:
    """A 300-character run_name was refused with the value quoted in the message, one unbreakable word that
    made the page 2,349 px wide on a 375 px phone (and wider than a laptop screen): the field scrolled away."""
    expect = playwright_api.expect
    page.set_viewport_size({"width": 375, "height": 740})
    try:
        page.click("#tab-train")
        page.locator('[data-key="run_name"]').fill("x" * 300)
        expect(page.locator("#f-run_name-error")).to_contain_text("should match pattern", timeout=30_000)
        right = page.evaluate("['#f-run_name-error', '#f-run_name'].map((s) => "
                              "Math.round(document.querySelector(s).getBoundingClientRect().right))")
        assert max(right) <= 375, right
        page.locator('[data-key="run_name"]').fill("")
        expect(page.locator("#f-run_name-error")).to_be_empty(timeout=30_000)
    finally:
        page.set_viewport_size({"width": 1366, "height": 900})


def test_an_out_of_range_vram_setting_is_said_next_to_its_field(page) -> None:
    """GPU 0 / -3 / 5000 GB, seq 0 or 200000, batch -1, rank 2000 were stopped only by the browser's bubble or
    a server toast, and the table of the previous estimate stayed as if it were current."""
    expect = playwright_api.expect
    page.click("#tab-models")
    page.fill("#vram-gb", "24")
    page.get_by_role("button", name="Estimate").click()
    expect(page.locator("#models-note")).to_contain_text("fits in 24 GB")
    cases = [("#vram-gb", "0", "more than 0 and at most 4096"), ("#vram-gb", "-3", "more than 0 and at most 4096"),
             ("#vram-gb", "5000", "more than 0 and at most 4096"), ("#vram-seq", "0", "16 to 131072"),
             ("#vram-seq", "200000", "16 to 131072"), ("#vram-batch", "-1", "1 to 512"),
             ("#vram-rank", "2000", "1 to 1024")]
    for field, bad, says in cases:
        good = page.input_value(field)
        page.fill(field, bad)
        page.get_by_role("button", name="Estimate").click()
        expect(page.locator(f"{field}-error")).to_contain_text(says)
        expect(page.locator(field)).to_have_class(re.compile(r"\binvalid\b"))
        expect(page.locator("#models-table tbody tr")).to_have_count(0)
        expect(page.locator("#models-note")).to_contain_text("fix the marked field")
        page.fill(field, good)
        page.get_by_role("button", name="Estimate").click()
        expect(page.locator(f"{field}-error")).to_be_empty()
        expect(page.locator(field)).not_to_have_class(re.compile(r"\binvalid\b"))
        expect(page.locator("#models-note")).to_contain_text("fits in 24 GB")
        expect(page.locator("#models-table tbody tr").first).to_be_visible()
    assert page.errors == []


def test_the_cli_preview_unsets_what_the_form_leaves_empty(page) -> None:
    """The preview is the command that does what Start does: with the run name left empty the server picks a
    fresh name, and `--set run_name=null` is how the command line says so (quickstart.yaml names its run
    'quickstart'; leaving the null out, as ce41cb5 did, made the shown command start a different run)."""
    expect = playwright_api.expect
    page.click("#tab-train")
    page.locator('[data-key="run_name"]').fill("")
    page.locator('[data-key="training.max_steps"]').fill("13")
    expect(page.locator("#cli-preview")).to_contain_text("--set training.max_steps=13", timeout=30_000)
    expect(page.locator("#cli-preview")).to_contain_text("--set run_name=null")
    assert page.errors == []

def test_scrape_settings_that_are_not_an_object_are_said_under_the_field(page) -> None:
    """Settings `[1,2]` or `"str"` (valid JSON, not an object) came back as 'sources[0].0: unknown key ...'."""
    expect = playwright_api.expect
    page.click("#tab-data")
    page.check("#src-files")
    for text, got in [("[1,2]", "got a list"), ('"str"', "got a string")]:
        page.fill("#settings-files", text)
        page.click("#scrape-start")
        expect(page.locator("#settings-files-error")).to_have_text(
            f"scrape settings must be a JSON object ({{...}}), {got}")
        expect(page.locator("#settings-files")).to_have_class(re.compile(r"\binvalid\b"))
        expect(page.locator("#scrape-error")).to_be_empty()
    page.uncheck("#src-files")
    assert page.errors == []


def test_start_with_the_server_down_says_so_once(page) -> None:
    """With the server down each keystroke added a 'server does not answer' toast and Start said 'Fix the
    marked fields first.' with no field marked."""
    expect = playwright_api.expect
    page.click("#tab-train")
    expect(page.locator("#cli-preview")).to_be_visible(timeout=30_000)
    down = lambda route: route.abort()  # noqa: E731
    page.route("**/v1/**", down)
    page.route("**/health", down)
    try:
        page.locator('[data-key="run_name"]').press_sequentially("abc", delay=500)
        page.wait_for_timeout(600)
        page.click("#btn-start")
        toasts = page.locator("#toasts .toast")
        expect(toasts.filter(has_text="does not answer")).to_have_count(1)
        expect(toasts.filter(has_text="Fix the marked")).to_have_count(0)
        expect(page.locator("#train-preview")).to_contain_text("does not answer")
        expect(page.locator("#train-form .input.invalid")).to_have_count(0)
    finally:
        page.unroute("**/v1/**", down)
        page.unroute("**/health", down)
    expect(page.locator("#cli-preview")).to_contain_text("--set run_name=abc", timeout=30_000)
    page.locator('[data-key="run_name"]').fill("")
    assert page.errors == []


CHARTS_FIT = """() => {
  const boxes = [...document.querySelectorAll('#charts .chart')];
  return boxes.length > 0 && boxes.every((b) => {
    const drawn = b.querySelector('.uplot canvas').getBoundingClientRect().width;
    return Math.abs(drawn - Math.max(260, b.clientWidth - 10)) <= 1;
  });
}"""


def test_the_charts_follow_the_window_width(page) -> None:
    """The charts were drawn once at the width their box had then: a narrower window left them wider than their
    box (overflowing it and the page), a wider one left them small in a wide box."""
    expect = playwright_api.expect
    page.click("#tab-train")
    expect(page.locator("#chart-loss canvas")).to_be_attached(timeout=30_000)
    sizes = ("[...document.querySelectorAll('#charts .chart')].map((b) => "
             "[b.clientWidth, Math.round(b.querySelector('.uplot canvas').getBoundingClientRect().width)])")
    try:
        for width in (1000, 375, 1366):
            page.set_viewport_size({"width": width, "height": 900})
            try:
                page.wait_for_function(CHARTS_FIT, timeout=5_000)
            except playwright_api.TimeoutError:
                pytest.fail(f"at {width} px the charts are not drawn at their box's width: {page.evaluate(sizes)}")
            if width == 375:
                assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        page.set_viewport_size({"width": 1366, "height": 900})
    assert page.errors == []


# what sticks out of the window on a tab (what a scrolling box holds, such as a wide table, may)
WIDER_THAN_THE_WINDOW = """(tab) => [...document.querySelectorAll(`#panel-${tab} *`)]
  .filter((e) => e.offsetParent && e.getBoundingClientRect().right > innerWidth + 0.5)
  .filter((e) => !e.closest('[style*="overflow-x"]'))
  .slice(0, 5).map((e) => `${e.tagName}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""


def test_every_tab_fits_a_phone_width(page) -> None:
    """At 375 px the Safety tab was 437 px wide: its scanner table (a name like harmful_multilingual, two
    checkbox columns, the kind) pushed the card and the page sideways, so the page scrolled horizontally."""
    expect = playwright_api.expect
    loaded = {"models": "#models-table tbody tr", "data": "#source-kinds input", "train": "#train-form [data-key]",
              "play": "#chat-model option", "safety": "#scanners tbody tr"}
    page.set_viewport_size({"width": 375, "height": 740})
    try:
        for tab, selector in loaded.items():
            page.click(f"#tab-{tab}")
            expect(page.locator(selector).first).to_be_attached(timeout=30_000)
            wide = page.evaluate(WIDER_THAN_THE_WINDOW, tab)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 375 and not wide, (tab, width, wide)
    finally:
        page.set_viewport_size({"width": 1366, "height": 900})
    assert page.errors == []


MODELS_TABLE = """() => {
  const table = document.querySelector('#models-table'), box = table.parentElement;
  const buttons = [...table.querySelectorAll('tbody button')].map((b) => b.getBoundingClientRect());
  return { table: table.getBoundingClientRect().width, box: box.clientWidth, scroll: box.scrollWidth,
           rows: table.tBodies[0].rows.length, buttons: buttons.length, right: Math.max(...buttons.map((r) => r.right)),
           header: table.tHead.getBoundingClientRect().height > 1,  // shown (a phone keeps it for screen readers)
           cell: getComputedStyle(table.querySelector('tbody td')).display,
           label: getComputedStyle(table.querySelector('tbody td'), '::before').content };
}"""


def test_the_model_registry_is_read_without_sideways_scrolling_on_a_phone(page) -> None:
    """At 375 px the registry table was 739 px wide in a 317 px box: 'Train this' and the VRAM columns were
    reachable only by scrolling the box sideways. Under 820 px each model is a card, each value beside its column's
    name; the desktop keeps the table."""
    expect = playwright_api.expect
    page.click("#tab-models")
    expect(page.locator("#models-table tbody tr").first).to_be_visible(timeout=30_000)
    wide = page.evaluate(MODELS_TABLE)
    assert wide["cell"] == "table-cell" and wide["header"] and wide["label"] == "none", wide
    page.set_viewport_size({"width": 375, "height": 740})
    try:
        phone = page.evaluate(MODELS_TABLE)
        assert phone["table"] <= phone["box"] and phone["scroll"] <= phone["box"], phone
        assert phone["buttons"] == phone["rows"] > 1 and phone["right"] <= 375, phone
        assert phone["cell"] == "block" and not phone["header"] and phone["label"] == '"model"', phone
        page.locator("#models-table tbody tr").first.get_by_role("button", name="Train this").click()
        expect(page.locator("#tab-train")).to_have_attribute("aria-selected", "true")
    finally:
        page.set_viewport_size({"width": 1366, "height": 900})
    assert page.errors == []


def test_tabs_are_steps_in_the_browser_history(page, server) -> None:
    """A tab switch replaced the URL's #tab without a history step: Back left the cockpit (to the page before
    it), and a link to another tab of the open cockpit (#safety pasted into the address bar) changed nothing.
    At a phone width the tab strip did not scroll to the tab a link opened."""
    expect = playwright_api.expect
    selected = lambda pg, tab: expect(pg.locator(f"#tab-{tab}")).to_have_attribute("aria-selected", "true")  # noqa: E731
    with another_page(page, server.url) as pg:  # a history of its own
        selected(pg, "models")
        assert pg.evaluate("location.hash") == "#models"
        pg.click("#tab-data")
        pg.click("#tab-safety")
        assert pg.evaluate("location.hash") == "#safety"
        pg.go_back()
        selected(pg, "data")
        expect(pg.locator("#panel-data")).to_be_visible()
        expect(pg.locator("#panel-safety")).to_be_hidden()
        assert pg.evaluate("location.hash") == "#data"
        pg.go_back()
        selected(pg, "models")
        assert pg.url.endswith("/ui/#models")
        pg.go_forward()
        selected(pg, "data")
        pg.reload()
        selected(pg, "data")
        pg.goto(f"{server.url}/ui/#play")  # a link to another tab of the page already open
        selected(pg, "play")
        expect(pg.locator("#panel-play")).to_be_visible()
        pg.set_viewport_size({"width": 375, "height": 740})
        pg.goto(f"{server.url}/ui/#safety")
        pg.reload()
        selected(pg, "safety")
        inside = pg.evaluate("""() => {
            const s = document.querySelector('.tabs').getBoundingClientRect();
            const t = document.querySelector('#tab-safety').getBoundingClientRect();
            return t.left >= s.left && t.right <= s.right; }""")
        assert inside, "the selected tab is scrolled out of the tab strip"
        assert pg.errors == []


def test_the_skip_link_moves_focus_and_keeps_the_tab_in_the_url(page, server) -> None:
    """"Skip to content" followed its href: the URL became /ui/#main, so a reload (or the link copied) opened the
    Models tab instead of the Safety tab that was open, and the focus went nowhere useful."""
    expect = playwright_api.expect
    with another_page(page, server.url) as pg:
        pg.goto(f"{server.url}/ui/#safety")
        pg.reload()  # the page opened on /ui/#safety, nothing focused yet
        expect(pg.locator("#tab-safety")).to_have_attribute("aria-selected", "true")
        pg.keyboard.press("Tab")
        expect(pg.locator(".skip")).to_be_focused()
        pg.keyboard.press("Enter")
        expect(pg.locator("#panel-safety")).to_be_focused()
        assert pg.evaluate("location.hash") == "#safety"
        pg.keyboard.press("Tab")  # the next Tab goes on inside the panel, not back to the top of the page
        assert pg.evaluate("document.querySelector('#panel-safety').contains(document.activeElement)")
        pg.reload()
        expect(pg.locator("#tab-safety")).to_have_attribute("aria-selected", "true")
        assert pg.evaluate("location.hash") == "#safety"
        assert pg.errors == []


def test_back_and_forward_move_the_focus_to_the_tab_they_show(page, server) -> None:
    """Back/Forward showed the tab but left the keyboard focus on the tab clicked before (now not selected) or
    on the page: the next arrow key or Tab started from the wrong place."""
    expect = playwright_api.expect
    with another_page(page, server.url) as pg:
        pg.click("#tab-data")
        pg.click("#tab-safety")
        pg.go_back()
        expect(pg.locator("#tab-data")).to_have_attribute("aria-selected", "true")
        expect(pg.locator("#tab-data")).to_be_focused()
        pg.go_back()
        expect(pg.locator("#tab-models")).to_be_focused()
        pg.go_forward()
        expect(pg.locator("#tab-data")).to_be_focused()
        pg.keyboard.press("ArrowRight")  # the arrow keys go on from the tab Back/Forward showed
        expect(pg.locator("#tab-train")).to_have_attribute("aria-selected", "true")
        assert pg.evaluate("document.activeElement.id") == "tab-train"
        assert pg.errors == []


# every toast the page shows (a toast is gone after seconds, so counting those on screen misses some)
TOASTS_SEEN = """window.toastsSeen = [];
new MutationObserver((changes) => changes.forEach((c) => c.addedNodes.forEach((n) => {
  if (n.classList && n.classList.contains('toast')) window.toastsSeen.push(n.textContent);
}))).observe(document, { childList: true, subtree: true });"""


def test_the_server_down_is_said_once_and_every_tab_comes_back_by_itself(page, server) -> None:
    """With the server down every tab but Train toasted each request that got no answer (each tab opened, each
    switch back to it, each retry of a stream), on top of the banner; and a tab opened while it was down stayed
    empty when it came back (no scanners, no sources, no models) until the page was reloaded."""
    expect = playwright_api.expect
    loaded = {"models": "#models-table tbody tr", "data": "#source-kinds input", "train": "#train-form [data-key]",
              "play": "#chat-model option", "safety": "#scanners tbody tr"}
    down = lambda route: route.abort()  # noqa: E731
    with another_page(page, server.url) as pg:
        pg.add_init_script(TOASTS_SEEN)
        pg.route("**/v1/**", down)
        pg.route("**/health", down)
        try:
            pg.reload()  # every tab opens while the server does not answer
            expect(pg.locator("#banner")).to_contain_text("unreachable", timeout=20_000)
            for _ in range(2):
                for tab in ("data", "train", "play", "safety", "models"):
                    pg.click(f"#tab-{tab}")
                    pg.wait_for_timeout(300)
            pg.wait_for_timeout(4_000)  # streams that would retry
            assert pg.evaluate("window.toastsSeen") == []
            expect(pg.locator("#banner")).to_be_visible()
        finally:
            pg.unroute("**/v1/**", down)
            pg.unroute("**/health", down)
        expect(pg.locator("#conn-lamp")).to_have_class(re.compile(r"\bok\b"), timeout=20_000)
        expect(pg.locator("#banner")).to_be_hidden()
        for selector in loaded.values():  # every tab filled in again, without a click or a reload
            expect(pg.locator(selector).first).to_be_attached(timeout=30_000)
        assert pg.evaluate("window.toastsSeen") == []
        assert pg.errors == []


def test_a_refresh_clicked_with_the_server_down_says_it_waits(page, server) -> None:
    """Since the loaders stopped toasting 'the server does not answer' (c9a37b6), 'Verify & refresh' on Safety and
    'Refresh' on Data and Train clicked with the server down did nothing visible at all. Each now says
    'waiting for server…' on the button (however often clicked: no toast) and is itself again when it is back."""
    expect = playwright_api.expect
    buttons = {"safety": ("#audit-refresh", "Verify & refresh", "#audit-state span"),
               "data": ("#datasets-refresh", "Refresh", "#datasets-table > :not(.loading)"),
               "train": ("#runs-refresh", "Refresh", "#runs-table > :not(.loading)")}
    down = lambda route: route.abort()  # noqa: E731
    with another_page(page, server.url) as pg:
        pg.add_init_script(TOASTS_SEEN)
        pg.reload()
        for tab, (_, _, loaded) in buttons.items():
            pg.click(f"#tab-{tab}")
            expect(pg.locator(loaded).first).to_be_attached(timeout=30_000)
        pg.route("**/v1/**", down)
        pg.route("**/health", down)
        try:
            for tab, (button, label, _) in buttons.items():
                pg.click(f"#tab-{tab}")
                expect(pg.locator(button)).to_have_text(label)
                pg.click(button)
                expect(pg.locator(button)).to_have_text("waiting for server…")
                pg.click(button)  # a second click: still one word, on the button
                expect(pg.locator(button)).to_have_text("waiting for server…")
            expect(pg.locator("#banner")).to_be_visible()
            assert pg.evaluate("window.toastsSeen") == []
        finally:
            pg.unroute("**/v1/**", down)
            pg.unroute("**/health", down)
        expect(pg.locator("#conn-lamp")).to_have_class(re.compile(r"\bok\b"), timeout=20_000)
        for button, label, _ in buttons.values():
            expect(pg.locator(button)).to_have_text(label)
        assert pg.evaluate("window.toastsSeen") == []
        assert pg.errors == []


def test_long_names_and_words_wrap_at_a_phone_width(page, server) -> None:
    """A run name of the allowed 64 characters in the monitor's heading made the Train tab 985 px wide at 375 px;
    a pasted URL in a chat message ran out of its bubble (the chat box scrolled sideways to read it)."""
    expect = playwright_api.expect
    name = "brew-" + "a" * 59
    page.set_viewport_size({"width": 375, "height": 740})
    config = {"run_name": name, "training": {"max_steps": 400, "eval_steps": None, "save_steps": None,
                                               "accuracy_examples": 0}, "data": {"max_seq_length": 64}}
    job = httpx.post(f"{server.url}/v1/jobs/train", json={"config": config}, timeout=60).json()
    try:
        page.click("#tab-train")
        page.reload()  # the monitor follows the running job
        expect(page.locator("#mon-run")).to_have_text(name, timeout=30_000)
        right = page.evaluate("Math.round(document.querySelector('#mon-run').getBoundingClientRect().right)")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375 and right <= 375, right
    finally:
        httpx.post(f"{server.url}/v1/jobs/{job['id']}/stop", timeout=30)
    try:
        page.click("#tab-play")
        expect(page.locator('#chat-model option[value="smollm2-135m"]')).to_be_attached(timeout=30_000)
        page.fill("#chat-max", "2")
        page.fill("#chat-input", "https://example.org/" + "a" * 300)
        page.click("#chat-send")
        expect(page.locator(".msg.assistant .meta").last).to_contain_text("tokens/s", timeout=120_000)
        sizes = page.evaluate("""() => { const log = document.querySelector('#chat-log');
            return [log.scrollWidth, log.clientWidth, document.documentElement.scrollWidth]; }""")
        assert sizes[0] <= sizes[1] and sizes[2] <= 375, sizes
    finally:
        page.set_viewport_size({"width": 1366, "height": 900})
    assert page.errors == []
