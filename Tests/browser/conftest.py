"""Fixtures for the browser tests: a headless Chromium on a phone-sized screen, and the server's URL.

The server is started by scripts/browser-test.sh (demo university, ZHIBU_DEMO_MODE=1) and its URL
comes in ZHIBU_BASE_URL. Chromium and chromedriver are Debian's (chromium, chromium-driver): the
driver path is given explicitly, so selenium-manager never looks for a browser on the network.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

# selenium-manager must never try to download anything (these machines reach no browser host).
os.environ.setdefault("SE_OFFLINE", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

CHROMEDRIVER = os.environ.get("ZHIBU_CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("ZHIBU_CHROMIUM", "/usr/bin/chromium")
PHONE = (390, 844)  # CSS pixels, a current phone
FAILURES = Path(__file__).resolve().parents[2] / ".build-browser" / "failures"


@pytest.fixture(scope="session")
def base_url() -> str:
    return os.environ.get("ZHIBU_BASE_URL", "http://127.0.0.1:18080").rstrip("/")


def _options() -> webdriver.ChromeOptions:
    options = webdriver.ChromeOptions()
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        f"--window-size={PHONE[0]},{PHONE[1]}",
        "--lang=zh-CN",
        "--no-first-run",
        "--disable-extensions",
    ):
        options.add_argument(arg)
    if os.path.exists(CHROMIUM):
        options.binary_location = CHROMIUM
    # Headless Chromium keeps windows at least 500 px wide; emulate the phone's viewport instead
    # (width and height exactly 390 x 844, touch, mobile).
    options.add_experimental_option(
        "mobileEmulation",
        {"deviceMetrics": {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 3.0}},
    )
    return options


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


def _new_driver(network_log: bool = False) -> webdriver.Chrome:
    if not os.path.exists(CHROMEDRIVER):
        pytest.fail(f"{CHROMEDRIVER} is missing: apt-get install chromium chromium-driver")
    options = _options()
    if network_log:
        # Chromium's DevTools events (Network.*) in driver.get_log("performance"): lets a test count
        # the documents a flow loads, redirects included.
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    drv = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    drv.set_page_load_timeout(30)
    return drv


def _finish(drv, request, name: str) -> None:
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        _save_evidence(drv, name)
    drv.quit()


@pytest.fixture
def driver(request):
    drv = _new_driver()
    try:
        yield drv
    finally:
        _finish(drv, request, request.node.name)


@pytest.fixture
def phones(request):
    """Phone-sized browsers that log their network events: phones() opens one more (two people at a meeting)."""
    opened = []

    def open_phone():
        drv = _new_driver(network_log=True)
        opened.append(drv)
        return drv

    try:
        yield open_phone
    finally:
        for index, drv in enumerate(opened):
            _finish(drv, request, f"{request.node.name}-phone{index + 1}")


def _save_evidence(drv, name: str) -> None:
    """On a failure keep a screenshot and the page's HTML in .build-browser/failures/."""
    try:
        FAILURES.mkdir(parents=True, exist_ok=True)
        stem = FAILURES / re.sub(r"[^A-Za-z0-9_.-]+", "_", name)
        drv.save_screenshot(str(stem.with_suffix(".png")))
        stem.with_suffix(".html").write_text(
            f"<!-- {drv.current_url} -->\n{drv.page_source}", encoding="utf-8"
        )
        print(f"\nbrowser evidence: {stem}.png, {stem}.html (at {drv.current_url})")
    except Exception as error:  # the evidence is a courtesy; never hide the real failure
        print(f"\ncould not save browser evidence: {error}")
