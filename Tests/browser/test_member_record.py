"""A person's walk through the member records, in a real browser on a phone-sized screen.

Runs against the demo university (`zhibu demo --students 400 --seed 7`, ZHIBU_DEMO_MODE=1), whose
accounts all have the password `zhibu-demo-2026`: `org` (the organization department) and
`student1` (a student), `monitor1` (a class monitor).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

DEMO_PASSWORD = "zhibu-demo-2026"
WAIT_SECONDS = 10
# What a record shows of a resident ID number: region code, birth date hidden, last four.
MASKED_ID = re.compile(r"^\d{6}\*{8}[\dX]{4}$")
# A whole ID number (17 digits and a check digit or X) must appear nowhere in a page.
FULL_ID = re.compile(r"\d{17}[\dX]")


def wait(driver: WebDriver, seconds: float = WAIT_SECONDS) -> WebDriverWait:
    return WebDriverWait(driver, seconds)


def path_of(driver: WebDriver) -> str:
    return urlparse(driver.current_url).path or "/"


def wait_for(driver: WebDriver, css: str, what: str) -> WebElement:
    try:
        return wait(driver).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))
    except TimeoutException:
        raise AssertionError(
            f"{what}: no element {css!r} within {WAIT_SECONDS} s on {driver.current_url}"
        ) from None


def wait_for_path(driver: WebDriver, path: str, what: str) -> None:
    try:
        wait(driver).until(lambda d: path_of(d) == path)
    except TimeoutException:
        raise AssertionError(
            f"{what}: expected to be on {path}, still on {driver.current_url}"
        ) from None


def mark_page(driver: WebDriver) -> None:
    """Tag the current document, so that navigated_away() can tell when another one replaced it."""
    driver.execute_script("window.__zhibuOldPage = true;")


def navigated_away(driver: WebDriver, what: str) -> None:
    # A new document has a new window object, without the tag. Asking while the browser is
    # between two documents can fail in several ways (stale node, no such window, …): ask again.
    try:
        WebDriverWait(driver, WAIT_SECONDS, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.execute_script("return window.__zhibuOldPage !== true;")
        )
    except TimeoutException:
        raise AssertionError(f"{what}: no new page within {WAIT_SECONDS} s ({driver.current_url})") from None


def follow(driver: WebDriver, link: WebElement) -> None:
    """Open a link as a person would: a tap, or, when a narrow layout hides it (a folded menu), its address."""
    href = link.get_attribute("href")
    assert href, "link without an href"
    if link.is_displayed() and link.is_enabled():
        mark_page(driver)
        try:
            link.click()
        except WebDriverException:
            driver.get(href)  # covered by something (a sticky header, say): go there directly
            return
        navigated_away(driver, f"following {href}")
    else:
        driver.get(href)


def text_of(element: WebElement) -> str:
    # .text is the rendered text: empty when the element is hidden (folded details, say).
    return (element.text or element.get_attribute("textContent") or "").strip()


def log_in(driver: WebDriver, base_url: str, account: str, password: str) -> None:
    driver.get(f"{base_url}/login")
    account_input = wait_for(driver, "input[name=account]", "login form")
    form = account_input.find_element(By.XPATH, "./ancestor::form")
    account_input.clear()
    account_input.send_keys(account)
    password_input = form.find_element(By.CSS_SELECTOR, "input[name=password]")
    password_input.clear()
    password_input.send_keys(password)
    mark_page(driver)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    navigated_away(driver, f"submitting the login form as {account}")


def assert_no_full_id_number(driver: WebDriver, where: str) -> None:
    match = FULL_ID.search(driver.page_source)
    assert match is None, f"{where}: a whole ID number is in the page source ({match.group(0)[:6]}…)"


def test_org_opens_a_member_record_and_sees_the_id_number_masked(driver, base_url):
    # setup
    log_in(driver, base_url, "org", DEMO_PASSWORD)
    wait_for_path(driver, "/", "after logging in as org")
    people_link = wait_for(driver, 'a[href="/people"]', "home page navigation")

    # MUT
    follow(driver, people_link)
    wait_for_path(driver, "/people", "the member list")
    wait_for(driver, "table.people", "the member list")
    first = wait_for(driver, "table.people a.person-link", "the member list's rows")
    assert_no_full_id_number(driver, "the member list")
    follow(driver, first)

    # validate
    field = wait_for(driver, '[data-field="idNumber"]', "the member record")
    shown = text_of(field)
    assert MASKED_ID.match(shown), f"ID number shown as {shown!r}, expected 6 digits, 8 '*', 4 digits/X"
    assert_no_full_id_number(driver, "the member record")


def test_a_student_sees_only_their_own_row(driver, base_url):
    # setup
    log_in(driver, base_url, "student1", DEMO_PASSWORD)
    wait_for_path(driver, "/", "after logging in as student1")

    # MUT
    driver.get(f"{base_url}/people")

    # validate
    wait_for(driver, "table.people", "the member list of a student")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.people tbody tr")
    links = driver.find_elements(By.CSS_SELECTOR, "table.people a.person-link")
    assert len(rows) == 1, f"a student should see one row (their own), saw {len(rows)}"
    assert len(links) == 1, f"a student should see one person link (their own), saw {len(links)}"
    assert_no_full_id_number(driver, "the member list of a student")


def test_a_wrong_password_shows_an_error_and_stays_on_login(driver, base_url):
    # setup: another account than the ones above, so a lockout policy cannot touch them
    # MUT
    log_in(driver, base_url, "monitor1", "not-the-password-2026")

    # validate
    error = wait_for(driver, ".error", "the login page after a wrong password")
    assert path_of(driver) == "/login", f"expected to stay on /login, went to {driver.current_url}"
    assert text_of(error), "the .error element is empty"
    assert driver.find_elements(By.CSS_SELECTOR, "input[name=password]"), "the login form is gone"
