<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a CalDAV account</source>
        <translation>Thêm tài khoản CalDAV</translation>
    </message>
    <message>
        <source>Server or host name</source>
        <translation>Máy chủ hoặc tên miền</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>Mật khẩu được giữ trong kho khóa của hệ thống, không bao giờ lưu vào tệp.</translation>
    </message>
    <message>
        <source>Fill in the server, the user name and the password.</source>
        <translation>Hãy điền máy chủ, tên người dùng và mật khẩu.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Say: “%1”</source>
        <translation>Hãy nói: “%1”</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Còn chưa bàn: %1</translation>
    </message>
    <message>
        <source>(This came due while your computer was asleep.)</source>
        <translation>(Thông báo này đến hạn khi máy tính đang ngủ.)</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Extend +5</source>
        <translation>Thêm 5 phút</translation>
    </message>
    <message>
        <source>Extend +10</source>
        <translation>Thêm 10 phút</translation>
    </message>
    <message>
        <source>Extend +15</source>
        <translation>Thêm 15 phút</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Snooze 1 min</source>
        <translation>Nhắc lại sau 1 phút</translation>
    </message>
    <message>
        <source>Cancel and record a no-show, or give them a little longer?</source>
        <translation>Hủy và ghi nhận vắng mặt, hay chờ thêm một chút?</translation>
    </message>
    <message>
        <source>They joined</source>
        <translation>Họ đã vào</translation>
    </message>
    <message>
        <source>Cancel and record a no-show…</source>
        <translation>Hủy và ghi nhận vắng mặt…</translation>
    </message>
    <message>
        <source>Wait 5 more minutes</source>
        <translation>Chờ thêm 5 phút</translation>
    </message>
    <message>
        <source>Booked outside your working hours</source>
        <translation>Được đặt ngoài giờ làm việc của bạn</translation>
    </message>
    <message>
        <source>Over %1's monthly budget</source>
        <translation>Vượt ngân sách tháng của %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>và %1 cuộc khác</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Sao chép lời đáp</translation>
    </message>
    <message>
        <source>Call starting soon</source>
        <translation>Cuộc gọi sắp bắt đầu</translation>
    </message>
    <message>
        <source>%1 starts at %2</source>
        <translation>%1 bắt đầu lúc %2</translation>
    </message>
    <message>
        <source>Scheduled time is up</source>
        <translation>Đã hết thời gian dự kiến</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Timeward could not change what starts at login: %1</source>
        <extracomment>How long a tray started at login waits for the panel's tray before its timer window stands in. Calendars are re-read this often even when no file changed (the window moves with the day).</extracomment>
        <translation>Timeward không thay đổi được mục khởi động khi đăng nhập: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>The journal was damaged: what could be read was kept…</source>
        <translation>Nhật ký bị hỏng: phần đọc được đã được giữ lại…</translation>
    </message>
    <message>
        <source>config.toml could not be read: the defaults are used…</source>
        <translation>Không đọc được config.toml: đang dùng cài đặt mặc định…</translation>
    </message>
    <message>
        <source>Everything else in the file is used. Nothing in it is overwritten: before Timeward saves settings, it keeps a copy of the file as it is.</source>
        <translation>Mọi phần khác trong tệp vẫn được dùng. Không gì bị ghi đè: trước khi lưu cài đặt, Timeward giữ lại một bản sao của tệp như hiện tại.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Không lưu được cài đặt: %1</translation>
    </message>
    <message>
        <source>config.toml had settings that could not be used; the file as it was is kept as %1</source>
        <translation>config.toml có cài đặt không dùng được; tệp gốc được giữ lại tại %1</translation>
    </message>
    <message>
        <source>Timeward seems to be running already, but it does not answer. Close it and try again.</source>
        <extracomment>A URL's query and anything after "mailto:": Qt's own warnings quote the URLs it could not open, and a mailto: URL carries the whole mail.</extracomment>
        <translation>Có vẻ Timeward đang chạy nhưng không phản hồi. Hãy đóng nó rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Outside your working hours</source>
        <extracomment>How long "Snooze 1 min" puts the start reminder away. The sentence that sets the end is shown this long after the call begins.</extracomment>
        <translation>Ngoài giờ làm việc của bạn</translation>
    </message>
    <message>
        <source>No-show recorded</source>
        <translation>Đã ghi nhận vắng mặt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Follow-up draft ready</source>
        <translation>Thư theo dõi đã sẵn sàng</translation>
    </message>
    <message>
        <source>A note to send</source>
        <translation>Một lời nhắn cần gửi</translation>
    </message>
    <message>
        <source>It waits in the tray menu until you send or dismiss it.</source>
        <translation>Thư chờ trong menu khay cho đến khi bạn gửi hoặc bỏ qua.</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Mở bản nháp</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>A reminder to send</source>
        <translation>Một lời nhắc cần gửi</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Mở trong ứng dụng thư</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Record a no-show?</source>
        <translation>Ghi nhận vắng mặt?</translation>
    </message>
    <message>
        <source>Cancel “%1” and record that they did not come? You can undo this.</source>
        <translation>Hủy “%1” và ghi nhận là họ không đến? Bạn có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Record no-show</source>
        <translation>Ghi nhận vắng mặt</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Tiếp tục chờ</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Agenda</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Add an agenda item…</source>
        <translation>Thêm nội dung…</translation>
    </message>
    <message>
        <source>Ctrl+%1 ticks it</source>
        <translation>Ctrl+%1 để đánh dấu</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client profile</source>
        <translation>Hồ sơ khách hàng</translation>
    </message>
    <message>
        <source>ana@client.example, client.example</source>
        <translation>ana@khachhang.example, khachhang.example</translation>
    </message>
    <message>
        <source>Acme *, *workshop*</source>
        <translation>Acme *, *hội thảo*</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Riêng</translation>
    </message>
    <message>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> giờ trước</translation>
    </message>
    <message>
        <source>A session cancelled with less than 24 hours' notice is charged $50.</source>
        <translation>Buổi làm việc bị hủy khi báo trước dưới 24 giờ sẽ bị tính phí 50 USD.</translation>
    </message>
    <message>
        <source>The app's language</source>
        <translation>Ngôn ngữ của ứng dụng</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Mỗi giờ</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Mỗi tháng</translation>
    </message>
    <message>
        <source>acme (its mails in templates/clients/acme/)</source>
        <translation>acme (thư của khách nằm trong templates/clients/acme/)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Addresses and domains</source>
        <translation>Địa chỉ và tên miền</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Title patterns</source>
        <translation>Mẫu tiêu đề</translation>
    </message>
    <message>
        <source>Wait for late guests</source>
        <translation>Chờ khách đến muộn</translation>
    </message>
    <message>
        <source>Warn before the end</source>
        <translation>Nhắc trước khi kết thúc</translation>
    </message>
    <message>
        <source>Remind before the start</source>
        <translation>Nhắc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>Reminder to send ahead</source>
        <translation>Lời nhắc gửi trước</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Báo trước khi hủy</translation>
    </message>
    <message>
        <source>Fee line</source>
        <translation>Câu về phí</translation>
    </message>
    <message>
        <source>Language of mails</source>
        <translation>Ngôn ngữ của thư</translation>
    </message>
    <message>
        <source>Own templates</source>
        <translation>Mẫu riêng</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Give the client a name.</source>
        <translation>Hãy đặt tên cho khách hàng.</translation>
    </message>
    <message>
        <source>Another profile has this name.</source>
        <translation>Đã có hồ sơ khác mang tên này.</translation>
    </message>
    <message>
        <source>Say how its calls are recognised: an address, a domain, a calendar or a title.</source>
        <translation>Hãy cho biết cách nhận ra cuộc gọi của khách: một địa chỉ, tên miền, lịch hoặc tiêu đề.</translation>
    </message>
    <message>
        <source>Not an address or a domain: %1</source>
        <translation>Không phải địa chỉ hay tên miền: %1</translation>
    </message>
    <message>
        <source>A template folder is a plain name: letters, digits, - and _.</source>
        <translation>Thư mục mẫu chỉ là một cái tên: chữ cái, chữ số, - và _.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct the log</source>
        <translation>Sửa nhật ký</translation>
    </message>
    <message>
        <source>They joined at</source>
        <translation>Họ vào lúc</translation>
    </message>
    <message>
        <source>The call ended at</source>
        <translation>Cuộc gọi kết thúc lúc</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>held</source>
        <translation>đã diễn ra</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>hủy muộn</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>What was recorded is kept beside the correction.</source>
        <translation>Nội dung đã ghi được giữ lại bên cạnh phần sửa.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Follow-up: %1</source>
        <translation>Theo dõi: %1</translation>
    </message>
    <message>
        <source>Note on a late cancellation: %1</source>
        <translation>Lời nhắn về việc hủy muộn: %1</translation>
    </message>
    <message>
        <source>Reminder to send: %1</source>
        <translation>Lời nhắc cần gửi: %1</translation>
    </message>
    <message>
        <source>Note after a missed call: %1</source>
        <translation>Lời nhắn sau cuộc gọi bị lỡ: %1</translation>
    </message>
    <message>
        <source>name@example.com, …</source>
        <translation>ten@example.com, …</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Mở trong ứng dụng thư</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Lưu thành .eml…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Your edits could not be saved (%1). Copy the draft before you close this.</source>
        <translation>Không lưu được phần chỉnh sửa (%1). Hãy sao chép bản nháp trước khi đóng.</translation>
    </message>
    <message>
        <source>Add at least one address to send to.</source>
        <translation>Hãy thêm ít nhất một địa chỉ người nhận.</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Không phải địa chỉ e-mail: %1</translation>
    </message>
    <message>
        <source>No mail app answered. Save the draft as .eml or copy it instead.</source>
        <translation>Không có ứng dụng thư nào phản hồi. Hãy lưu bản nháp thành .eml hoặc sao chép nó.</translation>
    </message>
    <message>
        <source>It could not be saved: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail app.</source>
        <translation>Đã sao chép. Hãy dán vào ứng dụng thư của bạn.</translation>
    </message>
