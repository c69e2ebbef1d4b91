"""党费 on a phone: a branch secretary records this month's dues for the whole branch at once, from the home page,
through the confirmation (count and sum) to the outcome.

Runs against the demo university (ZHIBU_DEMO_MODE=1): `branch1` is the secretary of a student branch whose members
pay 0.20 a month; the demo has about 60% of them still owing this month (another run of this test may already have
recorded them: then the confirmation says 0 and the outcome says 0, and the flow must still hold).
"""

from __future__ import annotations

import re

from selenium.webdriver.common.by import By

from test_meeting_sign_in import submit, tap
from test_member_record import DEMO_PASSWORD, log_in, path_of, text_of, wait_for, wait_for_path

COUNT = re.compile(r"(\d+)\s*人")


def count_in(text: str) -> int:
    match = COUNT.search(text)
    assert match, f"no count of members in {text!r}"
    return int(match.group(1))


def test_secretary_records_a_month_for_the_whole_branch_at_once(phones, base_url):
    # setup
    secretary = phones()
    log_in(secretary, base_url, "branch1", DEMO_PASSWORD)
    wait_for_path(secretary, "/", "after logging in as branch1")
    tap(secretary, wait_for(secretary, "a.button[href='/dues']", "the dues button on the home page"))
    wait_for_path(secretary, "/dues", "the branch's dues")
    assert secretary.find_elements(By.CSS_SELECTOR, "table.dues-sheet"), "the members × months table"
    tap(secretary, wait_for(secretary, "a.button.primary[href^='/dues/batch']", "the whole-branch button"))
    wait_for_path(secretary, "/dues/batch", "the whole-branch form")

    # MUT: one form (month and method, this month preselected), then the confirmation
    form = wait_for(secretary, "form[action='/dues/batch'][method='get']", "the month and method form")
    form.find_element(By.CSS_SELECTOR, "select[name=method] option[value=wechat]").click()
    submit(secretary, form.find_element(By.CSS_SELECTOR, "button[type=submit]"), "asking for the confirmation")
    summary = text_of(wait_for(secretary, "p.summary", "the confirmation's count and sum"))
    assert "将登记" in summary and "元" in summary, summary
    expected = count_in(summary)
    confirm = wait_for(secretary, "form[action='/dues/batch'][method='post']", "the confirmation form")
    submit(secretary, confirm.find_element(By.CSS_SELECTOR, "button[type=submit]"), "confirming")

    # validate: the outcome names as many members as the confirmation, and the sheet now shows none of the
    # branch's student members owing that month (年薪制 and members without a base are recorded one by one)
    done = text_of(wait_for(secretary, "p.summary.ok", "the outcome"))
    assert "已登记" in done and count_in(done) == expected, (summary, done)
    month = int(re.search(r"\d{4}-(\d{2})", text_of(secretary.find_element(By.CSS_SELECTOR, "main"))).group(1))
    tap(secretary, wait_for(secretary, "a.button[href^='/dues?']", "back to the branch's dues"))
    wait_for_path(secretary, "/dues", "the branch's dues again")
    header = [text_of(th) for th in secretary.find_elements(By.CSS_SELECTOR, "table.dues-sheet thead th")]
    column = header.index(f"{month}月")
    owing = []
    for row in secretary.find_elements(By.CSS_SELECTOR, "table.dues-sheet tbody tr"):
        cells = row.find_elements(By.CSS_SELECTOR, "td")
        if "学生" in text_of(cells[1]) and "owed" in (cells[column].get_attribute("class") or ""):
            owing.append(text_of(cells[0]))
    assert not owing, f"still owing {month}月 after the whole-branch recording: {owing}"
