<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th_TH">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a CalDAV account</source>
        <translation>เพิ่มบัญชี CalDAV</translation>
    </message>
    <message>
        <source>Server or host name</source>
        <translation>เซิร์ฟเวอร์หรือชื่อโฮสต์</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>รหัสผ่านจะเก็บไว้ในที่เก็บกุญแจของระบบ ไม่เคยบันทึกลงไฟล์</translation>
    </message>
    <message>
        <source>Fill in the server, the user name and the password.</source>
        <translation>กรอกเซิร์ฟเวอร์ ชื่อผู้ใช้ และรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Say: “%1”</source>
        <translation>พูดว่า: “%1”</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>ยังไม่ได้คุย: %1</translation>
    </message>
    <message>
        <source>(This came due while your computer was asleep.)</source>
        <translation>(ถึงเวลาแจ้งเตือนนี้ขณะที่คอมพิวเตอร์พักเครื่องอยู่)</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>สรุปปิดท้าย</translation>
    </message>
    <message>
        <source>Extend +5</source>
        <translation>ต่อเวลา +5</translation>
    </message>
    <message>
        <source>Extend +10</source>
        <translation>ต่อเวลา +10</translation>
    </message>
    <message>
        <source>Extend +15</source>
        <translation>ต่อเวลา +15</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิดไว้ก่อน</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Snooze 1 min</source>
        <translation>เตือนอีกใน 1 นาที</translation>
    </message>
    <message>
        <source>Cancel and record a no-show, or give them a little longer?</source>
        <translation>ยกเลิกและบันทึกว่าไม่เข้าร่วม หรือรออีกสักครู่</translation>
    </message>
    <message>
        <source>They joined</source>
        <translation>อีกฝ่ายเข้าแล้ว</translation>
    </message>
    <message>
        <source>Cancel and record a no-show…</source>
        <translation>ยกเลิกและบันทึกว่าไม่เข้าร่วม…</translation>
    </message>
    <message>
        <source>Wait 5 more minutes</source>
        <translation>รออีก 5 นาที</translation>
    </message>
    <message>
        <source>Booked outside your working hours</source>
        <translation>นัดนอกเวลาทำงานของคุณ</translation>
    </message>
    <message>
        <source>Over %1's monthly budget</source>
        <translation>เกินงบประมาณรายเดือนของ %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>คัดลอกคำตอบ</translation>
    </message>
    <message>
        <source>Call starting soon</source>
        <translation>การประชุมใกล้เริ่มแล้ว</translation>
    </message>
    <message>
        <source>%1 starts at %2</source>
        <translation>%1 เริ่มเวลา %2</translation>
    </message>
    <message>
        <source>Scheduled time is up</source>
        <translation>หมดเวลาที่กำหนดแล้ว</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Timeward could not change what starts at login: %1</source>
        <extracomment>How long a tray started at login waits for the panel's tray before its timer window stands in. Calendars are re-read this often even when no file changed (the window moves with the day).</extracomment>
        <translation>Timeward เปลี่ยนการเปิดโปรแกรมตอนเข้าสู่ระบบไม่ได้: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <source>The journal was damaged: what could be read was kept…</source>
        <translation>บันทึกเสียหาย: เก็บส่วนที่อ่านได้ไว้แล้ว…</translation>
    </message>
    <message>
        <source>config.toml could not be read: the defaults are used…</source>
        <translation>อ่าน config.toml ไม่ได้: ใช้ค่าเริ่มต้นแทน…</translation>
    </message>
    <message>
        <source>Everything else in the file is used. Nothing in it is overwritten: before Timeward saves settings, it keeps a copy of the file as it is.</source>
        <translation>ส่วนอื่นในไฟล์ยังใช้งานอยู่ ไม่มีสิ่งใดถูกเขียนทับ: ก่อนบันทึกการตั้งค่า Timeward จะเก็บสำเนาของไฟล์ไว้ตามเดิม</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>บันทึกการตั้งค่าไม่ได้: %1</translation>
    </message>
    <message>
        <source>config.toml had settings that could not be used; the file as it was is kept as %1</source>
        <translation>config.toml มีการตั้งค่าที่ใช้ไม่ได้ ไฟล์เดิมถูกเก็บไว้ที่ %1</translation>
    </message>
    <message>
        <source>Timeward seems to be running already, but it does not answer. Close it and try again.</source>
        <extracomment>A URL's query and anything after "mailto:": Qt's own warnings quote the URLs it could not open, and a mailto: URL carries the whole mail.</extracomment>
        <translation>ดูเหมือน Timeward กำลังทำงานอยู่แต่ไม่ตอบสนอง ปิดโปรแกรมแล้วลองใหม่</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Outside your working hours</source>
        <extracomment>How long "Snooze 1 min" puts the start reminder away. The sentence that sets the end is shown this long after the call begins.</extracomment>
        <translation>นอกเวลาทำงานของคุณ</translation>
    </message>
    <message>
        <source>No-show recorded</source>
        <translation>บันทึกว่าไม่เข้าร่วมแล้ว</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Follow-up draft ready</source>
        <translation>ร่างอีเมลติดตามผลพร้อมแล้ว</translation>
    </message>
    <message>
        <source>A note to send</source>
        <translation>ข้อความที่ต้องส่ง</translation>
    </message>
    <message>
        <source>It waits in the tray menu until you send or dismiss it.</source>
        <translation>ร่างนี้รออยู่ในเมนูถาดระบบจนกว่าคุณจะส่งหรือปิดทิ้ง</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>เปิดร่าง</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <source>A reminder to send</source>
        <translation>ข้อความเตือนที่ต้องส่ง</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>เปิดในแอปอีเมล</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิดไว้ก่อน</translation>
    </message>
    <message>
        <source>Record a no-show?</source>
        <translation>บันทึกว่าไม่เข้าร่วม?</translation>
    </message>
    <message>
        <source>Cancel “%1” and record that they did not come? You can undo this.</source>
        <translation>ยกเลิก “%1” และบันทึกว่าอีกฝ่ายไม่มา? เลิกทำได้ภายหลัง</translation>
    </message>
    <message>
        <source>Record no-show</source>
        <translation>บันทึกว่าไม่เข้าร่วม</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>รอต่อ</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Agenda</source>
        <translation>วาระ</translation>
    </message>
    <message>
        <source>Add an agenda item…</source>
        <translation>เพิ่มหัวข้อวาระ…</translation>
    </message>
    <message>
        <source>Ctrl+%1 ticks it</source>
        <translation>Ctrl+%1 เพื่อทำเครื่องหมาย</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client profile</source>
        <translation>โปรไฟล์ลูกค้า</translation>
    </message>
    <message>
        <source>ana@client.example, client.example</source>
        <translation>ana@client.example, client.example</translation>
    </message>
    <message>
        <source>Acme *, *workshop*</source>
        <translation>Acme *, *เวิร์กช็อป*</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ชม.</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> ชม. ก่อน</translation>
    </message>
    <message>
        <source>A session cancelled with less than 24 hours' notice is charged $50.</source>
        <translation>การยกเลิกที่แจ้งล่วงหน้าน้อยกว่า 24 ชั่วโมงมีค่าใช้จ่าย 50 ดอลลาร์</translation>
    </message>
    <message>
        <source>The app's language</source>
        <translation>ภาษาของแอป</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>ต่อชั่วโมง</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>ต่อเดือน</translation>
    </message>
    <message>
        <source>acme (its mails in templates/clients/acme/)</source>
        <translation>acme (อีเมลของลูกค้าอยู่ใน templates/clients/acme/)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Addresses and domains</source>
        <translation>ที่อยู่และโดเมน</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <source>Title patterns</source>
        <translation>รูปแบบหัวเรื่อง</translation>
    </message>
    <message>
        <source>Wait for late guests</source>
        <translation>รอผู้ที่มาช้า</translation>
    </message>
    <message>
        <source>Warn before the end</source>
        <translation>เตือนก่อนจบ</translation>
    </message>
    <message>
        <source>Remind before the start</source>
        <translation>เตือนก่อนเริ่ม</translation>
    </message>
    <message>
        <source>Reminder to send ahead</source>
        <translation>ข้อความเตือนล่วงหน้า</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>การแจ้งยกเลิกล่วงหน้า</translation>
    </message>
    <message>
        <source>Fee line</source>
        <translation>ข้อความเรื่องค่าธรรมเนียม</translation>
    </message>
    <message>
        <source>Language of mails</source>
        <translation>ภาษาของอีเมล</translation>
    </message>
    <message>
        <source>Own templates</source>
        <translation>แม่แบบเฉพาะ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>อัตรา</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Give the client a name.</source>
        <translation>ตั้งชื่อให้ลูกค้า</translation>
    </message>
    <message>
        <source>Another profile has this name.</source>
        <translation>มีโปรไฟล์อื่นใช้ชื่อนี้แล้ว</translation>
    </message>
    <message>
        <source>Say how its calls are recognised: an address, a domain, a calendar or a title.</source>
        <translation>ระบุวิธีจดจำการประชุมของลูกค้า: ที่อยู่ โดเมน ปฏิทิน หรือหัวเรื่อง</translation>
    </message>
    <message>
        <source>Not an address or a domain: %1</source>
        <translation>ไม่ใช่ที่อยู่หรือโดเมน: %1</translation>
    </message>
    <message>
        <source>A template folder is a plain name: letters, digits, - and _.</source>
        <translation>โฟลเดอร์แม่แบบต้องเป็นชื่อธรรมดา: ตัวอักษร ตัวเลข - และ _</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct the log</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
    <message>
        <source>They joined at</source>
        <translation>อีกฝ่ายเข้าเมื่อ</translation>
    </message>
    <message>
        <source>The call ended at</source>
        <translation>การประชุมจบเมื่อ</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ประชุมแล้ว</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>ไม่เข้าร่วม</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>ยกเลิกกระชั้นชิด</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>What was recorded is kept beside the correction.</source>
        <translation>ข้อมูลที่บันทึกไว้เดิมยังคงอยู่คู่กับการแก้ไข</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Follow-up: %1</source>
        <translation>ติดตามผล: %1</translation>
    </message>
    <message>
        <source>Note on a late cancellation: %1</source>
        <translation>ข้อความเรื่องการยกเลิกกระชั้นชิด: %1</translation>
    </message>
    <message>
        <source>Reminder to send: %1</source>
        <translation>ข้อความเตือนที่ต้องส่ง: %1</translation>
    </message>
    <message>
        <source>Note after a missed call: %1</source>
        <translation>ข้อความหลังการประชุมที่พลาดไป: %1</translation>
    </message>
    <message>
        <source>name@example.com, …</source>
        <translation>name@example.com, …</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>หัวเรื่อง</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>เปิดในแอปอีเมล</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>บันทึกเป็น .eml…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิดไว้ก่อน</translation>
    </message>
    <message>
        <source>Your edits could not be saved (%1). Copy the draft before you close this.</source>
        <translation>บันทึกการแก้ไขไม่ได้ (%1) คัดลอกร่างไว้ก่อนปิดหน้าต่างนี้</translation>
    </message>
    <message>
        <source>Add at least one address to send to.</source>
        <translation>เพิ่มที่อยู่ผู้รับอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>ไม่ใช่ที่อยู่อีเมล: %1</translation>
    </message>
    <message>
        <source>No mail app answered. Save the draft as .eml or copy it instead.</source>
        <translation>ไม่มีแอปอีเมลตอบสนอง บันทึกร่างเป็น .eml หรือคัดลอกแทน</translation>
    </message>
    <message>
        <source>It could not be saved: %1</source>
        <translation>บันทึกไม่ได้: %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail app.</source>
        <translation>คัดลอกแล้ว วางลงในแอปอีเมลของคุณได้เลย</translation>
    </message>