</context>
<context>
    <name>JoinLinks</name>
    <message>
        <source>Join call</source>
        <translation>Vào cuộc gọi</translation>
    </message>
    <message>
        <source>Join %1 call</source>
        <translation>Vào cuộc gọi %1</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Vào cuộc gọi</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Vào %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Join call</source>
        <translation>Vào cuộc gọi</translation>
    </message>
    <message>
        <source>No browser opened the link. Copy it and open it where you join calls:</source>
        <translation>Không có trình duyệt nào mở liên kết. Hãy sao chép và mở ở nơi bạn tham gia cuộc gọi:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Sao chép liên kết</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation><numerusform>Còn %n phút</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in this call</source>
        <translation><numerusform>Cuộc gọi còn %n phút</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>They have not joined after %n minute(s)</source>
        <translation><numerusform>Họ chưa vào sau %n phút</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) in config.toml could not be used…</source>
        <translation><numerusform>%n cài đặt trong config.toml không dùng được…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation><numerusform>đồng bộ %n phút trước</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation><numerusform>đồng bộ %n giờ trước</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n day(s) ago</source>
        <translation><numerusform>đồng bộ %n ngày trước</numerusform></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>No call now</source>
        <translation>Hiện không có cuộc gọi</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Sắp bắt đầu</translation>
    </message>
    <message>
        <source>Waiting for them to join</source>
        <translation>Đang chờ họ vào</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Đang gọi</translation>
    </message>
    <message>
        <source>Time to wrap up</source>
        <translation>Đến lúc kết thúc</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Quá giờ</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>bắt đầu sau %1</translation>
    </message>
    <message>
        <source>waiting %1 / %2</source>
        <translation>đang chờ %1 / %2</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>quá giờ %1</translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation>Tiếp theo: %1 lúc %2</translation>
    </message>
    <message>
        <source>This runs into %1 at %2</source>
        <translation>Cuộc gọi này lấn sang %1 lúc %2</translation>
    </message>
    <message>
        <source>Timeward — next call: %1 at %2</source>
        <translation>Timeward — cuộc gọi tiếp theo: %1 lúc %2</translation>
    </message>
    <message>
        <source>Timeward — no calls coming up</source>
        <translation>Timeward — không có cuộc gọi sắp tới</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>never synced</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>vừa đồng bộ</translation>
    </message>
    <message>
        <source>password needed: </source>
        <translation>cần mật khẩu: </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>máy chủ không trả lời kịp</translation>
    </message>
    <message>
        <source>the server sent no whole answer within {seconds} s</source>
        <translation>máy chủ không gửi trọn câu trả lời trong {seconds} giây</translation>
    </message>
    <message>
        <source>the server could not be reached ({error})</source>
        <translation>không kết nối được với máy chủ ({error})</translation>
    </message>
    <message>
        <source>the server asks to wait (busy or rate-limited)</source>
        <translation>máy chủ yêu cầu chờ (đang bận hoặc giới hạn số lần truy cập)</translation>
    </message>
    <message>
        <source>the server asks to wait ({status})</source>
        <translation>máy chủ yêu cầu chờ ({status})</translation>
    </message>
    <message>
        <source>the server failed ({status})</source>
        <translation>máy chủ gặp lỗi ({status})</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>máy chủ trả lời {status}</translation>
    </message>
    <message>
        <source>the server refused the request ({status})</source>
        <translation>máy chủ từ chối yêu cầu ({status})</translation>
    </message>
    <message>
        <source>the server's answer could not be used ({reason})</source>
        <translation>không dùng được câu trả lời của máy chủ ({reason})</translation>
    </message>
    <message>
        <source>the server's answer is larger than {size} MiB; it is not read</source>
        <translation>câu trả lời của máy chủ lớn hơn {size} MiB nên không được đọc</translation>
    </message>
    <message>
        <source>the server sent a web page, not calendar data (a sign-in page, or a network that wants you to log in first?)</source>
        <translation>máy chủ gửi về một trang web chứ không phải dữ liệu lịch (có thể là trang đăng nhập, hoặc mạng đang yêu cầu bạn đăng nhập trước?)</translation>
    </message>
    <message>
        <source>the server sent an empty answer, not calendar data (a sign-in page, or a network that wants you to log in first?)</source>
        <translation>máy chủ gửi về câu trả lời trống chứ không phải dữ liệu lịch (có thể là trang đăng nhập, hoặc mạng đang yêu cầu bạn đăng nhập trước?)</translation>
    </message>
    <message>
        <source>the user name or password was not accepted</source>
        <translation>tên người dùng hoặc mật khẩu không được chấp nhận</translation>
    </message>
    <message>
        <source>no password is stored for this account</source>
        <translation>chưa lưu mật khẩu cho tài khoản này</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>chưa nhập mật khẩu</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>not found on the server</source>
        <translation>không tìm thấy trên máy chủ</translation>
    </message>
    <message>
        <source>the feed is no longer there ({status})</source>
        <translation>lịch đăng ký không còn nữa ({status})</translation>
    </message>
    <message>
        <source>the feed asks for a password; use its secret address instead</source>
        <translation>lịch đăng ký đòi mật khẩu; hãy dùng địa chỉ bí mật của lịch thay vào đó</translation>
    </message>
    <message>
        <source>larger than {size} MiB, more than any calendar</source>
        <translation>lớn hơn {size} MiB, quá lớn so với bất kỳ lịch nào</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>a password is never sent over plain http; use https</source>
        <translation>mật khẩu không bao giờ được gửi qua http thường; hãy dùng https</translation>
    </message>
    <message>
        <source>only https addresses can be used</source>
        <translation>chỉ dùng được địa chỉ https</translation>
    </message>
    <message>
        <source>only https, http and webcal addresses can be subscribed to</source>
        <translation>chỉ đăng ký được địa chỉ https, http và webcal</translation>
    </message>
    <message>
        <source>network share paths cannot be subscribed to; use an https address</source>
        <translation>không đăng ký được đường dẫn thư mục mạng; hãy dùng địa chỉ https</translation>
    </message>
    <message>
        <source>the server redirects to another host ({host}); the password is not sent there</source>
        <translation>máy chủ chuyển hướng sang máy chủ khác ({host}); mật khẩu không được gửi đến đó</translation>
    </message>
    <message>
        <source>the server redirects from https to plain http; the password is not sent there</source>
        <translation>máy chủ chuyển hướng từ https sang http thường; mật khẩu không được gửi đến đó</translation>
    </message>
    <message>
        <source>redirected from https to plain http; refused</source>
        <translation>bị chuyển hướng từ https sang http thường; đã từ chối</translation>
    </message>
    <message>
        <source>redirected more than {count} times</source>
        <translation>bị chuyển hướng hơn {count} lần</translation>
    </message>
    <message>
        <source>{what} is already a calendar here: {id} ({name}); nothing was added</source>
        <translation>{what} đã là một lịch ở đây: {id} ({name}); không thêm gì</translation>
    </message>
    <message>
        <source>{address} is not a valid address ({error})</source>
        <translation>{address} không phải là địa chỉ hợp lệ ({error})</translation>
    </message>
    <message>
        <source>{error}; nothing was added</source>
        <translation>{error}; không thêm gì</translation>
    </message>
    <message>
        <source>{error}; the account was not added (the password can be kept for this session only instead)</source>
        <translation>{error}; tài khoản chưa được thêm (thay vào đó có thể chỉ giữ mật khẩu trong phiên này)</translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation>không thêm gì</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>không thay đổi gì</translation>
    </message>
    <message>
        <source>the server's certificate is not trusted ({reason})</source>
        <translation>chứng chỉ của máy chủ không đáng tin cậy ({reason})</translation>
    </message>
    <message>
        <source>the server's certificate is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}; trust it only if you know it is your server's</source>
        <translation>chứng chỉ của máy chủ không đáng tin cậy ({reason}). Dấu vân tay SHA-256 của nó là {fingerprint}; chỉ tin cậy nếu bạn biết chắc đó là máy chủ của mình</translation>
    </message>
    <message>
        <source>it is not the certificate you trusted</source>
        <translation>đây không phải chứng chỉ bạn đã tin cậy</translation>
    </message>
    <message>
        <source>the trusted certificate could not be used ({error})</source>
        <translation>không dùng được chứng chỉ đã tin cậy ({error})</translation>
    </message>
    <message>
        <source>the server shows a certificate with the SHA-256 fingerprint {seen}, not {pinned}; {outcome}</source>
        <translation>máy chủ đưa ra chứng chỉ có dấu vân tay SHA-256 {seen}, không phải {pinned}; {outcome}</translation>
    </message>
    <message>
        <source>the server could not be reached to compare its certificate with {pinned}; {outcome}</source>
        <translation>không kết nối được với máy chủ để so chứng chỉ với {pinned}; {outcome}</translation>
    </message>
    <message>
        <source>connected to {label} as {user}: {count} calendar(s) found</source>
        <translation>đã kết nối với {label} bằng tài khoản {user}: tìm thấy {count} lịch</translation>
    </message>
    <message>
        <source>(no calendars with events)</source>
        <translation>(không có lịch nào chứa sự kiện)</translation>
    </message>
    <message>
        <source>{what} must be {rule}, not {value}; {outcome}</source>
        <translation>{what} phải là {rule}, không phải {value}; {outcome}</translation>
    </message>
    <message>
        <source>{what} must be {rule}, not {value}</source>
        <translation>{what} phải là {rule}, không phải {value}</translation>
    </message>
    <message>
        <source>{what} must be {rule}</source>
        <translation>{what} phải là {rule}</translation>
    </message>
    <message>
        <source>{what} needs '{key}'</source>
        <translation>{what} cần có '{key}'</translation>
    </message>
    <message>
        <source>unknown setting '{key}' is ignored</source>
        <translation>thiết lập không rõ '{key}' bị bỏ qua</translation>
    </message>
    <message>
        <source>unknown setting '{key}' (did you mean '{close}'?) is ignored</source>
        <translation>thiết lập không rõ '{key}' (có phải ý bạn là '{close}'?) bị bỏ qua</translation>
    </message>
    <message>
        <source>'{key}' must hold only [[{key}]] tables; the other entries are ignored</source>
        <translation>'{key}' chỉ được chứa các bảng [[{key}]]; các mục khác bị bỏ qua</translation>
    </message>
    <message>
        <source>{what}: {word} is neither a date (2026-12-24) nor a weekday; it is ignored</source>
        <translation>{what}: {word} không phải ngày (2026-12-24) cũng không phải thứ trong tuần; bị bỏ qua</translation>
    </message>
    <message>
        <source>schema {schema} is not known to this version of Timeward; reading what it can</source>
        <translation>phiên bản Timeward này không biết schema {schema}; đọc những gì có thể</translation>
    </message>
    <message>
        <source>{what} needs a 'name' and something to recognise the client by ('match': addresses or domains, 'calendars' or 'titles'); it is ignored</source>
        <translation>{what} cần có 'name' và một cách nhận ra khách hàng ('match': địa chỉ hoặc tên miền, 'calendars' hoặc 'titles'); bị bỏ qua</translation>
    </message>
    <message>
        <source>{what} {error}; it is ignored</source>
        <translation>{what} {error}; bị bỏ qua</translation>
    </message>
    <message>
        <source>{error}; that calendar is left out until it is fixed</source>
        <translation>{error}; lịch đó bị bỏ ra cho đến khi được sửa</translation>
    </message>
    <message>
        <source>{what} has the id {id} of an earlier one; it is left out</source>
        <translation>{what} trùng id {id} với một mục trước; bị bỏ ra</translation>
    </message>
    <message>
        <source>{error}; using the defaults</source>
        <translation>{error}; dùng thiết lập mặc định</translation>
    </message>
    <message>
        <source>it is ignored</source>
        <translation>bị bỏ qua</translation>
    </message>
    <message>
        <source>using {value}</source>
        <translation>dùng {value}</translation>
    </message>
    <message>
        <source>no calendar is synced</source>
        <translation>không lịch nào được đồng bộ</translation>
    </message>
    <message>
        <source>a table ([{key}])</source>
        <translation>một bảng ([{key}])</translation>
    </message>
    <message>
        <source>a list of [[{key}]] tables</source>
        <translation>một danh sách bảng [[{key}]]</translation>
    </message>
    <message>
        <source>a number of minutes between 0 and 1440</source>
        <translation>số phút từ 0 đến 1440</translation>
    </message>
    <message>
        <source>a number between 0 and {most}</source>
        <translation>một số từ 0 đến {most}</translation>
    </message>
    <message>
        <source>a whole number from 1 to 1440</source>
        <translation>một số nguyên từ 1 đến 1440</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>một danh sách chữ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>chữ</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <source>a list of your e-mail addresses</source>
        <translation>danh sách địa chỉ e-mail của bạn</translation>
    </message>
    <message>
        <source>a list of calendar addresses</source>
        <translation>danh sách địa chỉ lịch</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>một trong {choices}</translation>
    </message>
    <message>
        <source>like "09:00-17:00" (or "" for a day without calls)</source>
        <translation>dạng "09:00-17:00" (hoặc "" cho ngày không có cuộc gọi)</translation>
    </message>
    <message>
        <source>a folder name (letters, digits, - and _)</source>
        <translation>một tên thư mục (chữ cái, chữ số, - và _)</translation>
    </message>
    <message>
        <source>needs a 'name'</source>
        <translation>cần có 'name'</translation>
    </message>
    <message>
        <source>needs a 'host' (and a 'path', if any) as text</source>
        <translation>cần có 'host' (và 'path', nếu có) dạng chữ</translation>
    </message>
    <message>
        <source>normalise must be one of {choices}</source>
        <translation>normalise phải là một trong {choices}</translation>
    </message>
    <message>
        <source>not a regular expression ({error})</source>
        <translation>không phải biểu thức chính quy ({error})</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it was set aside as {aside}, and the next sync fills a new one from your calendars</source>
        <translation>{path} bị hỏng ({error}): tệp đã được để riêng thành {aside}, và lần đồng bộ tới sẽ tạo tệp mới từ lịch của bạn</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it is set aside, and the next sync fills a new one from your calendars</source>
        <translation>{path} bị hỏng ({error}): tệp được để riêng, và lần đồng bộ tới sẽ tạo tệp mới từ lịch của bạn</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it is kept as it was in {aside}, and {read} could be read back from it</source>
        <translation>{path} bị hỏng ({error}): tệp được giữ nguyên trong {aside}, và đã đọc lại được {read} từ đó</translation>
    </message>
    <message>
        <source>{notice}; {more} more came from the daily copy {copy}</source>
        <translation>{notice}; thêm {more} từ bản sao hằng ngày {copy}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>cơ sở dữ liệu hoặc ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>cơ sở dữ liệu đang bị khóa</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>không ghi được vào cơ sở dữ liệu chỉ đọc</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>lỗi đọc ghi ổ đĩa</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>tệp cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>không mở được tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>ổ đĩa đã hết chỗ</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>hệ thống tệp chỉ đọc</translation>
    </message>
    <message>
        <source>no keyring is available on this system (install and unlock GNOME Keyring or KWallet)</source>
        <translation>hệ thống này không có kho khóa (hãy cài và mở khóa GNOME Keyring hoặc KWallet)</translation>
    </message>
    <message>
        <source>the keyring is locked; unlock it and try again</source>
        <translation>kho khóa đang bị khóa; hãy mở khóa rồi thử lại</translation>
    </message>
    <message>
        <source>the keyring could not be opened ({error})</source>
        <translation>không mở được kho khóa ({error})</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>kho khóa gặp lỗi ({error})</translation>
    </message>
    <message>
        <source>the keyring ({name}) did not keep the password</source>
        <translation>kho khóa ({name}) không giữ lại mật khẩu</translation>
    </message>
