"""积分制 on a phone: a party member opens "my points" from the home page and sees their balance for the period,
their rank in their branch, college and school, and their history with the rule and source of each entry.

Runs against the demo university (ZHIBU_DEMO_MODE=1): the demo gives `member1` a year of points (meetings they
attended, dues paid on time, study), so this month's balance and ranks are there.
"""

from __future__ import annotations

from selenium.webdriver.common.by import By

from test_meeting_sign_in import tap
from test_member_record import DEMO_PASSWORD, follow, log_in, mark_page, navigated_away, text_of, wait_for, wait_for_path


def test_member_sees_their_points_and_rank(phones, base_url):
    # setup
    member = phones()
    log_in(member, base_url, "member1", DEMO_PASSWORD)
    wait_for_path(member, "/", "after logging in as member1")

    # MUT: one tap from the home page, then the whole year
    follow(member, wait_for(member, "a[href='/points/mine']", "the my-points button on the home page"))
    wait_for_path(member, "/points/mine", "my points")
    period = member.find_element(By.CSS_SELECTOR, "input[name=period]")
    this_year = (period.get_attribute("value") or "")[:4]  # the default period is this month, e.g. 2026-11
    assert this_year.isdigit(), period.get_attribute("value")
    period.clear()
    period.send_keys(this_year)
    mark_page(member)
    tap(member, member.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    navigated_away(member, "choosing the year")
    wait_for(member, "#points-balance", "the balance after choosing the year")

    # validate: a balance, a rank in each organisation, and a history naming rules and sources
    assert text_of(member.find_element(By.CSS_SELECTOR, "#points-balance")).isdigit()
    ranks = [text_of(li) for li in member.find_elements(By.CSS_SELECTOR, "ul.ranks li")]
    assert ranks, "no rank shown"
    assert any("第" in r and "名" in r for r in ranks), ranks
    history = member.find_elements(By.CSS_SELECTOR, "ul.points li.point-entry")
    assert history, "no history shown"
    assert any("自动计入" in text_of(li) for li in history), "no automatic entry with its source"

    # and the ranking of the branch is one tap away
    follow(member, member.find_element(By.CSS_SELECTOR, "ul.ranks li a"))
    wait_for(member, "table.ranking tr.me", "the member's own line in the ranking")