</context>
<context>
    <name>JoinLinks</name>
    <message>
        <source>Join call</source>
        <translation>เข้าร่วมการประชุม</translation>
    </message>
    <message>
        <source>Join %1 call</source>
        <translation>เข้าร่วมการประชุม %1</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>เข้าร่วม %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Join call</source>
        <translation>เข้าร่วมการประชุม</translation>
    </message>
    <message>
        <source>No browser opened the link. Copy it and open it where you join calls:</source>
        <translation>ไม่มีเบราว์เซอร์เปิดลิงก์ คัดลอกไปเปิดในที่ที่คุณใช้เข้าประชุม:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>คัดลอกลิงก์</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation><numerusform>เหลืออีก %n นาที</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in this call</source>
        <translation><numerusform>การประชุมนี้เหลืออีก %n นาที</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>They have not joined after %n minute(s)</source>
        <translation><numerusform>อีกฝ่ายยังไม่เข้าหลังผ่านไป %n นาที</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) in config.toml could not be used…</source>
        <translation><numerusform>การตั้งค่า %n รายการใน config.toml ใช้ไม่ได้…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation><numerusform>ซิงค์เมื่อ %n นาทีที่แล้ว</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation><numerusform>ซิงค์เมื่อ %n ชั่วโมงที่แล้ว</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n day(s) ago</source>
        <translation><numerusform>ซิงค์เมื่อ %n วันที่แล้ว</numerusform></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>No call now</source>
        <translation>ตอนนี้ไม่มีการประชุม</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>ใกล้เริ่มแล้ว</translation>
    </message>
    <message>
        <source>Waiting for them to join</source>
        <translation>รออีกฝ่ายเข้าร่วม</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>กำลังประชุม</translation>
    </message>
    <message>
        <source>Time to wrap up</source>
        <translation>ถึงเวลาสรุปปิดท้าย</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>จบแล้ว</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>ไม่เข้าร่วม</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>เริ่มในอีก %1</translation>
    </message>
    <message>
        <source>waiting %1 / %2</source>
        <translation>รอแล้ว %1 / %2</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>เกินเวลา %1</translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation>ถัดไป: %1 เวลา %2</translation>
    </message>
    <message>
        <source>This runs into %1 at %2</source>
        <translation>การประชุมนี้จะล้ำเข้าไปใน %1 เวลา %2</translation>
    </message>
    <message>
        <source>Timeward — next call: %1 at %2</source>
        <translation>Timeward — การประชุมถัดไป: %1 เวลา %2</translation>
    </message>
    <message>
        <source>Timeward — no calls coming up</source>
        <translation>Timeward — ไม่มีการประชุมที่กำลังจะมาถึง</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>never synced</source>
        <translation>ยังไม่เคยซิงค์</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>ซิงค์เมื่อสักครู่</translation>
    </message>
    <message>
        <source>password needed: </source>
        <translation>ต้องใช้รหัสผ่าน: </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>เซิร์ฟเวอร์ไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>the server sent no whole answer within {seconds} s</source>
        <translation>เซิร์ฟเวอร์ส่งคำตอบไม่ครบภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>the server could not be reached ({error})</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ ({error})</translation>
    </message>
    <message>
        <source>the server asks to wait (busy or rate-limited)</source>
        <translation>เซิร์ฟเวอร์ขอให้รอ (ไม่ว่างหรือจำกัดจำนวนคำขอ)</translation>
    </message>
    <message>
        <source>the server asks to wait ({status})</source>
        <translation>เซิร์ฟเวอร์ขอให้รอ ({status})</translation>
    </message>
    <message>
        <source>the server failed ({status})</source>
        <translation>เซิร์ฟเวอร์ขัดข้อง ({status})</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>เซิร์ฟเวอร์ตอบกลับ {status}</translation>
    </message>
    <message>
        <source>the server refused the request ({status})</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธคำขอ ({status})</translation>
    </message>
    <message>
        <source>the server's answer could not be used ({reason})</source>
        <translation>ใช้คำตอบของเซิร์ฟเวอร์ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <source>the server's answer is larger than {size} MiB; it is not read</source>
        <translation>คำตอบของเซิร์ฟเวอร์ใหญ่เกิน {size} MiB จึงไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>the server sent a web page, not calendar data (a sign-in page, or a network that wants you to log in first?)</source>
        <translation>เซิร์ฟเวอร์ส่งหน้าเว็บมาแทนข้อมูลปฏิทิน (อาจเป็นหน้าลงชื่อเข้าใช้ หรือเครือข่ายที่ต้องเข้าสู่ระบบก่อน)</translation>
    </message>
    <message>
        <source>the server sent an empty answer, not calendar data (a sign-in page, or a network that wants you to log in first?)</source>
        <translation>เซิร์ฟเวอร์ส่งคำตอบว่างเปล่ามาแทนข้อมูลปฏิทิน (อาจเป็นหน้าลงชื่อเข้าใช้ หรือเครือข่ายที่ต้องเข้าสู่ระบบก่อน)</translation>
    </message>
    <message>
        <source>the user name or password was not accepted</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>no password is stored for this account</source>
        <translation>ยังไม่ได้เก็บรหัสผ่านของบัญชีนี้</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>ยังไม่ได้ใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ไม่มีสิทธิ์เข้าถึง</translation>
    </message>
    <message>
        <source>not found on the server</source>
        <translation>ไม่พบบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>the feed is no longer there ({status})</source>
        <translation>ปฏิทินที่สมัครรับไม่มีอยู่แล้ว ({status})</translation>
    </message>
    <message>
        <source>the feed asks for a password; use its secret address instead</source>
        <translation>ปฏิทินที่สมัครรับต้องใช้รหัสผ่าน โปรดใช้ที่อยู่ลับของปฏิทินแทน</translation>
    </message>
    <message>
        <source>larger than {size} MiB, more than any calendar</source>
        <translation>ใหญ่เกิน {size} MiB ซึ่งมากกว่าปฏิทินใด ๆ</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ไม่มีไฟล์หรือโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>a password is never sent over plain http; use https</source>
        <translation>จะไม่ส่งรหัสผ่านผ่าน http ธรรมดา โปรดใช้ https</translation>
    </message>
    <message>
        <source>only https addresses can be used</source>
        <translation>ใช้ได้เฉพาะที่อยู่ https</translation>
    </message>
    <message>
        <source>only https, http and webcal addresses can be subscribed to</source>
        <translation>สมัครรับได้เฉพาะที่อยู่ https, http และ webcal</translation>
    </message>
    <message>
        <source>network share paths cannot be subscribed to; use an https address</source>
        <translation>สมัครรับจากโฟลเดอร์แชร์ในเครือข่ายไม่ได้ โปรดใช้ที่อยู่ https</translation>
    </message>
    <message>
        <source>the server redirects to another host ({host}); the password is not sent there</source>
        <translation>เซิร์ฟเวอร์เปลี่ยนเส้นทางไปยังโฮสต์อื่น ({host}) จึงไม่ส่งรหัสผ่านไปที่นั่น</translation>
    </message>
    <message>
        <source>the server redirects from https to plain http; the password is not sent there</source>
        <translation>เซิร์ฟเวอร์เปลี่ยนเส้นทางจาก https ไปเป็น http ธรรมดา จึงไม่ส่งรหัสผ่านไปที่นั่น</translation>
    </message>
    <message>
        <source>redirected from https to plain http; refused</source>
        <translation>ถูกเปลี่ยนเส้นทางจาก https ไปเป็น http ธรรมดา จึงปฏิเสธ</translation>
    </message>
    <message>
        <source>redirected more than {count} times</source>
        <translation>ถูกเปลี่ยนเส้นทางเกิน {count} ครั้ง</translation>
    </message>
    <message>
        <source>{what} is already a calendar here: {id} ({name}); nothing was added</source>
        <translation>{what} เป็นปฏิทินที่มีอยู่แล้ว: {id} ({name}) จึงไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <source>{address} is not a valid address ({error})</source>
        <translation>{address} ไม่ใช่ที่อยู่ที่ถูกต้อง ({error})</translation>
    </message>
    <message>
        <source>{error}; nothing was added</source>
        <translation>{error} จึงไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <source>{error}; the account was not added (the password can be kept for this session only instead)</source>
        <translation>{error} จึงยังไม่ได้เพิ่มบัญชี (เลือกเก็บรหัสผ่านไว้เฉพาะรอบการใช้งานนี้แทนได้)</translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation>ไม่ได้เพิ่มอะไร</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>ไม่ได้เปลี่ยนแปลงอะไร</translation>
    </message>
    <message>
        <source>the server's certificate is not trusted ({reason})</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ไม่น่าเชื่อถือ ({reason})</translation>
    </message>
    <message>
        <source>the server's certificate is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}; trust it only if you know it is your server's</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ไม่น่าเชื่อถือ ({reason}) ลายนิ้วมือ SHA-256 คือ {fingerprint} โปรดเชื่อถือเฉพาะเมื่อแน่ใจว่าเป็นเซิร์ฟเวอร์ของคุณ</translation>
    </message>
    <message>
        <source>it is not the certificate you trusted</source>
        <translation>ไม่ใช่ใบรับรองที่คุณเชื่อถือไว้</translation>
    </message>
    <message>
        <source>the trusted certificate could not be used ({error})</source>
        <translation>ใช้ใบรับรองที่เชื่อถือไว้ไม่ได้ ({error})</translation>
    </message>
    <message>
        <source>the server shows a certificate with the SHA-256 fingerprint {seen}, not {pinned}; {outcome}</source>
        <translation>เซิร์ฟเวอร์แสดงใบรับรองที่มีลายนิ้วมือ SHA-256 {seen} ไม่ใช่ {pinned} — {outcome}</translation>
    </message>
    <message>
        <source>the server could not be reached to compare its certificate with {pinned}; {outcome}</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ จึงเทียบใบรับรองกับ {pinned} ไม่ได้ — {outcome}</translation>
    </message>
    <message>
        <source>connected to {label} as {user}: {count} calendar(s) found</source>
        <translation>เชื่อมต่อกับ {label} ในชื่อ {user} แล้ว: พบปฏิทิน {count} รายการ</translation>
    </message>
    <message>
        <source>(no calendars with events)</source>
        <translation>(ไม่มีปฏิทินที่มีกิจกรรม)</translation>
    </message>
    <message>
        <source>{what} must be {rule}, not {value}; {outcome}</source>
        <translation>{what} ต้องเป็น {rule} ไม่ใช่ {value} — {outcome}</translation>
    </message>
    <message>
        <source>{what} must be {rule}, not {value}</source>
        <translation>{what} ต้องเป็น {rule} ไม่ใช่ {value}</translation>
    </message>
    <message>
        <source>{what} must be {rule}</source>
        <translation>{what} ต้องเป็น {rule}</translation>
    </message>
    <message>
        <source>{what} needs '{key}'</source>
        <translation>{what} ต้องมี '{key}'</translation>
    </message>
    <message>
        <source>unknown setting '{key}' is ignored</source>
        <translation>ไม่รู้จักการตั้งค่า '{key}' จึงข้ามไป</translation>
    </message>
    <message>
        <source>unknown setting '{key}' (did you mean '{close}'?) is ignored</source>
        <translation>ไม่รู้จักการตั้งค่า '{key}' (หมายถึง '{close}' หรือไม่) จึงข้ามไป</translation>
    </message>
    <message>
        <source>'{key}' must hold only [[{key}]] tables; the other entries are ignored</source>
        <translation>'{key}' ต้องมีเฉพาะตาราง [[{key}]] รายการอื่นจึงถูกข้ามไป</translation>
    </message>
    <message>
        <source>{what}: {word} is neither a date (2026-12-24) nor a weekday; it is ignored</source>
        <translation>{what}: {word} ไม่ใช่ทั้งวันที่ (2026-12-24) และวันในสัปดาห์ จึงข้ามไป</translation>
    </message>
    <message>
        <source>schema {schema} is not known to this version of Timeward; reading what it can</source>
        <translation>Timeward รุ่นนี้ไม่รู้จัก schema {schema} จะอ่านเท่าที่อ่านได้</translation>
    </message>
    <message>
        <source>{what} needs a 'name' and something to recognise the client by ('match': addresses or domains, 'calendars' or 'titles'); it is ignored</source>
        <translation>{what} ต้องมี 'name' และสิ่งที่ใช้ระบุลูกค้า ('match': ที่อยู่หรือโดเมน, 'calendars' หรือ 'titles') จึงข้ามไป</translation>
    </message>
    <message>
        <source>{what} {error}; it is ignored</source>
        <translation>{what} {error} จึงข้ามไป</translation>
    </message>
    <message>
        <source>{error}; that calendar is left out until it is fixed</source>
        <translation>{error} ปฏิทินนั้นจะถูกเว้นไว้จนกว่าจะแก้ไข</translation>
    </message>
    <message>
        <source>{what} has the id {id} of an earlier one; it is left out</source>
        <translation>{what} มี id {id} ซ้ำกับรายการก่อนหน้า จึงถูกเว้นไว้</translation>
    </message>
    <message>
        <source>{error}; using the defaults</source>
        <translation>{error} จึงใช้ค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>it is ignored</source>
        <translation>จึงข้ามไป</translation>
    </message>
    <message>
        <source>using {value}</source>
        <translation>จึงใช้ {value}</translation>
    </message>
    <message>
        <source>no calendar is synced</source>
        <translation>จึงไม่มีปฏิทินใดถูกซิงค์</translation>
    </message>
    <message>
        <source>a table ([{key}])</source>
        <translation>ตาราง ([{key}])</translation>
    </message>
    <message>
        <source>a list of [[{key}]] tables</source>
        <translation>รายการตาราง [[{key}]]</translation>
    </message>
    <message>
        <source>a number of minutes between 0 and 1440</source>
        <translation>จำนวนนาทีระหว่าง 0 ถึง 1440</translation>
    </message>
    <message>
        <source>a number between 0 and {most}</source>
        <translation>ตัวเลขระหว่าง 0 ถึง {most}</translation>
    </message>
    <message>
        <source>a whole number from 1 to 1440</source>
        <translation>จำนวนเต็มตั้งแต่ 1 ถึง 1440</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>รายการข้อความ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true หรือ false</translation>
    </message>
    <message>
        <source>a list of your e-mail addresses</source>
        <translation>รายการที่อยู่อีเมลของคุณ</translation>
    </message>
    <message>
        <source>a list of calendar addresses</source>
        <translation>รายการที่อยู่ปฏิทิน</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>หนึ่งใน {choices}</translation>
    </message>
    <message>
        <source>like "09:00-17:00" (or "" for a day without calls)</source>
        <translation>รูปแบบ "09:00-17:00" (หรือ "" สำหรับวันที่ไม่มีการประชุม)</translation>
    </message>
    <message>
        <source>a folder name (letters, digits, - and _)</source>
        <translation>ชื่อโฟลเดอร์ (ตัวอักษร ตัวเลข - และ _)</translation>
    </message>
    <message>
        <source>needs a 'name'</source>
        <translation>ต้องมี 'name'</translation>
    </message>
    <message>
        <source>needs a 'host' (and a 'path', if any) as text</source>
        <translation>ต้องมี 'host' (และ 'path' ถ้ามี) เป็นข้อความ</translation>
    </message>
    <message>
        <source>normalise must be one of {choices}</source>
        <translation>normalise ต้องเป็นหนึ่งใน {choices}</translation>
    </message>
    <message>
        <source>not a regular expression ({error})</source>
        <translation>ไม่ใช่นิพจน์ปรกติ ({error})</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it was set aside as {aside}, and the next sync fills a new one from your calendars</source>
        <translation>{path} เสียหาย ({error}): แยกเก็บไว้เป็น {aside} แล้ว และการซิงค์ครั้งถัดไปจะสร้างไฟล์ใหม่จากปฏิทินของคุณ</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it is set aside, and the next sync fills a new one from your calendars</source>
        <translation>{path} เสียหาย ({error}): แยกเก็บไว้แล้ว และการซิงค์ครั้งถัดไปจะสร้างไฟล์ใหม่จากปฏิทินของคุณ</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it is kept as it was in {aside}, and {read} could be read back from it</source>
        <translation>{path} เสียหาย ({error}): เก็บไว้ตามเดิมใน {aside} และอ่านกลับมาได้ {read}</translation>
    </message>
    <message>
        <source>{notice}; {more} more came from the daily copy {copy}</source>
        <translation>{notice} และได้เพิ่มอีก {more} จากสำเนารายวัน {copy}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ไม่มีอะไร</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>ฐานข้อมูลหรือดิสก์เต็ม</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>ฐานข้อมูลถูกล็อกอยู่</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>เขียนลงฐานข้อมูลที่อ่านได้อย่างเดียวไม่ได้</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>ดิสก์อ่านเขียนผิดพลาด</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>ไฟล์ฐานข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>เปิดไฟล์ฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>พื้นที่ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>ไม่มีสิทธิ์เข้าถึง</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>ระบบไฟล์อ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>no keyring is available on this system (install and unlock GNOME Keyring or KWallet)</source>
        <translation>ระบบนี้ไม่มีที่เก็บรหัสผ่าน (โปรดติดตั้งและปลดล็อก GNOME Keyring หรือ KWallet)</translation>
    </message>
    <message>
        <source>the keyring is locked; unlock it and try again</source>
        <translation>ที่เก็บรหัสผ่านถูกล็อกอยู่ โปรดปลดล็อกแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the keyring could not be opened ({error})</source>
        <translation>เปิดที่เก็บรหัสผ่านไม่ได้ ({error})</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>ที่เก็บรหัสผ่านขัดข้อง ({error})</translation>
    </message>
    <message>
        <source>the keyring ({name}) did not keep the password</source>
        <translation>ที่เก็บรหัสผ่าน ({name}) ไม่ได้เก็บรหัสผ่านไว้</translation>
    </message>
