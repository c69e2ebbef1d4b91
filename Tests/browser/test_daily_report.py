"""The daily report (日报制) on phones: a student reports an unchanged day in one tap from the home page, and a
counsellor reaches today's missing list in one click from theirs.

Runs against the demo university (ZHIBU_DEMO_MODE=1): `student1` is a student of `counselor1`'s classes; the
demo gives students earlier reports, so today's form comes prefilled.
"""

from __future__ import annotations

from selenium.webdriver.common.by import By

from test_meeting_sign_in import submit, tap
from test_member_record import DEMO_PASSWORD, log_in, path_of, text_of, wait_for, wait_for_path


def test_student_reports_an_unchanged_day_in_one_tap(phones, base_url):
    # setup
    student = phones()
    log_in(student, base_url, "student1", DEMO_PASSWORD)
    wait_for_path(student, "/", "after logging in as student1")
    tap(student, wait_for(student, "a[href='/reports/today']", "the report-today button on the home page"))
    wait_for_path(student, "/reports/today", "the report page")
    form = wait_for(student, "form.report-form", "the report form")
    # every question a student must answer is already answered (yesterday's answers, or today's)
    for group in form.find_elements(By.CSS_SELECTOR, "[role=radiogroup]"):
        assert group.find_elements(By.CSS_SELECTOR, "input:checked"), "a choice left unanswered in the prefilled form"

    # MUT: one tap
    submit(student, form.find_element(By.CSS_SELECTOR, "button.big[type=submit]"), "submitting the unchanged report")

    # validate: back on the page, reported today
    assert path_of(student) == "/reports/today"
    status = text_of(wait_for(student, ".card.status", "today's status"))
    assert "已上报" in status or "已于" in status or "reported" in status.lower(), status
    assert wait_for(student, "[role=status]", "the saved notice")


def test_counselor_reaches_todays_missing_list_in_one_click(phones, base_url):
    # setup
    counselor = phones()
    log_in(counselor, base_url, "counselor1", DEMO_PASSWORD)
    wait_for_path(counselor, "/", "after logging in as counselor1")

    # MUT: one click from the home page
    tap(counselor, wait_for(counselor, "a[href^='/reports/missing']", "today's missing count on the home page"))

    # validate
    assert path_of(counselor) == "/reports/missing"
    heading = text_of(wait_for(counselor, "h1", "the missing list's title"))
    assert "未报" in heading, heading
    names = counselor.find_elements(By.CSS_SELECTOR, "ul.report-list li a")
    nobody = counselor.find_elements(By.CSS_SELECTOR, "p.ok")
    assert names or nobody, "neither a name nor 'nobody missing'"
