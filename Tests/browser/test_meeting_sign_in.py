"""Organisational life on phones: a branch secretary records a 主题党日 with its attendance and opens
sign-in; a member signs in with the 6-digit code. Both flows must stay a handful of page loads.

Runs against the demo university (`zhibu demo --students 400 --seed 7`, ZHIBU_DEMO_MODE=1): `branch1`
is the secretary of a students' branch and `member1` a member of that branch.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

from test_member_record import (
    DEMO_PASSWORD,
    log_in,
    mark_page,
    navigated_away,
    path_of,
    text_of,
    wait_for,
    wait_for_path,
)

# The school's time zone: China keeps UTC+8 all year.
SHANGHAI = timezone(timedelta(hours=8))
MEETING_PATH = re.compile(r"^/meetings/[0-9A-Fa-f-]{36}$")
SECRETARY_MAX_LOADS = 5
MEMBER_MAX_LOADS = 3


class PageLoads:
    """Counts the documents a browser loads from the DevTools network log (driver.get_log("performance")):
    a page load is a document response; a request is every document request, redirects included."""

    def __init__(self, driver: WebDriver) -> None:
        self.driver = driver
        self.reset()

    def reset(self) -> None:
        self.driver.get_log("performance")  # reading empties the log
        self.loads: list[str] = []
        self.requests = 0

    def collect(self) -> "PageLoads":
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            params = message.get("params", {})
            if params.get("type") != "Document":
                continue
            if message["method"] == "Network.requestWillBeSent":
                self.requests += 1
            elif message["method"] == "Network.responseReceived":
                self.loads.append(params["response"]["url"])
        return self


def tap(driver: WebDriver, element: WebElement) -> None:
    """A tap on a control that may sit below the fold or inside a scrolling table."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    try:
        element.click()
    except WebDriverException:
        driver.execute_script("arguments[0].click();", element)


def submit(driver: WebDriver, button: WebElement, what: str) -> None:
    mark_page(driver)
    tap(driver, button)
    navigated_away(driver, what)


def own_name(driver: WebDriver) -> str:
    return text_of(wait_for(driver, "header .who .user", "the signed-in user's name"))


def test_secretary_records_a_themed_day_and_a_member_signs_in_with_the_code(phones, base_url):
    # setup: two phones; the member's name tells the secretary which register line is theirs
    secretary, member = phones(), phones()
    log_in(member, base_url, "member1", DEMO_PASSWORD)
    wait_for_path(member, "/", "after logging in as member1")
    member_name = own_name(member)
    log_in(secretary, base_url, "branch1", DEMO_PASSWORD)
    wait_for_path(secretary, "/", "after logging in as branch1")
    day = (datetime.now(SHANGHAI) - timedelta(days=1)).strftime("%Y-%m-%d")
    topic = f"浏览器测试主题党日 {datetime.now(SHANGHAI):%H%M%S}"
    secretary_loads = PageLoads(secretary)

    # MUT: the secretary's flow
    secretary.get(f"{base_url}/meetings/new")
    form = wait_for(secretary, "form#meeting-form", "the new meeting form")
    Select(form.find_element(By.NAME, "kind")).select_by_value("themed_party_day")
    Select(form.find_element(By.NAME, "status")).select_by_value("held")
    organization = Select(form.find_element(By.NAME, "organizationID"))
    branch = next(o for o in organization.options if o.get_attribute("value"))  # their branch, before its groups
    branch_name = text_of(branch).strip("\u3000 ")
    organization.select_by_value(branch.get_attribute("value"))
    for name, value in (("startsAt", f"{day}T14:30"), ("endsAt", f"{day}T16:00")):
        # a datetime-local field takes typed digits in the browser's locale order: set it as a picker would
        secretary.execute_script("arguments[0].value = arguments[1];", form.find_element(By.NAME, name), value)
    form.find_element(By.NAME, "topic").send_keys(topic)
    form.find_element(By.NAME, "place").send_keys("学院党员活动室")
    for element in ("renew_oath", "pay_dues"):
        tap(secretary, form.find_element(By.CSS_SELECTOR, f".elements.current input[value={element}]"))
    submit(secretary, form.find_element(By.CSS_SELECTOR, "button[type=submit]"), "saving the meeting")
    assert MEETING_PATH.match(path_of(secretary)), f"expected the meeting's record, got {secretary.current_url}"
    record = path_of(secretary)
    assert topic in text_of(wait_for(secretary, "h1", "the meeting record's title"))
    assert branch_name in secretary.page_source, f"the record names {branch_name}"
    assert not secretary.find_elements(By.CSS_SELECTOR, "ul.elements li.missing"), "both required elements were ticked"

    rows = [
        row for row in secretary.find_elements(By.CSS_SELECTOR, "#attendance table.register tbody tr")
        if member_name not in row.get_attribute("textContent")
    ]
    assert len(rows) >= 2, "the register lists the branch's members"
    tap(secretary, rows[0].find_element(By.CSS_SELECTOR, "input[type=radio][value=present]"))
    tap(secretary, rows[1].find_element(By.CSS_SELECTOR, "input[type=radio][value=excused]"))
    rows[1].find_element(By.CSS_SELECTOR, "input[name^=reason_]").send_keys("外出实习")
    submit(secretary, secretary.find_element(By.CSS_SELECTOR, "#attendance form button[type=submit]"), "saving attendance")
    summary = text_of(wait_for(secretary, "#attendance p", "the attendance summary"))
    assert "出席1人" in summary and "请假1人" in summary, summary

    submit(secretary, secretary.find_element(By.CSS_SELECTOR, "form[action$='/sign-in-window'] button"), "opening sign-in")
    code = text_of(wait_for(secretary, "#sign-in-code", "the sign-in screen"))
    assert re.fullmatch(r"\d{6}", code), f"the screen shows {code!r}"
    assert secretary.find_elements(By.CSS_SELECTOR, ".qr svg"), "the screen shows the QR code"
    secretary_loads.collect()

    # MUT: the member's flow
    member_loads = PageLoads(member)
    member.get(f"{base_url}/sign-in")
    field = wait_for(member, "input[name=code]", "the sign-in form")
    field.send_keys(code)
    submit(member, field.find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "button[type=submit]"),
           "signing in with the code")
    result = text_of(wait_for(member, "#sign-in-result", "the sign-in result"))
    member_loads.collect()

    # validate
    print(f"\npage loads: secretary {len(secretary_loads.loads)} ({secretary_loads.requests} requests), "
          f"member {len(member_loads.loads)} ({member_loads.requests} requests)")
    assert "签到成功" in result and topic in result, result
    assert len(secretary_loads.loads) <= SECRETARY_MAX_LOADS, f"the secretary's flow loaded {secretary_loads.loads}"
    assert len(member_loads.loads) <= MEMBER_MAX_LOADS, f"the member's flow loaded {member_loads.loads}"
    # a redirect after each post and nothing else: no extra hops
    assert secretary_loads.requests <= len(secretary_loads.loads) + 3, secretary_loads.requests
    assert member_loads.requests == len(member_loads.loads), member_loads.requests
    secretary.get(f"{base_url}{record}")
    line = next(row for row in secretary.find_elements(By.CSS_SELECTOR, "#attendance table.register tbody tr")
                if member_name in row.get_attribute("textContent"))
    assert line.find_element(By.CSS_SELECTOR, "input[type=radio][value=present]").is_selected(), "the member is present"
    assert line.find_elements(By.CSS_SELECTOR, "td")[-1].get_attribute("textContent").strip(), "with the time they signed in"