</context>
<context>
    <name>RecentCallsDialog</name>
    <message>
        <source>Follow up on a recent call</source>
        <translation>ติดตามผลการประชุมล่าสุด</translation>
    </message>
    <message>
        <source>Reading the last seven days…</source>
        <translation>กำลังอ่านข้อมูลเจ็ดวันที่ผ่านมา…</translation>
    </message>
    <message>
        <source>Draft follow-up</source>
        <translation>ร่างอีเมลติดตามผล</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>อ่านปฏิทินไม่ได้: %1</translation>
    </message>
    <message>
        <source>Calls that ended in the last seven days:</source>
        <translation>การประชุมที่จบในเจ็ดวันที่ผ่านมา:</translation>
    </message>
    <message>
        <source>No call ended in the last seven days.</source>
        <translation>ไม่มีการประชุมที่จบในเจ็ดวันที่ผ่านมา</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Held</source>
        <translation>ประชุมแล้ว</translation>
    </message>
    <message>
        <source>Late starts</source>
        <translation>เริ่มช้า</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Meeting log and report</source>
        <extracomment>What a cell sorts by when its text does not (a date as the language writes it).</extracomment>
        <translation>บันทึกการประชุมและรายงาน</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>เดือนนี้</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>ปีนี้</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>from</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Meeting log</source>
        <translation>บันทึกการประชุม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>มาช้า</translation>
    </message>
    <message>
        <source>Average lateness (min)</source>
        <translation>ช้าเฉลี่ย (นาที)</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>เกินเวลา</translation>
    </message>
    <message>
        <source>Overrun (min)</source>
        <translation>เกินเวลา (นาที)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>ไม่เข้าร่วม</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>ยกเลิกกระชั้นชิด</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>นอกเวลา</translation>
    </message>
    <message>
        <source>Follow-ups sent</source>
        <translation>ส่งติดตามผลแล้ว</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>งบที่ใช้</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>คัดลอกข้อความ</translation>
    </message>
    <message>
        <source>Make a client profile</source>
        <translation>สร้างโปรไฟล์ลูกค้า</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>ตามกำหนด</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Late (min)</source>
        <translation>ช้า (นาที)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึกย่อ</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>เพิ่มบันทึกย่อ…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>The meeting log cannot be read: the journal could not be opened.</source>
        <translation>อ่านบันทึกการประชุมไม่ได้: เปิดไฟล์บันทึกไม่ได้</translation>
    </message>
    <message>
        <source>Nothing was logged in this period.</source>
        <translation>ไม่มีการบันทึกในช่วงเวลานี้</translation>
    </message>
    <message>
        <source>held</source>
        <translation>ประชุมแล้ว</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>ไม่เข้าร่วม</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>ยกเลิกกระชั้นชิด</translation>
    </message>
    <message>
        <source>nobody answered</source>
        <translation>ไม่มีใครตอบ</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (แก้ไขแล้ว)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>%1 was late three times or more in the last 30 days.</source>
        <translation>%1 มาช้าตั้งแต่สามครั้งขึ้นไปใน 30 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>%1 cancelled late twice or more in the last 30 days.</source>
        <translation>%1 ยกเลิกกระชั้นชิดตั้งแต่สองครั้งขึ้นไปใน 30 วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>A profile for %1 was added; edit it in Settings.</source>
        <translation>เพิ่มโปรไฟล์ของ %1 แล้ว แก้ไขได้ในการตั้งค่า</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>เพิ่มบันทึกย่อ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>The log could not be changed</source>
        <translation>แก้ไขบันทึกไม่ได้</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>ส่งออก CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>เขียนไฟล์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> ชม. ก่อน</translation>
    </message>
    <message>
        <source>Timeward settings</source>
        <translation>การตั้งค่า Timeward</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>เวลาทำงาน</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>you@example.com, you@company.example</source>
        <translation>you@example.com, you@company.example</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>ภาษาของระบบ</translation>
    </message>
    <message>
        <source>Warn before the end</source>
        <translation>เตือนก่อนจบ</translation>
    </message>
    <message>
        <source>Wait for late guests</source>
        <translation>รอผู้ที่มาช้า</translation>
    </message>
    <message>
        <source>Remind before the start</source>
        <translation>เตือนก่อนเริ่ม</translation>
    </message>
    <message>
        <source>Reminder to send the client ahead</source>
        <translation>ข้อความเตือนลูกค้าล่วงหน้า</translation>
    </message>
    <message>
        <source>Time I keep between calls</source>
        <translation>เวลาเว้นระหว่างการประชุม</translation>
    </message>
    <message>
        <source>My e-mail addresses</source>
        <translation>ที่อยู่อีเมลของฉัน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>A desktop notification when a call's time is up</source>
        <translation>แจ้งเตือนบนเดสก์ท็อปเมื่อหมดเวลาประชุม</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Start Timeward when I log in</source>
        <translation>เปิด Timeward เมื่อเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>At login</source>
        <translation>ตอนเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>วันจันทร์</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>วันอังคาร</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>วันพุธ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>วันพฤหัสบดี</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>วันศุกร์</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>วันเสาร์</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>วันอาทิตย์</translation>
    </message>
    <message>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Focus day</source>
        <translation>วันโฟกัสงาน</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>วันหยุด</translation>
    </message>
    <message>
        <source>Focus dates (no calls)</source>
        <translation>วันโฟกัสงาน (ไม่รับประชุม)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ชม.</translation>
    </message>
    <message>
        <source>A session cancelled with less than 24 hours' notice is charged $50.</source>
        <translation>การยกเลิกที่แจ้งล่วงหน้าน้อยกว่า 24 ชั่วโมงมีค่าใช้จ่าย 50 ดอลลาร์</translation>
    </message>
    <message>
        <source>A call cancelled with less notice than this is logged as a late cancellation, and the note drafted for it ends with the fee line. A client profile can set its own.</source>
        <translation>การประชุมที่ถูกยกเลิกโดยแจ้งล่วงหน้าน้อยกว่านี้จะบันทึกเป็นการยกเลิกกระชั้นชิด และข้อความที่ร่างไว้จะลงท้ายด้วยข้อความเรื่องค่าธรรมเนียม โปรไฟล์ลูกค้าแต่ละรายกำหนดเองได้</translation>
    </message>
    <message>
        <source>Notice required</source>
        <translation>ต้องแจ้งล่วงหน้า</translation>
    </message>
    <message>
        <source>Fee line</source>
        <translation>ข้อความเรื่องค่าธรรมเนียม</translation>
    </message>
    <message>
        <source>A call belongs to the first profile that matches it, from the top.</source>
        <translation>การประชุมจะเป็นของโปรไฟล์แรกที่ตรงกัน โดยไล่จากบนลงล่าง</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>ไม่ใช่ที่อยู่อีเมล: %1</translation>
    </message>
    <message>
        <source>%1: the day must end after it begins.</source>
        <translation>%1: เวลาเลิกต้องอยู่หลังเวลาเริ่ม</translation>
    </message>
    <message>
        <source>Not a date like 2026-12-24: %1</source>
        <translation>ไม่ใช่วันที่ในรูปแบบ 2026-12-24: %1</translation>
    </message>
