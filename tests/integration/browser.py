"""Reads for the browser tests that survive a page being replaced by a form's post (the pages redirect after
every button); the browser itself is the `browser` fixture in conftest.py."""

from __future__ import annotations

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait


def text_shown(driver: webdriver.Chrome, css: str) -> str | None:
    """The text of the first element matching `css`, read in one script run (None if there is none): finding an
    element and then reading its text are two calls, and when the post replaces the page between them Chrome
    fails with "Node with given id does not belong to the document", which is neither stale nor missing."""
    return driver.execute_script(
        "const shown = document.querySelector(arguments[0]); return shown ? shown.innerText.trim() : null;", css
    )


def settled(driver: webdriver.Chrome) -> WebDriverWait:
    """A wait that looks again when the page it looked at was just replaced."""
    return WebDriverWait(driver, 15, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException))
