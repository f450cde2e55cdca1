"""The built-in demo calendar, generated around ``now`` so that a new user sees every phase.

A call that began a minute ago (with an agenda), a back-to-back call right after it, and a call
later on whose guest will be late. Times are rounded to whole minutes. Calls of the past days
(``demo_recent_calls``) let the demo offer follow-ups. Its texts come in each language the app
speaks (``TEXTS``), so a new user's first look is in their own.
"""

from __future__ import annotations

import datetime as dt

from timeward.domain.model import Occurrence, Person, Status

DEMO_CALENDAR = "Demo"
ME = Person("you@example.com", "You")

#: The demo's titles and agendas in each language the app speaks (English where one is missing).
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "kickoff": "Website redesign kickoff with Acme",
        "kickoff_agenda": "Agenda:\n1. Goals and audience for the new site\n2. Budget projection for phase one\n"
                          "3. Timeline and milestones\n4. Who signs off on the designs\n",
        "review": "Weekly review with Minh (back to back)",
        "review_agenda": "- Invoice for October\n- Next sprint scope\n- Open questions on the API",
        "intro": "Intro call with a new client (often late)",
        "intro_agenda": "Agenda:\nWhat they need\nBudget and timing\nNext steps",
        "gala": "October awards gala planning",
        "gala_agenda": "Agenda:\n- Venue shortlist\n- Catering budget\n- Guest list deadline\n- Sponsor slides",
        "audit": "Accessibility audit findings",
        "audit_agenda": "1. Colour contrast on the checkout\n2. Keyboard traps in the menu\n3. Fix schedule",
        "retainer": "Retainer renewal with Minh",
        "retainer_agenda": "- Hours used in October\n- New rate from January",
    },
    "vi": {
        "kickoff": "Khởi động dự án thiết kế lại website với Acme",
        "kickoff_agenda": "Nội dung:\n1. Mục tiêu và đối tượng của website mới\n2. Dự toán ngân sách giai đoạn một\n"
                          "3. Tiến độ và các mốc\n4. Ai duyệt bản thiết kế\n",
        "review": "Họp tổng kết tuần với Minh (liền kề)",
        "review_agenda": "- Hóa đơn tháng 10\n- Phạm vi sprint tới\n- Câu hỏi còn mở về API",
        "intro": "Gọi làm quen với khách hàng mới (hay đến muộn)",
        "intro_agenda": "Nội dung:\nKhách cần gì\nNgân sách và thời gian\nCác bước tiếp theo",
        "gala": "Lên kế hoạch đêm trao giải tháng 10",
        "gala_agenda": "Nội dung:\n- Danh sách địa điểm\n- Ngân sách tiệc\n- Hạn chốt khách mời\n- Slide nhà tài trợ",
        "audit": "Kết quả đánh giá khả năng tiếp cận",
        "audit_agenda": "1. Độ tương phản màu ở trang thanh toán\n2. Bẫy bàn phím trong menu\n3. Lịch sửa lỗi",
        "retainer": "Gia hạn hợp đồng với Minh",
        "retainer_agenda": "- Số giờ đã dùng trong tháng 10\n- Đơn giá mới từ tháng 1",
    },
    "th": {
        "kickoff": "ประชุมเริ่มโครงการปรับโฉมเว็บไซต์กับ Acme",
        "kickoff_agenda": "วาระ:\n1. เป้าหมายและกลุ่มเป้าหมายของเว็บไซต์ใหม่\n2. ประมาณการงบประมาณระยะแรก\n"
                          "3. กำหนดเวลาและหมุดหมาย\n4. ใครเป็นผู้อนุมัติงานออกแบบ\n",
        "review": "ประชุมทบทวนประจำสัปดาห์กับ Minh (ต่อกันทันที)",
        "review_agenda": "- ใบแจ้งหนี้เดือนตุลาคม\n- ขอบเขตสปรินต์ถัดไป\n- คำถามที่ค้างเรื่อง API",
        "intro": "ประชุมแนะนำตัวกับลูกค้าใหม่ (มักมาช้า)",
        "intro_agenda": "วาระ:\nสิ่งที่ลูกค้าต้องการ\nงบประมาณและระยะเวลา\nขั้นตอนถัดไป",
        "gala": "วางแผนงานมอบรางวัลเดือนตุลาคม",
        "gala_agenda": "วาระ:\n- สถานที่ที่คัดไว้\n- งบอาหาร\n- กำหนดส่งรายชื่อแขก\n- สไลด์ผู้สนับสนุน",
        "audit": "ผลการตรวจสอบการเข้าถึง",
        "audit_agenda": "1. ความต่างของสีในหน้าชำระเงิน\n2. จุดที่คีย์บอร์ดติดในเมนู\n3. กำหนดการแก้ไข",
        "retainer": "ต่อสัญญาจ้างรายเดือนกับ Minh",
        "retainer_agenda": "- ชั่วโมงที่ใช้ในเดือนตุลาคม\n- อัตราใหม่ตั้งแต่มกราคม",
    },
    "id": {
        "kickoff": "Rapat awal desain ulang situs web dengan Acme",
        "kickoff_agenda": "Agenda:\n1. Tujuan dan sasaran situs baru\n2. Proyeksi anggaran tahap satu\n"
                          "3. Jadwal dan tonggak\n4. Siapa yang menyetujui desain\n",
        "review": "Tinjauan mingguan dengan Minh (berurutan)",
        "review_agenda": "- Tagihan Oktober\n- Cakupan sprint berikutnya\n- Pertanyaan terbuka soal API",
        "intro": "Rapat perkenalan dengan klien baru (sering terlambat)",
        "intro_agenda": "Agenda:\nKebutuhan mereka\nAnggaran dan waktu\nLangkah berikutnya",
        "gala": "Perencanaan malam penghargaan Oktober",
        "gala_agenda": "Agenda:\n- Daftar pilihan tempat\n- Anggaran katering\n- Batas daftar tamu\n- Slide sponsor",
        "audit": "Temuan audit aksesibilitas",
        "audit_agenda": "1. Kontras warna di halaman pembayaran\n2. Jebakan keyboard di menu\n3. Jadwal perbaikan",
        "retainer": "Perpanjangan kontrak bulanan dengan Minh",
        "retainer_agenda": "- Jam terpakai di bulan Oktober\n- Tarif baru mulai Januari",
    },
}