</context>
<context>
    <name>SourceDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Add a calendar subscription</source>
        <translation>เพิ่มปฏิทินที่ติดตาม</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>ไฟล์…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>โฟลเดอร์…</translation>
    </message>
    <message>
        <source>Every .ics file in a folder, as one calendar</source>
        <translation>ไฟล์ .ics ทุกไฟล์ในโฟลเดอร์ รวมเป็นปฏิทินเดียว</translation>
    </message>
    <message>
        <source>Address or file</source>
        <translation>ที่อยู่หรือไฟล์</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>ชื่อ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Secret addresses are shown shortened, never in full.</source>
        <translation>ที่อยู่ลับจะแสดงแบบย่อเสมอ ไม่แสดงเต็ม</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>เลือกไฟล์ปฏิทิน</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>ปฏิทิน (*.ics);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Choose a folder of calendar files</source>
        <translation>เลือกโฟลเดอร์ไฟล์ปฏิทิน</translation>
    </message>
    <message>
        <source>Give an address or choose a file.</source>
        <translation>ใส่ที่อยู่หรือเลือกไฟล์</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>the sync stopped (%1)</source>
        <extracomment>Passwords the user chose to keep for this session only (no keyring works here): held in memory, handed to each sync on its standard input, gone when the app quits.</extracomment>
        <translation>การซิงค์หยุดทำงาน (%1)</translation>
    </message>
