"""The demand tracker on phones: a student raises a question on a phone-sized window, the responsible
department's responder answers it, and the student rates the answer.

Runs against the demo university (ZHIBU_DEMO_MODE=1): `student1` is a student and `responder1` a responder
of 学生工作处, whose categories the student picks from.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_meeting_sign_in import submit, tap
from test_member_record import DEMO_PASSWORD, log_in, path_of, text_of, wait_for, wait_for_path

SHANGHAI = timezone(timedelta(hours=8))
TICKET_PATH = re.compile(r"^/tickets/[0-9A-Fa-f-]{36}$")


def test_student_raises_a_ticket_responder_answers_student_rates(phones, base_url):
    # setup
    student, responder = phones(), phones()
    log_in(student, base_url, "student1", DEMO_PASSWORD)
    wait_for_path(student, "/", "after logging in as student1")
    log_in(responder, base_url, "responder1", DEMO_PASSWORD)
    wait_for_path(responder, "/", "after logging in as responder1")
    title = f"浏览器测试：宿舍网络断线 {datetime.now(SHANGHAI):%H%M%S}"

    # MUT: the student raises the question from the home page's button
    tap(student, wait_for(student, f"a[href='/tickets/new']", "the raise-a-question button"))
    form = wait_for(student, "form[action='/tickets']", "the ticket form")
    category = Select(form.find_element(By.NAME, "categoryId"))
    # a category of the responder's department (学生工作处)
    option = next(o for o in category.options if "学生工作处" in o.text)
    category.select_by_value(option.get_attribute("value"))
    form.find_element(By.NAME, "title").send_keys(title)
    form.find_element(By.NAME, "body").send_keys("每天晚上十点后宿舍网络断线，影响复习。")
    submit(student, form.find_element(By.CSS_SELECTOR, "button[type=submit]"), "submitting the ticket")
    assert TICKET_PATH.match(path_of(student)), f"expected the ticket's page, got {student.current_url}"
    ticket = path_of(student)
    assert title in text_of(wait_for(student, "h1", "the ticket's title"))

    # MUT: the responder finds it in their list and answers it
    responder.get(f"{base_url}/tickets")
    link = next(a for a in responder.find_elements(By.CSS_SELECTOR, "a.ticket-link") if title in a.text)
    tap(responder, link)
    wait_for_path(responder, ticket, "the ticket from the responder's list")
    answer_form = wait_for(responder, "form.action input[name=type][value=answer]", "the answer form") \
        .find_element(By.XPATH, "./ancestor::form")
    answer_form.find_element(By.NAME, "text").send_keys("已安排网络中心排查，今晚恢复。")
    submit(responder, answer_form.find_element(By.CSS_SELECTOR, "button[type=submit]"), "answering")
    assert "已安排网络中心排查" in responder.page_source

    # MUT: the student reads the answer and rates it
    student.get(f"{base_url}{ticket}")
    rate_form = wait_for(student, "form.action input[name=type][value=rate]", "the rating form") \
        .find_element(By.XPATH, "./ancestor::form")
    tap(student, rate_form.find_element(By.CSS_SELECTOR, "input[name=score][value='5']"))
    rate_form.find_element(By.NAME, "comment").send_keys("处理很快")
    submit(student, rate_form.find_element(By.CSS_SELECTOR, "button[type=submit]"), "rating")

    # validate
    page = student.page_source
    assert "已安排网络中心排查，今晚恢复。" in page
    assert "★★★★★" in page, "the rating is shown"
    assert not student.find_elements(By.CSS_SELECTOR, "form.action input[name=type][value=rate]"), "rated once only"
    assert "已办结" in page