</context>
<context>
    <name>RecentCallsDialog</name>
    <message>
        <source>Follow up on a recent call</source>
        <translation>Theo dõi một cuộc gọi gần đây</translation>
    </message>
    <message>
        <source>Reading the last seven days…</source>
        <translation>Đang đọc bảy ngày qua…</translation>
    </message>
    <message>
        <source>Draft follow-up</source>
        <translation>Soạn thư theo dõi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>Không đọc được lịch: %1</translation>
    </message>
    <message>
        <source>Calls that ended in the last seven days:</source>
        <translation>Các cuộc gọi đã kết thúc trong bảy ngày qua:</translation>
    </message>
    <message>
        <source>No call ended in the last seven days.</source>
        <translation>Không có cuộc gọi nào kết thúc trong bảy ngày qua.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Held</source>
        <translation>Đã diễn ra</translation>
    </message>
    <message>
        <source>Late starts</source>
        <translation>Bắt đầu muộn</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>Quá giờ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Meeting log and report</source>
        <extracomment>What a cell sorts by when its text does not (a date as the language writes it).</extracomment>
        <translation>Nhật ký cuộc gọi và báo cáo</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 ngày qua</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Meeting log</source>
        <translation>Nhật ký cuộc gọi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>Lần đến muộn</translation>
    </message>
    <message>
        <source>Average lateness (min)</source>
        <translation>Muộn trung bình (phút)</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>Quá giờ</translation>
    </message>
    <message>
        <source>Overrun (min)</source>
        <translation>Quá giờ (phút)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Hủy muộn</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Hủy lịch</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Ngoài giờ</translation>
    </message>
    <message>
        <source>Follow-ups sent</source>
        <translation>Thư theo dõi đã gửi</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Ngân sách đã dùng</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Sao chép lời nhắn</translation>
    </message>
    <message>
        <source>Make a client profile</source>
        <translation>Tạo hồ sơ khách hàng</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Theo lịch</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Late (min)</source>
        <translation>Muộn (phút)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Thêm ghi chú…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>The meeting log cannot be read: the journal could not be opened.</source>
        <translation>Không đọc được nhật ký cuộc gọi: không mở được tệp nhật ký.</translation>
    </message>
    <message>
        <source>Nothing was logged in this period.</source>
        <translation>Không có gì được ghi trong khoảng thời gian này.</translation>
    </message>
    <message>
        <source>held</source>
        <translation>đã diễn ra</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>hủy muộn</translation>
    </message>
    <message>
        <source>nobody answered</source>
        <translation>không ai phản hồi</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (đã sửa)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>%1 was late three times or more in the last 30 days.</source>
        <translation>%1 đã đến muộn từ ba lần trở lên trong 30 ngày qua.</translation>
    </message>
    <message>
        <source>%1 cancelled late twice or more in the last 30 days.</source>
        <translation>%1 đã hủy muộn từ hai lần trở lên trong 30 ngày qua.</translation>
    </message>
    <message>
        <source>A profile for %1 was added; edit it in Settings.</source>
        <translation>Đã thêm hồ sơ cho %1; hãy chỉnh sửa trong Cài đặt.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The log could not be changed</source>
        <translation>Không sửa được nhật ký</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Không ghi được tệp</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> giờ trước</translation>
    </message>
    <message>
        <source>Timeward settings</source>
        <translation>Cài đặt Timeward</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Hủy lịch</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>you@example.com, you@company.example</source>
        <translation>ban@example.com, ban@congty.example</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>Warn before the end</source>
        <translation>Nhắc trước khi kết thúc</translation>
    </message>
    <message>
        <source>Wait for late guests</source>
        <translation>Chờ khách đến muộn</translation>
    </message>
    <message>
        <source>Remind before the start</source>
        <translation>Nhắc trước khi bắt đầu</translation>
    </message>
    <message>
        <source>Reminder to send the client ahead</source>
        <translation>Lời nhắc gửi khách trước cuộc gọi</translation>
    </message>
    <message>
        <source>Time I keep between calls</source>
        <translation>Thời gian giữ giữa các cuộc gọi</translation>
    </message>
    <message>
        <source>My e-mail addresses</source>
        <translation>Địa chỉ e-mail của tôi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>A desktop notification when a call's time is up</source>
        <translation>Thông báo trên màn hình khi hết giờ cuộc gọi</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Start Timeward when I log in</source>
        <translation>Mở Timeward khi tôi đăng nhập</translation>
    </message>
    <message>
        <source>At login</source>
        <translation>Khi đăng nhập</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Focus day</source>
        <translation>Ngày tập trung</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Focus dates (no calls)</source>
        <translation>Ngày tập trung (không nhận cuộc gọi)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source>A session cancelled with less than 24 hours' notice is charged $50.</source>
        <translation>Buổi làm việc bị hủy khi báo trước dưới 24 giờ sẽ bị tính phí 50 USD.</translation>
    </message>
    <message>
        <source>A call cancelled with less notice than this is logged as a late cancellation, and the note drafted for it ends with the fee line. A client profile can set its own.</source>
        <translation>Cuộc gọi bị hủy mà báo trước ít hơn mức này được ghi là hủy muộn, và lời nhắn soạn cho nó kết thúc bằng câu về phí. Mỗi hồ sơ khách hàng có thể đặt mức riêng.</translation>
    </message>
    <message>
        <source>Notice required</source>
        <translation>Thời gian báo trước</translation>
    </message>
    <message>
        <source>Fee line</source>
        <translation>Câu về phí</translation>
    </message>
    <message>
        <source>A call belongs to the first profile that matches it, from the top.</source>
        <translation>Mỗi cuộc gọi thuộc về hồ sơ đầu tiên khớp với nó, tính từ trên xuống.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Không phải địa chỉ e-mail: %1</translation>
    </message>
    <message>
        <source>%1: the day must end after it begins.</source>
        <translation>%1: giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <source>Not a date like 2026-12-24: %1</source>
        <translation>Không phải ngày dạng 2026-12-24: %1</translation>
    </message>