</context>
<context>
    <name>SyncWindow</name>
    <message>
        <source>Calendars — Timeward</source>
        <translation>ปฏิทิน — Timeward</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ซิงค์ตอนนี้</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>เพิ่มบัญชี…</translation>
    </message>
    <message>
        <source>Add subscription…</source>
        <translation>เพิ่มปฏิทินที่ติดตาม…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Trust certificate…</source>
        <translation>เชื่อถือใบรับรอง…</translation>
    </message>
    <message>
        <source>Trust the certificate this server shows now, by its fingerprint</source>
        <translation>เชื่อถือใบรับรองที่เซิร์ฟเวอร์นี้แสดงอยู่ตอนนี้ ตามลายนิ้วมือของใบรับรอง</translation>
    </message>
    <message>
        <source>account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>ปฏิทินที่ติดตาม</translation>
    </message>
    <message>
        <source>no longer on the server; its events are kept</source>
        <translation>ไม่มีบนเซิร์ฟเวอร์แล้ว แต่ยังเก็บกิจกรรมไว้</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Guard calls in this calendar</source>
        <translation>ดูแลเวลาการประชุมในปฏิทินนี้</translation>
    </message>
    <message>
        <source>Demo calendar: the tray shows made-up calls until you add yours. Add a CalDAV account (Nextcloud, Fastmail, iCloud, Radicale…) or subscribe to a published calendar (Google, Outlook).</source>
        <translation>ปฏิทินตัวอย่าง: ถาดระบบจะแสดงการประชุมสมมติจนกว่าคุณจะเพิ่มปฏิทินของคุณ เพิ่มบัญชี CalDAV (Nextcloud, Fastmail, iCloud, Radicale…) หรือติดตามปฏิทินที่เผยแพร่ไว้ (Google, Outlook)</translation>
    </message>
    <message>
        <source>Ticked calendars are guarded: Timeward times their calls.</source>
        <translation>ปฏิทินที่ทำเครื่องหมายไว้จะได้รับการดูแล: Timeward จับเวลาการประชุมในปฏิทินเหล่านั้น</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>ลบปฏิทิน</translation>
    </message>
    <message>
        <source>Remove “%1” and its cached events? Your meeting log keeps its entries.</source>
        <translation>ลบ “%1” และกิจกรรมที่แคชไว้? บันทึกการประชุมยังเก็บรายการไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>กำลังตรวจสอบใบรับรอง…</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <source>Timeward timer</source>
        <extracomment>Below the timer's first place, room for an alert card and the platform's balloons.</extracomment>
        <translation>ตัวจับเวลา Timeward</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>They joined</source>
        <translation>อีกฝ่ายเข้าแล้ว</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>จบการประชุม</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>เมนู</translation>
    </message>
    <message>
        <source>Next call: %1</source>
        <translation>การประชุมถัดไป: %1</translation>
    </message>
