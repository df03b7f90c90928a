"""The triage page in a real browser (headless Chromium through selenium) on the real worker: a recurring
unnamed problem shows as a candidate with its terms and snippets (markup shown as text), a promotion the
taxonomy cannot take is refused with the reason, a good one is made with the page's form, and another
candidate is dismissed with its button."""

from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By

from pipeline.testing import produce, start_worker, stop_worker
from tests.integration.browser import settled, text_shown
from tests.integration.test_discovery import KARAOKE, candidates, contact, open_candidate


def promote_with_form(driver, candidate_id: str, label: str) -> None:
    form = driver.find_element(By.CSS_SELECTOR, f"#candidate-{candidate_id} form.promote")
    for name, value in (("label", label), ("name", "Karaoke shows no lyrics"), ("actor", "triage")):
        field = form.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
    form.find_element(By.TAG_NAME, "button").click()


def test_a_person_finds_the_candidate_on_the_page_and_promotes_it(broker, browser, tmp_path: Path):
    settings = {"window_seconds": "600", "model_path": str(tmp_path / "no-model"), "discovery_min_contacts": "8"}
    worker = start_worker(broker, tmp_path, **settings)
    try:
        # markup in what customers wrote must show as text, never be interpreted
        burst = [contact(f"karaoke-{i}", f"<i>{text}</i>", 3 + 2 * i) for i, text in enumerate(KARAOKE[:9])]
        produce(broker.bootstrap_servers, "contacts.raw", burst)
        [found] = candidates(worker.base_url, 9)
        candidate_id = found["candidate_id"]

        browser.get(f"{worker.base_url}/ui")
        browser.find_element(By.LINK_TEXT, "Unnamed issues").click()
        article = browser.find_element(By.ID, f"candidate-{candidate_id}")
        assert article.find_element(By.CSS_SELECTOR, ".size").text.startswith("9 in 2 windows")
        assert {"karaoke", "songteksten"} <= set(article.find_element(By.CSS_SELECTOR, ".terms").text.split(", "))
        snippets = [item.text for item in article.find_elements(By.CSS_SELECTOR, ".snippets li")]
        assert len(snippets) == 3 and all(s.startswith("<i>") and s.endswith("</i>") for s in snippets)
        assert browser.find_elements(By.CSS_SELECTOR, ".snippets i") == []  # no element made from a customer's text

        promote_with_form(browser, candidate_id, "music.karaoke")
        alert = settled(browser).until(lambda d: text_shown(d, ".alert"))
        assert "unknown category 'music'" in alert

        promote_with_form(browser, candidate_id, "product.karaoke_lyrics")
        settled(browser).until(lambda d: "promoted" in (text_shown(d, f"#candidate-{candidate_id}") or ""))
        state = browser.find_element(By.CSS_SELECTOR, f"#candidate-{candidate_id} .state").text
        assert state == "promoted: product.karaoke_lyrics"
        assert browser.find_elements(By.CSS_SELECTOR, f"#candidate-{candidate_id} form") == []

        parking = ["De parkeerplaats bij de winkel is vol", "Nooit plek op de parkeerplaats bij de winkel"]
        produce(broker.bootstrap_servers, "contacts.raw", [contact(f"p-{i}", t, 30 + i) for i, t in enumerate(parking)])
        noise = open_candidate(worker.base_url, size=2)["candidate_id"]
        browser.get(f"{worker.base_url}/ui/discovery")
        form = browser.find_element(By.CSS_SELECTOR, f"#candidate-{noise} form.dismiss")
        form.find_element(By.NAME, "note").send_keys("not a product problem")
        form.find_element(By.NAME, "actor").send_keys("triage")
        form.find_element(By.TAG_NAME, "button").click()
        settled(browser).until(lambda d: "dismissed" in (text_shown(d, f"#candidate-{noise}") or ""))
        assert browser.find_element(By.CSS_SELECTOR, f"#candidate-{noise} .state").text == "dismissed"
    finally:
        stop_worker(worker)