</context>
<context>
    <name>SourceDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Add a calendar subscription</source>
        <translation>Thêm lịch đăng ký</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Tệp…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Thư mục…</translation>
    </message>
    <message>
        <source>Every .ics file in a folder, as one calendar</source>
        <translation>Mọi tệp .ics trong một thư mục, gộp thành một lịch</translation>
    </message>
    <message>
        <source>Address or file</source>
        <translation>Địa chỉ hoặc tệp</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Tên (không bắt buộc)</translation>
    </message>
    <message>
        <source>Secret addresses are shown shortened, never in full.</source>
        <translation>Địa chỉ bí mật chỉ hiện dạng rút gọn, không bao giờ hiện đầy đủ.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Chọn tệp lịch</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Lịch (*.ics);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a folder of calendar files</source>
        <translation>Chọn thư mục chứa tệp lịch</translation>
    </message>
    <message>
        <source>Give an address or choose a file.</source>
        <translation>Hãy nhập một địa chỉ hoặc chọn một tệp.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>the sync stopped (%1)</source>
        <extracomment>Passwords the user chose to keep for this session only (no keyring works here): held in memory, handed to each sync on its standard input, gone when the app quits.</extracomment>
        <translation>quá trình đồng bộ đã dừng (%1)</translation>
    </message>