</context>
<context>
    <name>TimewardApp</name>
    <message>
        <source>The draft could not be saved</source>
        <translation>บันทึกร่างไม่ได้</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Follow up on a recent call…</source>
        <translation>ติดตามผลการประชุมล่าสุด…</translation>
    </message>
    <message>
        <source>Meeting log and report…</source>
        <translation>บันทึกการประชุมและรายงาน…</translation>
    </message>
    <message>
        <source>Calendars…</source>
        <translation>ปฏิทิน…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>They joined</source>
        <extracomment>The look before the first calendar read: no call known (the time in it is never shown).</extracomment>
        <translation>อีกฝ่ายเข้าแล้ว</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>จบการประชุม</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>No more calls today</source>
        <translation>วันนี้ไม่มีการประชุมแล้ว</translation>
    </message>
    <message>
        <source>Open timer</source>
        <translation>เปิดตัวจับเวลา</translation>
    </message>
    <message>
        <source>Follow-up drafts waiting: %1…</source>
        <translation>ร่างติดตามผลที่รออยู่: %1…</translation>
    </message>
    <message>
        <source>Demo calendar — add yours in Calendars…</source>
        <translation>ปฏิทินตัวอย่าง — เพิ่มปฏิทินของคุณในเมนูปฏิทิน…</translation>
    </message>