def _texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


def demo_occurrences(now: dt.datetime, language: str = "en") -> list[Occurrence]:
    text = _texts(language)
    base = now.astimezone(dt.UTC).replace(second=0, microsecond=0)
    first_start = base - dt.timedelta(minutes=1)
    first_end = first_start + dt.timedelta(minutes=16)
    second_end = first_end + dt.timedelta(minutes=25)
    third_start = second_end + dt.timedelta(minutes=15)
    day = base.strftime("%Y%m%d")
    return [
        Occurrence(
            uid=f"demo-kickoff-{day}@timeward",
            start=first_start,
            end=first_end,
            summary=text["kickoff"],
            calendar=DEMO_CALENDAR,
            status=Status.CONFIRMED,
            join_url="https://meet.jit.si/timeward-demo-kickoff",
            description=text["kickoff_agenda"],
            organizer=ME,
            attendees=(ME, Person("dana@acme.example", "Dana Reyes")),
        ),
        Occurrence(
            uid=f"demo-review-{day}@timeward",
            start=first_end,
            end=second_end,
            summary=text["review"],
            calendar=DEMO_CALENDAR,
            status=Status.CONFIRMED,
            join_url="https://meet.jit.si/timeward-demo-review",
            description=text["review_agenda"],
            organizer=Person("minh@studio.example", "Minh Tran"),
            attendees=(ME, Person("minh@studio.example", "Minh Tran")),
        ),
        Occurrence(
            uid=f"demo-intro-{day}@timeward",
            start=third_start,
            end=third_start + dt.timedelta(minutes=30),
            summary=text["intro"],
            calendar=DEMO_CALENDAR,
            status=Status.CONFIRMED,
            join_url="https://meet.jit.si/timeward-demo-intro",
            description=text["intro_agenda"],
            organizer=ME,
            attendees=(ME, Person("putri@nusantara.example", "Putri Wulandari")),
        ),
    ]


def demo_recent_calls(now: dt.datetime, language: str = "en") -> list[Occurrence]:
    """The demo's calls of the past days (for "Follow up on a recent call"), with agendas."""
    text = _texts(language)
    day = now.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)

    def call(days_ago: int, hour: int, minutes: int, slug: str, summary: str, description: str,
             guest: Person) -> Occurrence:
        start = day - dt.timedelta(days=days_ago) + dt.timedelta(hours=hour)
        return Occurrence(uid=f"demo-{slug}-{start:%Y%m%d}@timeward", start=start,
                          end=start + dt.timedelta(minutes=minutes), summary=summary, calendar=DEMO_CALENDAR,
                          status=Status.CONFIRMED, description=description, organizer=ME, attendees=(ME, guest))

    return [
        call(1, 9, 45, "gala", text["gala"], text["gala_agenda"], Person("anna@events.example", "Anna Novak")),
        call(2, 14, 30, "audit", text["audit"], text["audit_agenda"], Person("dana@acme.example", "Dana Reyes")),
        call(4, 3, 60, "retainer", text["retainer"], text["retainer_agenda"],
             Person("minh@studio.example", "Minh Tran")),
    ]