</context>
<context>
    <name>SyncWindow</name>
    <message>
        <source>Calendars — Timeward</source>
        <translation>Lịch — Timeward</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Thêm tài khoản…</translation>
    </message>
    <message>
        <source>Add subscription…</source>
        <translation>Thêm lịch đăng ký…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Trust certificate…</source>
        <translation>Tin cậy chứng chỉ…</translation>
    </message>
    <message>
        <source>Trust the certificate this server shows now, by its fingerprint</source>
        <translation>Tin cậy chứng chỉ mà máy chủ này đang đưa ra, theo dấu vân tay của nó</translation>
    </message>
    <message>
        <source>account</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>lịch đăng ký</translation>
    </message>
    <message>
        <source>no longer on the server; its events are kept</source>
        <translation>không còn trên máy chủ; các sự kiện của nó vẫn được giữ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ổn</translation>
    </message>
    <message>
        <source>Guard calls in this calendar</source>
        <translation>Canh giờ các cuộc gọi trong lịch này</translation>
    </message>
    <message>
        <source>Demo calendar: the tray shows made-up calls until you add yours. Add a CalDAV account (Nextcloud, Fastmail, iCloud, Radicale…) or subscribe to a published calendar (Google, Outlook).</source>
        <translation>Lịch mẫu: khay hiển thị các cuộc gọi giả cho đến khi bạn thêm lịch của mình. Hãy thêm một tài khoản CalDAV (Nextcloud, Fastmail, iCloud, Radicale…) hoặc đăng ký một lịch công khai (Google, Outlook).</translation>
    </message>
    <message>
        <source>Ticked calendars are guarded: Timeward times their calls.</source>
        <translation>Các lịch được đánh dấu sẽ được canh giờ: Timeward bấm giờ các cuộc gọi của chúng.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>Xóa lịch</translation>
    </message>
    <message>
        <source>Remove “%1” and its cached events? Your meeting log keeps its entries.</source>
        <translation>Xóa “%1” và các sự kiện đã lưu tạm của nó? Nhật ký cuộc gọi vẫn giữ các mục của bạn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>Đang kiểm tra chứng chỉ…</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <source>Timeward timer</source>
        <extracomment>Below the timer's first place, room for an alert card and the platform's balloons.</extracomment>
        <translation>Đồng hồ Timeward</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>They joined</source>
        <translation>Họ đã vào</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Kết thúc cuộc gọi</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Next call: %1</source>
        <translation>Cuộc gọi tiếp theo: %1</translation>
    </message>
