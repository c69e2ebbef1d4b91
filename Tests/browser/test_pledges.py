"""践诺制 on a phone: a student opens the pledge wall from the home page, opens a member's pledge and comments on it
(群众监督); the comment shows under the pledge with the student's name.

Runs against the demo university (ZHIBU_DEMO_MODE=1): the demo gives most party members a published pledge for this
year, so the wall of the school is not empty; `student1` is a student without a party record.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from selenium.webdriver.common.by import By

from test_meeting_sign_in import submit, tap
from test_member_record import DEMO_PASSWORD, log_in, path_of, text_of, wait_for, wait_for_path

SHANGHAI = timezone(timedelta(hours=8))


def test_student_comments_on_a_pledge_on_the_wall(phones, base_url):
    # setup
    student = phones()
    log_in(student, base_url, "student1", DEMO_PASSWORD)
    wait_for_path(student, "/", "after logging in as student1")
    words = f"浏览器测试：学长的答疑很有帮助，谢谢！{datetime.now(SHANGHAI):%H%M%S}"

    # MUT: from the home page to the wall, then to the first pledge on it
    tap(student, wait_for(student, "main a[href='/pledges']", "the pledge wall button on the home page"))
    wait_for_path(student, "/pledges", "the pledge wall")
    card = wait_for(student, "ul.cards.pledges li a", "a pledge on the wall")
    promise = text_of(card)
    tap(student, card)
    pledge = path_of(student)
    assert pledge.startswith("/pledges/"), f"expected a pledge's page, got {student.current_url}"
    assert promise in text_of(wait_for(student, "dl.facts", "the pledge's facts"))

    # MUT: the comment form under the pledge
    form = wait_for(student, "form#comment", "the comment form")
    form.find_element(By.NAME, "text").send_keys(words)
    submit(student, form.find_element(By.CSS_SELECTOR, "button[type=submit]"), "posting the comment")

    # validate: back on the pledge's page, the comment is listed with the student's name
    wait_for_path(student, pledge, "the pledge's page after commenting")
    comments = [text_of(li) for li in student.find_elements(By.CSS_SELECTOR, "ul.comments li")]
    assert any(words in c for c in comments), comments
    assert not student.find_elements(By.CSS_SELECTOR, "form[action$='/appraisal']"), "a student never sees the appraisal form"