</context>
<context>
    <name>_SourceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>เชื่อถือใบรับรองนี้…</translation>
    </message>
    <message>
        <source>This certificate will be trusted. Test or add again.</source>
        <translation>จะเชื่อถือใบรับรองนี้ ทดสอบหรือเพิ่มอีกครั้ง</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>กำลังเพิ่ม…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>It failed.</source>
        <translation>ไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save the draft</source>
        <translation>บันทึกร่าง</translation>
    </message>
    <message>
        <source>Mail drafts (*.eml)</source>
        <translation>ร่างอีเมล (*.eml)</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>ไม่มีที่เก็บกุญแจ</translation>
    </message>
    <message>
        <source>The password cannot be kept safely: %1.

Keep it for this session only? It is held in memory, never written to a file, and asked again after Timeward restarts.</source>
        <translation>เก็บรหัสผ่านอย่างปลอดภัยไม่ได้: %1

เก็บไว้สำหรับการใช้งานครั้งนี้เท่านั้นไหม รหัสผ่านจะอยู่ในหน่วยความจำ ไม่เขียนลงไฟล์ และจะถามใหม่เมื่อเปิด Timeward อีกครั้ง</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>เก็บไว้สำหรับครั้งนี้</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>เชื่อถือใบรับรองนี้?</translation>
    </message>
    <message>
        <source>The server shows a certificate that no authority vouches for. Trust it only if its fingerprint is the one your server's administrator gave you:

%1

From then on, Timeward accepts this exact certificate from this server, and no other.</source>
        <translation>เซิร์ฟเวอร์แสดงใบรับรองที่ไม่มีหน่วยงานใดรับรอง ให้เชื่อถือเฉพาะเมื่อลายนิ้วมือตรงกับที่ผู้ดูแลเซิร์ฟเวอร์ให้ไว้:

%1

จากนั้น Timeward จะยอมรับเฉพาะใบรับรองนี้จากเซิร์ฟเวอร์นี้เท่านั้น</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>เชื่อถือ</translation>
    </message>
</context>
</TS>