</context>
<context>
    <name>TimewardApp</name>
    <message>
        <source>The draft could not be saved</source>
        <translation>Không lưu được bản nháp</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Follow up on a recent call…</source>
        <translation>Theo dõi một cuộc gọi gần đây…</translation>
    </message>
    <message>
        <source>Meeting log and report…</source>
        <translation>Nhật ký cuộc gọi và báo cáo…</translation>
    </message>
    <message>
        <source>Calendars…</source>
        <translation>Lịch…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>They joined</source>
        <extracomment>The look before the first calendar read: no call known (the time in it is never shown).</extracomment>
        <translation>Họ đã vào</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Kết thúc cuộc gọi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>No more calls today</source>
        <translation>Hôm nay không còn cuộc gọi nào</translation>
    </message>
    <message>
        <source>Open timer</source>
        <translation>Mở đồng hồ</translation>
    </message>
    <message>
        <source>Follow-up drafts waiting: %1…</source>
        <translation>Thư theo dõi đang chờ: %1…</translation>
    </message>
    <message>
        <source>Demo calendar — add yours in Calendars…</source>
        <translation>Lịch mẫu — thêm lịch của bạn trong Lịch…</translation>
    </message>
</context>
<context>
    <name>_SourceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Tin cậy chứng chỉ này…</translation>
    </message>
    <message>
        <source>This certificate will be trusted. Test or add again.</source>
        <translation>Chứng chỉ này sẽ được tin cậy. Hãy kiểm tra hoặc thêm lại.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Đang thêm…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>It failed.</source>
        <translation>Không thành công.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save the draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <source>Mail drafts (*.eml)</source>
        <translation>Bản nháp thư (*.eml)</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Không có kho khóa</translation>
    </message>
    <message>
        <source>The password cannot be kept safely: %1.

Keep it for this session only? It is held in memory, never written to a file, and asked again after Timeward restarts.</source>
        <translation>Không thể lưu mật khẩu an toàn: %1.

Chỉ giữ nó cho phiên này? Mật khẩu được giữ trong bộ nhớ, không bao giờ ghi vào tệp, và sẽ được hỏi lại khi Timeward khởi động lại.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Giữ cho phiên này</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Tin cậy chứng chỉ này?</translation>
    </message>
    <message>
        <source>The server shows a certificate that no authority vouches for. Trust it only if its fingerprint is the one your server's administrator gave you:

%1

From then on, Timeward accepts this exact certificate from this server, and no other.</source>
        <translation>Máy chủ đưa ra một chứng chỉ không được tổ chức nào bảo đảm. Chỉ tin cậy nếu dấu vân tay của nó đúng với dấu mà quản trị viên máy chủ đã đưa cho bạn:

%1

Từ đó, Timeward chỉ chấp nhận đúng chứng chỉ này từ máy chủ này, không chấp nhận chứng chỉ nào khác.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tin cậy</translation>
    </message>
</context>
</TS>