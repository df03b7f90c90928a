"""The department, issue and agent pages in a real browser (Debian's headless Chromium through selenium) on
the real worker: a burst of late deliveries opens an issue, logistics moves it with the page's buttons, and
the issue page shows the timeline and the agent's page the acknowledgement."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from pipeline.synthetic import generate
from pipeline.testing import http_get, produce, start_worker, stop_worker
from tests.integration.browser import settled, text_shown

THRESHOLD = 5
START = datetime(2026, 11, 2, 10, 0, 30, tzinfo=UTC)
NOTE = "carrier <b>contacted</b> & re-routed"  # markup must show as text, never be interpreted


def wait_for_issue(base_url: str, issue_id: str, contacts: int, timeout: float = 60) -> dict:
    """The issue once every contact of the burst is tracked (so its agents are known)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            issue = json.loads(http_get(f"{base_url}/issues/{issue_id}"))
            if sum(issue["contacts_per_day"].values()) >= contacts:
                return issue
        except urllib.error.HTTPError:
            pass  # 404 until the signal opened it
        time.sleep(0.5)
    raise AssertionError(f"issue {issue_id} never had {contacts} contacts")


def state_shown(driver: webdriver.Chrome, issue_id: str) -> str | None:
    escaped = issue_id.replace(".", "\\.")
    return text_shown(driver, f"#issue-{escaped} .state")


def move(driver: webdriver.Chrome, issue_id: str, to: str, note: str = "") -> None:
    """Type the note and press the button on the department page, then wait until the page shows the new state."""
    article = driver.find_element(By.ID, f"issue-{issue_id}")
    article.find_element(By.NAME, "note").send_keys(note)
    article.find_element(By.CSS_SELECTOR, f"button[value='{to}']").click()
    settled(driver).until(lambda d: state_shown(d, issue_id) == to)


def reload_until(driver: webdriver.Chrome, css: str) -> list[WebElement]:
    """Reload until `css` matches: a page shows what its agent has filed so far."""

    def found(d: webdriver.Chrome) -> list[WebElement]:
        d.refresh()
        return d.find_elements(By.CSS_SELECTOR, css)

    return WebDriverWait(driver, 15, poll_frequency=0.5).until(found)


def post_form(url: str, **fields: str) -> tuple[int, str]:
    request = urllib.request.Request(url, data=urllib.parse.urlencode(fields).encode(), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_a_department_moves_its_issue_in_the_browser_and_sees_the_timeline_and_the_agent_the_notification(
    broker, tmp_path, browser
):
    worker = start_worker(broker, tmp_path, signal_threshold=str(THRESHOLD), window_seconds="600")
    try:
        contacts = generate(THRESHOLD + 1, seed=301, start=START, spacing_seconds=20, labels=["delivery.late"])
        produce(broker.bootstrap_servers, "contacts.raw", [c.contact.to_bytes() for c in contacts])
        issue = wait_for_issue(worker.base_url, "delivery.late", contacts=THRESHOLD + 1)

        browser.get(f"{worker.base_url}/ui")
        browser.find_element(By.LINK_TEXT, "logistics").click()
        assert browser.find_element(By.TAG_NAME, "h1").text == "logistics"
        assert state_shown(browser, "delivery.late") == "open"
        assert browser.find_element(By.CSS_SELECTOR, "#issue-delivery\\.late svg rect")  # contacts per day
        move(browser, "delivery.late", "acknowledged", NOTE)
        move(browser, "delivery.late", "fixing")
        move(browser, "delivery.late", "fixed", "new carrier from Monday")
        assert not browser.find_elements(By.CSS_SELECTOR, "[role=alert]")

        browser.find_element(By.LINK_TEXT, issue["name"]).click()
        rows = browser.find_elements(By.CSS_SELECTOR, "#timeline tbody tr")
        cells = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")] for row in rows]
        assert [(who, what, change) for _, who, what, change, _ in cells] == [
            ("feedback-loop", "opened", "open"),
            ("logistics", "transition", "open → acknowledged"),
            ("logistics", "transition", "acknowledged → fixing"),
            ("logistics", "transition", "fixing → fixed"),
        ]
        assert [note for *_, note in cells][1:] == [NOTE, "", "new carrier from Monday"]
        assert "Not measured yet" in browser.find_element(By.TAG_NAME, "main").text  # verification comes later

        browser.find_element(By.LINK_TEXT, next(iter(issue["agents"]))).click()
        told = reload_until(browser, ".notification")
        assert len(told) == 1 and "who acknowledged the issue" in told[0].text and NOTE in told[0].text

        status, page = post_form(
            f"{worker.base_url}/ui/issues/delivery.late/transitions", to="fixing", actor="logistics"
        )
        assert status == 409 and "cannot move an issue from fixed to fixing" in page  # e.g. from a stale page
        browser.get(f"{worker.base_url}/ui/departments/nobody")
        assert browser.find_element(By.CSS_SELECTOR, "[role=alert]").text == "no department 'nobody'"
    finally:
        stop_worker(worker)
