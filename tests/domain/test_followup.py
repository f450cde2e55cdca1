"""Agenda items from every kind of description, the follow-up draft per language, the no-show
note, and the ways out (mailto, .eml) with hostile text."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import time
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from timeward.calendars.html_text import html_to_text, looks_like_html
from timeward.domain.agenda import AgendaItem, parse_agenda, parse_agenda_items
from timeward.domain.checklist import Checklist
from timeward.domain.followup import followup_book, followup_draft, no_show_note, recipients
from timeward.domain.mail import Draft, eml_bytes, mailto_url, one_line, valid_address
from timeward.domain.model import Occurrence, Person
from timeward.domain.phrases import TemplateProblem
from timeward.storage.templates import load_followup

ICT = dt.timezone(dt.timedelta(hours=7))
ME = Person("me@example.com", "Me")
GALA = Occurrence("gala", dt.datetime(2026, 10, 14, 2, tzinfo=dt.UTC), dt.datetime(2026, 10, 14, 3, tzinfo=dt.UTC),
                  "October awards gala planning", organizer=ME,
                  attendees=(ME, Person("anna@client.example", "Anna Lee"), Person("ben@client.example", "")))
AGENDA = Checklist((AgendaItem("Venue", True), AgendaItem("Budget projection"), AgendaItem("Catering")))


@pytest.mark.parametrize(("description", "expected"), [
    ("- Venue\n* Budget\n• Catering", ["Venue", "Budget", "Catering"]),
    ("1. Venue\n2) Budget\n10. Catering", ["Venue", "Budget", "Catering"]),
    ("[ ] Venue\n[x] Budget\n☐ Catering\n☑ Music", ["Venue", "Budget", "Catering", "Music"]),
    ("Hi all,\n\nAgenda:\nVenue\nBudget\n\nThanks", ["Venue", "Budget"]),
    ("Chương trình:\n1. Ngân sách quý IV\n2. Tiến độ dự án", ["Ngân sách quý IV", "Tiến độ dự án"]),
    ("วาระ\n- งบประมาณไตรมาสที่สี่\n- กำหนดการ", ["งบประมาณไตรมาสที่สี่", "กำหนดการ"]),
    ("Agenda rapat:\nAnggaran\nJadwal", ["Anggaran", "Jadwal"]),
    ("Agenda: budget; timeline", ["budget", "timeline"]),
], ids=["bullets", "numbered", "checkboxes", "agenda-section", "vietnamese", "thai", "indonesian", "inline"])
def test_agenda_items_are_read_from_plain_descriptions(description, expected):
    assert list(parse_agenda(description)) == expected


def test_ticked_checkboxes_are_already_covered():
    ticked = [i.covered for i in parse_agenda_items("[ ] a\n[x] b\n☐ c\n☑ d\n- [X] e")]
    assert ticked == [False, True, False, True, True]


def test_google_and_outlook_html_descriptions_become_items():
    google = ("Let's plan.<br><b>Agenda:</b><ul><li>Venue &amp; date</li><li>Budget <i>projection</i></li></ul>"
              "<br>Join: <a href=\"https://meet.google.com/abc-defg-hij\">meet</a>")
    assert looks_like_html(google) and not looks_like_html("a < b and c > d")
    assert list(parse_agenda(html_to_text(google))) == ["Venue & date", "Budget projection"]
    outlook = ("<html><head><style>p {color:red}</style></head><body><p class=MsoNormal>Chương trình:</p>"
               "<ol><li>Ngân sách</li><li>Tiến độ</li></ol><script>alert(1)</script></body></html>")
    text = html_to_text(outlook)
    assert "alert" not in text and "color" not in text
    assert list(parse_agenda(text)) == ["Ngân sách", "Tiến độ"]


def test_an_html_description_from_a_calendar_is_stored_as_text(calendar_bytes):
    from timeward.calendars.ics import read_calendar

    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:h\r\n"
            b"DTSTAMP:20261014T000000Z\r\n"
            b"DTSTART:20261014T020000Z\r\nDTEND:20261014T030000Z\r\nSUMMARY:Gala\r\n"
            b"DESCRIPTION:Agenda\\nVenue\\nBudget\r\n"
            b"X-ALT-DESC;FMTTYPE=text/html:<ul><li>Venue</li><li>Budget projection</li></ul>\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    window = (dt.datetime(2026, 10, 13, tzinfo=dt.UTC), dt.datetime(2026, 10, 15, tzinfo=dt.UTC))
    [occurrence] = read_calendar(data, window, dt.UTC).occurrences
    assert occurrence.description == "- Venue\n- Budget projection"


def test_a_huge_description_is_capped_quickly():
    """Case 23: 100 KB, thousands of lines: parsed at once, capped in count and length."""
    description = "Agenda:\n" + "\n".join(f"- item {i} " + "x" * 40 for i in range(2500)) + "\n" + "y" * 5000
    began = time.perf_counter()
    items = parse_agenda(description)
    assert time.perf_counter() - began < 0.5
    assert len(items) == 50 and all(len(i) <= 300 for i in items)
    draft = followup_draft(GALA, Checklist.from_description(description), load_followup("en")[0], ICT)
    assert draft.body.count("\n- ") <= 21 and "(+30)" in draft.body


def test_the_checklist_is_edited_reordered_and_ticked():
    checklist = AGENDA.added("  Music   list ").moved(3, 0).edited(2, "Budget projection for 2027").toggled(3)
    assert [i.text for i in checklist.items] == ["Music list", "Venue", "Budget projection for 2027", "Catering"]
    assert checklist.top_uncovered == "Music list"
    assert [i.text for i in checklist.covered] == ["Venue", "Catering"]
    assert checklist.edited(0, "  ").items[0].text == "Venue"  # emptied: removed
    assert [i.covered for i in AGENDA.with_covered({2}).items] == [False, True, False]


def test_the_english_draft_has_its_shape():
    draft = followup_draft(GALA, AGENDA, load_followup("en")[0], ICT, [ME.email])
    assert draft.to == ("anna@client.example", "ben@client.example")
    assert draft.subject == "Follow-up: October awards gala planning — 14 October 2026"
    lines = draft.body.split("\n")
    assert lines[0] == "Hello Anna," and "sums up our call" in lines[2]
    assert lines.index("What we settled:") < lines.index("- Venue") < lines.index(
        "What we did not get to:") < lines.index("- Budget projection") < lines.index("- Catering")
    assert draft.body.count("I will send you my proposal") == 1  # the next step, said once for the list
    assert "we settled Venue; for Budget projection and Catering" in draft.body
    assert lines[-1] == "Best regards,"


@pytest.mark.parametrize(("language", "subject", "words"), [
    ("vi", "Theo dõi: October awards gala planning — ngày 14 tháng 10 năm 2026",
     ["Những điều đã thống nhất", "Trân trọng"]),
    ("th", "ติดตามผล: October awards gala planning — 14 ตุลาคม 2569", ["เรื่องที่ได้ข้อสรุปแล้ว", "ขอแสดงความนับถือ"]),
    ("id", "Tindak lanjut: October awards gala planning — 14 Oktober 2026",
     ["Yang sudah disepakati", "Salam hormat"]),
])
def test_the_draft_in_each_language(language, subject, words):
    book, problem = load_followup(language)
    draft = followup_draft(GALA, AGENDA, book, ICT, [ME.email])
    assert problem is None and draft.subject == subject
    assert all(word in draft.body for word in words) and "Budget projection" in draft.body


def test_a_users_template_is_used_and_a_broken_one_falls_back_with_a_reason(tmp_path):
    folder = tmp_path / "templates" / "en"
    folder.mkdir(parents=True)
    (folder / "followup.toml").write_text('subject = "Recap of $meeting ($date)"\nsignoff = "Cheers,"\n')
    book, problem = load_followup("en", tmp_path)
    assert problem is None and followup_draft(GALA, AGENDA, book, ICT).subject.startswith("Recap of October")
    (folder / "followup.toml").write_text('subject = "Recap of $meting"\n')
    book, problem = load_followup("en", tmp_path)
    assert "unknown placeholders: meting" in problem and "built-in" in problem
    assert followup_draft(GALA, AGENDA, book, ICT).subject.startswith("Follow-up:")
    with pytest.raises(TemplateProblem, match="months"):
        followup_book("en", {**load_followup("en")[0].templates, "months": ["Jan"]})


def test_recipients_are_the_others_else_the_organizer_and_only_valid_addresses():
    assert [p.email for p in recipients(GALA, [ME.email])] == ["anna@client.example", "ben@client.example"]
    alone = Occurrence("x", GALA.start, GALA.end, "Call", organizer=Person("client@corp.example", "Client"),
                       attendees=(ME,))
    assert [p.email for p in recipients(alone, [ME.email])] == ["client@corp.example"]
    hostile = Occurrence("x", GALA.start, GALA.end, "Call", description="mail boss@evil.example",
                         attendees=(Person("a@b.example\r\nBcc: x@evil.example", ""), Person("ok@good.example", "")))
    assert [p.email for p in recipients(hostile, [])] == ["ok@good.example"]  # a hostile address never becomes one
    for bad in ("a@b", "a b@c.example", "a@b.example,c@d.example", "<a@b.example>", "a@-b.example"):
        assert not valid_address(bad)
    assert valid_address("first.last+tag@xn--bcher-kva.example") and valid_address("an@bücher.example")


def test_the_no_show_note_says_how_long_and_adds_the_policy_line():
    note = no_show_note(GALA, dt.timedelta(minutes=10, seconds=30), load_followup("en")[0], ICT, [ME.email],
                        "Calls cancelled less than 24 hours ahead are billed in full.")
    assert note.to == ("anna@client.example", "ben@client.example")
    assert "I waited 10 minutes for our call “October awards gala planning” at 09:00 on 14 October 2026" in note.body
    assert "another time" in note.body and "billed in full" in note.body
    plain = no_show_note(GALA, dt.timedelta(minutes=10), load_followup("vi")[0], ICT, [ME.email])
    assert "Tôi đã chờ 10 phút" in plain.body and "điều khoản" not in plain.body


HOSTILE = ["Budget &cc=evil@x.example", "?subject=Pwned", "#fragment", "1+1 plan", "%0D%0ABcc: evil@x.example",
           "line\r\nBcc: evil@x.example"]


def test_mailto_keeps_exactly_the_intended_recipients_and_subject():
    """Case 51: every value percent-encoded, `+` as %2B, no CR/LF in the subject."""
    draft = followup_draft(GALA, Checklist(tuple(AgendaItem(t) for t in HOSTILE)), load_followup("en")[0], ICT,
                           [ME.email])
    draft = Draft(draft.to, "Follow-up\r\nBcc: evil@x.example", draft.body, draft.names)
    url = mailto_url(draft, limit=100_000)
    assert url is not None and "+" not in url and "\n" not in url and "\r" not in url.replace("%0D", "")
    parts = urlsplit(url)
    assert unquote(parts.path).split(",") == ["anna@client.example", "ben@client.example"]
    query = parse_qs(parts.query, keep_blank_values=True)
    assert set(query) == {"subject", "body"}
    assert query["subject"] == ["Follow-up Bcc: evil@x.example"]
    assert all(item.replace("\r\n", "\r\n") .split("\r\n")[0] in query["body"][0] for item in HOSTILE)
    assert "%2B" in url


def test_a_long_draft_is_too_long_for_mailto():
    draft = Draft(("a@b.example",), "Subject", "x" * 3000)
    assert mailto_url(draft) is None and mailto_url(Draft(("a@b.example",), "S", "short")) is not None


def test_the_eml_is_a_draft_that_parses_back_without_injected_headers():
    draft = Draft(("anna@client.example", "not an address", "ben@client.example"),
                  "Follow-up: Gala\r\nBcc: evil@x.example",
                  "Chương trình — งบประมาณ\n- Venue\nBcc: inside@body.example",
                  ("Anna \"Boss\" Lee\r\nBcc: evil@x.example", "", "Bến"))
    message = email.message_from_bytes(eml_bytes(draft), policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert [a.addr_spec for a in message["To"].addresses] == ["anna@client.example", "ben@client.example"]
    assert message["Bcc"] is None and message["Cc"] is None
    assert message["Subject"] == "Follow-up: Gala Bcc: evil@x.example"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == draft.body  # the body, Unicode intact, as text
    assert one_line("a\u2028b\x85c\td") == "a b c d"


def test_edited_drafts_keep_names_and_report_bad_addresses():
    draft = Draft(("anna@client.example",), "S", "B", ("Anna",))
    edited = draft.edited("anna@client.example; new@client.example, oops", "S2", "B2")
    assert edited.to == ("anna@client.example", "new@client.example", "oops") and edited.names == ("Anna", "", "")
    assert edited.invalid_addresses == ("oops",)


def test_a_call_of_an_earlier_day_is_thanked_for_on_its_day_and_one_open_item_reads_as_one():
    draft = followup_draft(GALA, AGENDA.with_covered({1, 2}), load_followup("en")[0], ICT, [ME.email],
                           today=dt.date(2026, 10, 20))
    assert "Thank you for your time on 14 October 2026." in draft.body and "today" not in draft.body
    assert "I will send you my proposal for it by e-mail" in draft.body
    same_day = followup_draft(GALA, AGENDA, load_followup("en")[0], ICT, today=dt.date(2026, 10, 14))
    assert "Thank you for your time today." in same_day.body
    for language in ("vi", "th", "id"):
        book = load_followup(language)[0]
        assert followup_draft(GALA, AGENDA, book, ICT, today=dt.date(2026, 10, 20)).body != followup_draft(
            GALA, AGENDA, book, ICT, today=dt.date(2026, 10, 14)).body


def test_one_minute_of_waiting_is_one_minute():
    note = no_show_note(GALA, dt.timedelta(minutes=1, seconds=20), load_followup("en")[0], ICT, [ME.email])
    assert "I waited a minute for our call" in note.body and "1 minutes" not in note.body


def test_which_draft_a_call_that_ended_is_worth():
    """The rule the tray follows when a call ends: a follow-up, a no-show note with the wait, or
    nothing for a call that is not over or was time with oneself."""
    from timeward.domain.checklist import Checklist
    from timeward.domain.followup import draft_for
    from timeward.domain.guard import CallOutcome
    from timeward.domain.model import Occurrence, Person
    from timeward.domain.phases import Phase

    start = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
    call = Occurrence("c", start, start + dt.timedelta(hours=1), "Call", attendees=(Person("client@acme.example"),))
    alone = Occurrence("f", start, start + dt.timedelta(hours=1), "Focus time")

    def outcome(occurrence, phase, ended_at=None):
        return CallOutcome(occurrence, phase, None, ended_at, dt.timedelta(0), dt.timedelta(0), False)

    empty = Checklist()
    now = start + dt.timedelta(hours=2)
    assert draft_for(outcome(call, Phase.ENDED, start + dt.timedelta(hours=1)), empty, [], now) == ("followup", None)
    assert draft_for(outcome(call, Phase.NO_SHOW, start + dt.timedelta(minutes=10)), empty, [], now) == (
        "no_show", dt.timedelta(minutes=10))
    assert draft_for(outcome(alone, Phase.ENDED), empty, [], now) is None  # nobody to write to, nothing open
    assert draft_for(outcome(call, Phase.IN_CALL), empty, [], now) is None
