<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add a CalDAV account</source>
        <translation>Tambah akun CalDAV</translation>
    </message>
    <message>
        <source>Server or host name</source>
        <translation>Server atau nama host</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>Kata sandi disimpan di keyring sistem, tidak pernah di dalam berkas.</translation>
    </message>
    <message>
        <source>Fill in the server, the user name and the password.</source>
        <translation>Isi server, nama pengguna, dan kata sandi.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Say: “%1”</source>
        <translation>Ucapkan: “%1”</translation>
    </message>
    <message>
        <source>Still open: %1</source>
        <translation>Belum dibahas: %1</translation>
    </message>
    <message>
        <source>(This came due while your computer was asleep.)</source>
        <translation>(Pengingat ini jatuh tempo saat komputer Anda dalam mode tidur.)</translation>
    </message>
    <message>
        <source>Wrap up</source>
        <translation>Akhiri</translation>
    </message>
    <message>
        <source>Extend +5</source>
        <translation>Perpanjang +5</translation>
    </message>
    <message>
        <source>Extend +10</source>
        <translation>Perpanjang +10</translation>
    </message>
    <message>
        <source>Extend +15</source>
        <translation>Perpanjang +15</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Snooze 1 min</source>
        <translation>Tunda 1 menit</translation>
    </message>
    <message>
        <source>Cancel and record a no-show, or give them a little longer?</source>
        <translation>Batalkan dan catat sebagai tidak hadir, atau beri waktu sedikit lagi?</translation>
    </message>
    <message>
        <source>They joined</source>
        <translation>Mereka sudah bergabung</translation>
    </message>
    <message>
        <source>Cancel and record a no-show…</source>
        <translation>Batalkan dan catat tidak hadir…</translation>
    </message>
    <message>
        <source>Wait 5 more minutes</source>
        <translation>Tunggu 5 menit lagi</translation>
    </message>
    <message>
        <source>Booked outside your working hours</source>
        <translation>Dijadwalkan di luar jam kerja Anda</translation>
    </message>
    <message>
        <source>Over %1's monthly budget</source>
        <translation>Melewati anggaran bulanan %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Salin balasan</translation>
    </message>
    <message>
        <source>Call starting soon</source>
        <translation>Rapat segera dimulai</translation>
    </message>
    <message>
        <source>%1 starts at %2</source>
        <translation>%1 dimulai pukul %2</translation>
    </message>
    <message>
        <source>Scheduled time is up</source>
        <translation>Waktu yang dijadwalkan sudah habis</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Timeward could not change what starts at login: %1</source>
        <extracomment>How long a tray started at login waits for the panel's tray before its timer window stands in. Calendars are re-read this often even when no file changed (the window moves with the day).</extracomment>
        <translation>Timeward tidak dapat mengubah apa yang berjalan saat masuk: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>The journal was damaged: what could be read was kept…</source>
        <translation>Jurnal rusak: bagian yang masih terbaca sudah disimpan…</translation>
    </message>
    <message>
        <source>config.toml could not be read: the defaults are used…</source>
        <translation>config.toml tidak dapat dibaca: pengaturan bawaan dipakai…</translation>
    </message>
    <message>
        <source>Everything else in the file is used. Nothing in it is overwritten: before Timeward saves settings, it keeps a copy of the file as it is.</source>
        <translation>Bagian lain dari berkas tetap dipakai. Tidak ada yang ditimpa: sebelum menyimpan pengaturan, Timeward menyimpan salinan berkas apa adanya.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Pengaturan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>config.toml had settings that could not be used; the file as it was is kept as %1</source>
        <translation>config.toml berisi pengaturan yang tidak dapat dipakai; berkas aslinya disimpan sebagai %1</translation>
    </message>
    <message>
        <source>Timeward seems to be running already, but it does not answer. Close it and try again.</source>
        <extracomment>A URL's query and anything after "mailto:": Qt's own warnings quote the URLs it could not open, and a mailto: URL carries the whole mail.</extracomment>
        <translation>Timeward tampaknya sudah berjalan, tetapi tidak merespons. Tutup lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>CallController</name>
    <message>
        <source>Outside your working hours</source>
        <extracomment>How long "Snooze 1 min" puts the start reminder away. The sentence that sets the end is shown this long after the call begins.</extracomment>
        <translation>Di luar jam kerja Anda</translation>
    </message>
    <message>
        <source>No-show recorded</source>
        <translation>Tidak hadir sudah dicatat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Follow-up draft ready</source>
        <translation>Draf tindak lanjut sudah siap</translation>
    </message>
    <message>
        <source>A note to send</source>
        <translation>Catatan untuk dikirim</translation>
    </message>
    <message>
        <source>It waits in the tray menu until you send or dismiss it.</source>
        <translation>Draf ini menunggu di menu baki sampai Anda mengirim atau menutupnya.</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Buka draf</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
    <message>
        <source>A reminder to send</source>
        <translation>Pengingat untuk dikirim</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Buka di aplikasi email</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Record a no-show?</source>
        <translation>Catat sebagai tidak hadir?</translation>
    </message>
    <message>
        <source>Cancel “%1” and record that they did not come? You can undo this.</source>
        <translation>Batalkan “%1” dan catat bahwa mereka tidak datang? Ini bisa diurungkan.</translation>
    </message>
    <message>
        <source>Record no-show</source>
        <translation>Catat tidak hadir</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Tetap menunggu</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Add an agenda item…</source>
        <translation>Tambah butir agenda…</translation>
    </message>
    <message>
        <source>Ctrl+%1 ticks it</source>
        <translation>Ctrl+%1 untuk mencentang</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client profile</source>
        <translation>Profil klien</translation>
    </message>
    <message>
        <source>ana@client.example, client.example</source>
        <translation>ana@klien.example, klien.example</translation>
    </message>
    <message>
        <source>Acme *, *workshop*</source>
        <translation>Acme *, *lokakarya*</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Sendiri</translation>
    </message>
    <message>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> jam sebelumnya</translation>
    </message>
    <message>
        <source>A session cancelled with less than 24 hours' notice is charged $50.</source>
        <translation>Sesi yang dibatalkan kurang dari 24 jam sebelumnya dikenakan biaya $50.</translation>
    </message>
    <message>
        <source>The app's language</source>
        <translation>Bahasa aplikasi</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per jam</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>acme (its mails in templates/clients/acme/)</source>
        <translation>acme (email klien ada di templates/clients/acme/)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Addresses and domains</source>
        <translation>Alamat dan domain</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Title patterns</source>
        <translation>Pola judul</translation>
    </message>
    <message>
        <source>Wait for late guests</source>
        <translation>Tunggu tamu yang terlambat</translation>
    </message>
    <message>
        <source>Warn before the end</source>
        <translation>Peringatkan sebelum selesai</translation>
    </message>
    <message>
        <source>Remind before the start</source>
        <translation>Ingatkan sebelum mulai</translation>
    </message>
    <message>
        <source>Reminder to send ahead</source>
        <translation>Pengingat yang dikirim sebelumnya</translation>
    </message>
    <message>
        <source>Cancellation notice</source>
        <translation>Pemberitahuan pembatalan</translation>
    </message>
    <message>
        <source>Fee line</source>
        <translation>Kalimat biaya</translation>
    </message>
    <message>
        <source>Language of mails</source>
        <translation>Bahasa email</translation>
    </message>
    <message>
        <source>Own templates</source>
        <translation>Templat sendiri</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Give the client a name.</source>
        <translation>Beri nama untuk klien.</translation>
    </message>
    <message>
        <source>Another profile has this name.</source>
        <translation>Sudah ada profil lain dengan nama ini.</translation>
    </message>
    <message>
        <source>Say how its calls are recognised: an address, a domain, a calendar or a title.</source>
        <translation>Tentukan cara mengenali rapat klien ini: alamat, domain, kalender, atau judul.</translation>
    </message>
    <message>
        <source>Not an address or a domain: %1</source>
        <translation>Bukan alamat atau domain: %1</translation>
    </message>
    <message>
        <source>A template folder is a plain name: letters, digits, - and _.</source>
        <translation>Folder templat berupa nama biasa: huruf, angka, - dan _.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct the log</source>
        <translation>Koreksi catatan</translation>
    </message>
    <message>
        <source>They joined at</source>
        <translation>Mereka bergabung pukul</translation>
    </message>
    <message>
        <source>The call ended at</source>
        <translation>Rapat selesai pukul</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Hasilnya</translation>
    </message>
    <message>
        <source>held</source>
        <translation>berlangsung</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>pembatalan mendadak</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>What was recorded is kept beside the correction.</source>
        <translation>Catatan aslinya tetap disimpan di samping koreksi.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Follow-up: %1</source>
        <translation>Tindak lanjut: %1</translation>
    </message>
    <message>
        <source>Note on a late cancellation: %1</source>
        <translation>Catatan pembatalan mendadak: %1</translation>
    </message>
    <message>
        <source>Reminder to send: %1</source>
        <translation>Pengingat untuk dikirim: %1</translation>
    </message>
    <message>
        <source>Note after a missed call: %1</source>
        <translation>Catatan setelah rapat yang terlewat: %1</translation>
    </message>
    <message>
        <source>name@example.com, …</source>
        <translation>nama@example.com, …</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Open in mail app</source>
        <translation>Buka di aplikasi email</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Simpan sebagai .eml…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Your edits could not be saved (%1). Copy the draft before you close this.</source>
        <translation>Perubahan Anda tidak dapat disimpan (%1). Salin draf sebelum menutup jendela ini.</translation>
    </message>
    <message>
        <source>Add at least one address to send to.</source>
        <translation>Tambahkan setidaknya satu alamat penerima.</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Bukan alamat email: %1</translation>
    </message>
    <message>
        <source>No mail app answered. Save the draft as .eml or copy it instead.</source>
        <translation>Tidak ada aplikasi email yang merespons. Simpan draf sebagai .eml atau salin saja.</translation>
    </message>
    <message>
        <source>It could not be saved: %1</source>
        <translation>Tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail app.</source>
        <translation>Sudah disalin. Tempelkan di aplikasi email Anda.</translation>
    </message>
</context>
<context>
    <name>JoinLinks</name>
    <message>
        <source>Join call</source>
        <translation>Gabung rapat</translation>
    </message>
    <message>
        <source>Join %1 call</source>
        <translation>Gabung rapat %1</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gabung</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Gabung %1</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Join call</source>
        <translation>Gabung rapat</translation>
    </message>
    <message>
        <source>No browser opened the link. Copy it and open it where you join calls:</source>
        <translation>Tidak ada peramban yang membuka tautan. Salin dan buka di tempat Anda biasa bergabung rapat:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Salin tautan</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Disalin</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation><numerusform>Sisa %n menit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in this call</source>
        <translation><numerusform>Rapat ini tersisa %n menit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>They have not joined after %n minute(s)</source>
        <translation><numerusform>Mereka belum bergabung setelah %n menit</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) in config.toml could not be used…</source>
        <translation><numerusform>%n pengaturan di config.toml tidak dapat dipakai…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n min ago</source>
        <translation><numerusform>disinkronkan %n menit lalu</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n h ago</source>
        <translation><numerusform>disinkronkan %n jam lalu</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>synced %n day(s) ago</source>
        <translation><numerusform>disinkronkan %n hari lalu</numerusform></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>No call now</source>
        <translation>Tidak ada rapat sekarang</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Segera dimulai</translation>
    </message>
    <message>
        <source>Waiting for them to join</source>
        <translation>Menunggu mereka bergabung</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Sedang rapat</translation>
    </message>
    <message>
        <source>Time to wrap up</source>
        <translation>Saatnya mengakhiri</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Lewat waktu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>dimulai dalam %1</translation>
    </message>
    <message>
        <source>waiting %1 / %2</source>
        <translation>menunggu %1 / %2</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>lewat %1</translation>
    </message>
    <message>
        <source>Next: %1 at %2</source>
        <translation>Berikutnya: %1 pukul %2</translation>
    </message>
    <message>
        <source>This runs into %1 at %2</source>
        <translation>Ini bertabrakan dengan %1 pukul %2</translation>
    </message>
    <message>
        <source>Timeward — next call: %1 at %2</source>
        <translation>Timeward — rapat berikutnya: %1 pukul %2</translation>
    </message>
    <message>
        <source>Timeward — no calls coming up</source>
        <translation>Timeward — tidak ada rapat mendatang</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>never synced</source>
        <translation>belum pernah disinkronkan</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>baru saja disinkronkan</translation>
    </message>
    <message>
        <source>password needed: </source>
        <translation>perlu kata sandi: </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>the server did not answer in time</source>
        <translation>server tidak menjawab tepat waktu</translation>
    </message>
    <message>
        <source>the server sent no whole answer within {seconds} s</source>
        <translation>server tidak mengirim jawaban lengkap dalam {seconds} detik</translation>
    </message>
    <message>
        <source>the server could not be reached ({error})</source>
        <translation>server tidak dapat dihubungi ({error})</translation>
    </message>
    <message>
        <source>the server asks to wait (busy or rate-limited)</source>
        <translation>server meminta menunggu (sibuk atau dibatasi)</translation>
    </message>
    <message>
        <source>the server asks to wait ({status})</source>
        <translation>server meminta menunggu ({status})</translation>
    </message>
    <message>
        <source>the server failed ({status})</source>
        <translation>server mengalami gangguan ({status})</translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation>server menjawab {status}</translation>
    </message>
    <message>
        <source>the server refused the request ({status})</source>
        <translation>server menolak permintaan ({status})</translation>
    </message>
    <message>
        <source>the server's answer could not be used ({reason})</source>
        <translation>jawaban server tidak dapat digunakan ({reason})</translation>
    </message>
    <message>
        <source>the server's answer is larger than {size} MiB; it is not read</source>
        <translation>jawaban server lebih besar dari {size} MiB, jadi tidak dibaca</translation>
    </message>
    <message>
        <source>the server sent a web page, not calendar data (a sign-in page, or a network that wants you to log in first?)</source>
        <translation>server mengirim halaman web, bukan data kalender (halaman masuk, atau jaringan yang meminta Anda masuk dulu?)</translation>
    </message>
    <message>
        <source>the server sent an empty answer, not calendar data (a sign-in page, or a network that wants you to log in first?)</source>
        <translation>server mengirim jawaban kosong, bukan data kalender (halaman masuk, atau jaringan yang meminta Anda masuk dulu?)</translation>
    </message>
    <message>
        <source>the user name or password was not accepted</source>
        <translation>nama pengguna atau kata sandi tidak diterima</translation>
    </message>
    <message>
        <source>no password is stored for this account</source>
        <translation>belum ada kata sandi yang disimpan untuk akun ini</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kata sandi belum diisi</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>akses ditolak</translation>
    </message>
    <message>
        <source>not found on the server</source>
        <translation>tidak ditemukan di server</translation>
    </message>
    <message>
        <source>the feed is no longer there ({status})</source>
        <translation>langganan kalender sudah tidak ada ({status})</translation>
    </message>
    <message>
        <source>the feed asks for a password; use its secret address instead</source>
        <translation>langganan kalender meminta kata sandi; gunakan alamat rahasianya</translation>
    </message>
    <message>
        <source>larger than {size} MiB, more than any calendar</source>
        <translation>lebih besar dari {size} MiB, melebihi kalender mana pun</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>file atau folder tidak ada</translation>
    </message>
    <message>
        <source>a password is never sent over plain http; use https</source>
        <translation>kata sandi tidak pernah dikirim lewat http biasa; gunakan https</translation>
    </message>
    <message>
        <source>only https addresses can be used</source>
        <translation>hanya alamat https yang dapat digunakan</translation>
    </message>
    <message>
        <source>only https, http and webcal addresses can be subscribed to</source>
        <translation>hanya alamat https, http, dan webcal yang dapat dilanggan</translation>
    </message>
    <message>
        <source>network share paths cannot be subscribed to; use an https address</source>
        <translation>folder berbagi jaringan tidak dapat dilanggan; gunakan alamat https</translation>
    </message>
    <message>
        <source>the server redirects to another host ({host}); the password is not sent there</source>
        <translation>server mengalihkan ke host lain ({host}); kata sandi tidak dikirim ke sana</translation>
    </message>
    <message>
        <source>the server redirects from https to plain http; the password is not sent there</source>
        <translation>server mengalihkan dari https ke http biasa; kata sandi tidak dikirim ke sana</translation>
    </message>
    <message>
        <source>redirected from https to plain http; refused</source>
        <translation>dialihkan dari https ke http biasa; ditolak</translation>
    </message>
    <message>
        <source>redirected more than {count} times</source>
        <translation>dialihkan lebih dari {count} kali</translation>
    </message>
    <message>
        <source>{what} is already a calendar here: {id} ({name}); nothing was added</source>
        <translation>{what} sudah menjadi kalender di sini: {id} ({name}); tidak ada yang ditambahkan</translation>
    </message>
    <message>
        <source>{address} is not a valid address ({error})</source>
        <translation>{address} bukan alamat yang valid ({error})</translation>
    </message>
    <message>
        <source>{error}; nothing was added</source>
        <translation>{error}; tidak ada yang ditambahkan</translation>
    </message>
    <message>
        <source>{error}; the account was not added (the password can be kept for this session only instead)</source>
        <translation>{error}; akun belum ditambahkan (kata sandi dapat disimpan untuk sesi ini saja)</translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation>tidak ada yang ditambahkan</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>tidak ada yang diubah</translation>
    </message>
    <message>
        <source>the server's certificate is not trusted ({reason})</source>
        <translation>sertifikat server tidak tepercaya ({reason})</translation>
    </message>
    <message>
        <source>the server's certificate is not trusted ({reason}). Its SHA-256 fingerprint is {fingerprint}; trust it only if you know it is your server's</source>
        <translation>sertifikat server tidak tepercaya ({reason}). Sidik jari SHA-256-nya {fingerprint}; percayai hanya jika Anda yakin itu server Anda</translation>
    </message>
    <message>
        <source>it is not the certificate you trusted</source>
        <translation>ini bukan sertifikat yang Anda percayai</translation>
    </message>
    <message>
        <source>the trusted certificate could not be used ({error})</source>
        <translation>sertifikat tepercaya tidak dapat digunakan ({error})</translation>
    </message>
    <message>
        <source>the server shows a certificate with the SHA-256 fingerprint {seen}, not {pinned}; {outcome}</source>
        <translation>server menunjukkan sertifikat dengan sidik jari SHA-256 {seen}, bukan {pinned}; {outcome}</translation>
    </message>
    <message>
        <source>the server could not be reached to compare its certificate with {pinned}; {outcome}</source>
        <translation>server tidak dapat dihubungi untuk membandingkan sertifikatnya dengan {pinned}; {outcome}</translation>
    </message>
    <message>
        <source>connected to {label} as {user}: {count} calendar(s) found</source>
        <translation>terhubung ke {label} sebagai {user}: {count} kalender ditemukan</translation>
    </message>
    <message>
        <source>(no calendars with events)</source>
        <translation>(tidak ada kalender yang berisi acara)</translation>
    </message>
    <message>
        <source>{what} must be {rule}, not {value}; {outcome}</source>
        <translation>{what} harus {rule}, bukan {value}; {outcome}</translation>
    </message>
    <message>
        <source>{what} must be {rule}, not {value}</source>
        <translation>{what} harus {rule}, bukan {value}</translation>
    </message>
    <message>
        <source>{what} must be {rule}</source>
        <translation>{what} harus {rule}</translation>
    </message>
    <message>
        <source>{what} needs '{key}'</source>
        <translation>{what} memerlukan '{key}'</translation>
    </message>
    <message>
        <source>unknown setting '{key}' is ignored</source>
        <translation>pengaturan tak dikenal '{key}' diabaikan</translation>
    </message>
    <message>
        <source>unknown setting '{key}' (did you mean '{close}'?) is ignored</source>
        <translation>pengaturan tak dikenal '{key}' (maksud Anda '{close}'?) diabaikan</translation>
    </message>
    <message>
        <source>'{key}' must hold only [[{key}]] tables; the other entries are ignored</source>
        <translation>'{key}' hanya boleh berisi tabel [[{key}]]; entri lainnya diabaikan</translation>
    </message>
    <message>
        <source>{what}: {word} is neither a date (2026-12-24) nor a weekday; it is ignored</source>
        <translation>{what}: {word} bukan tanggal (2026-12-24) maupun nama hari; diabaikan</translation>
    </message>
    <message>
        <source>schema {schema} is not known to this version of Timeward; reading what it can</source>
        <translation>schema {schema} tidak dikenal oleh versi Timeward ini; membaca yang bisa dibaca</translation>
    </message>
    <message>
        <source>{what} needs a 'name' and something to recognise the client by ('match': addresses or domains, 'calendars' or 'titles'); it is ignored</source>
        <translation>{what} memerlukan 'name' dan cara mengenali klien ('match': alamat atau domain, 'calendars' atau 'titles'); diabaikan</translation>
    </message>
    <message>
        <source>{what} {error}; it is ignored</source>
        <translation>{what} {error}; diabaikan</translation>
    </message>
    <message>
        <source>{error}; that calendar is left out until it is fixed</source>
        <translation>{error}; kalender itu tidak dipakai sampai diperbaiki</translation>
    </message>
    <message>
        <source>{what} has the id {id} of an earlier one; it is left out</source>
        <translation>{what} memakai id {id} yang sama dengan entri sebelumnya; tidak dipakai</translation>
    </message>
    <message>
        <source>{error}; using the defaults</source>
        <translation>{error}; memakai pengaturan bawaan</translation>
    </message>
    <message>
        <source>it is ignored</source>
        <translation>diabaikan</translation>
    </message>
    <message>
        <source>using {value}</source>
        <translation>memakai {value}</translation>
    </message>
    <message>
        <source>no calendar is synced</source>
        <translation>tidak ada kalender yang disinkronkan</translation>
    </message>
    <message>
        <source>a table ([{key}])</source>
        <translation>tabel ([{key}])</translation>
    </message>
    <message>
        <source>a list of [[{key}]] tables</source>
        <translation>daftar tabel [[{key}]]</translation>
    </message>
    <message>
        <source>a number of minutes between 0 and 1440</source>
        <translation>jumlah menit antara 0 dan 1440</translation>
    </message>
    <message>
        <source>a number between 0 and {most}</source>
        <translation>angka antara 0 dan {most}</translation>
    </message>
    <message>
        <source>a whole number from 1 to 1440</source>
        <translation>bilangan bulat dari 1 sampai 1440</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>daftar teks</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>a list of your e-mail addresses</source>
        <translation>daftar alamat e-mail Anda</translation>
    </message>
    <message>
        <source>a list of calendar addresses</source>
        <translation>daftar alamat kalender</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>salah satu dari {choices}</translation>
    </message>
    <message>
        <source>like "09:00-17:00" (or "" for a day without calls)</source>
        <translation>seperti "09:00-17:00" (atau "" untuk hari tanpa rapat)</translation>
    </message>
    <message>
        <source>a folder name (letters, digits, - and _)</source>
        <translation>nama folder (huruf, angka, - dan _)</translation>
    </message>
    <message>
        <source>needs a 'name'</source>
        <translation>memerlukan 'name'</translation>
    </message>
    <message>
        <source>needs a 'host' (and a 'path', if any) as text</source>
        <translation>memerlukan 'host' (dan 'path', jika ada) berupa teks</translation>
    </message>
    <message>
        <source>normalise must be one of {choices}</source>
        <translation>normalise harus salah satu dari {choices}</translation>
    </message>
    <message>
        <source>not a regular expression ({error})</source>
        <translation>bukan ekspresi reguler ({error})</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it was set aside as {aside}, and the next sync fills a new one from your calendars</source>
        <translation>{path} rusak ({error}): file disisihkan sebagai {aside}, dan sinkronisasi berikutnya mengisi file baru dari kalender Anda</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it is set aside, and the next sync fills a new one from your calendars</source>
        <translation>{path} rusak ({error}): file disisihkan, dan sinkronisasi berikutnya mengisi file baru dari kalender Anda</translation>
    </message>
    <message>
        <source>{path} was damaged ({error}): it is kept as it was in {aside}, and {read} could be read back from it</source>
        <translation>{path} rusak ({error}): file disimpan apa adanya di {aside}, dan {read} dapat dibaca kembali darinya</translation>
    </message>
    <message>
        <source>{notice}; {more} more came from the daily copy {copy}</source>
        <translation>{notice}; {more} lagi diambil dari salinan harian {copy}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>basis data atau disk penuh</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>basis data sedang terkunci</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>tidak dapat menulis ke basis data yang hanya-baca</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>kesalahan baca-tulis disk</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>file basis data rusak</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>file basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>ruang disk habis</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>akses ditolak</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>sistem file hanya-baca</translation>
    </message>
    <message>
        <source>no keyring is available on this system (install and unlock GNOME Keyring or KWallet)</source>
        <translation>sistem ini tidak memiliki keyring (pasang dan buka GNOME Keyring atau KWallet)</translation>
    </message>
    <message>
        <source>the keyring is locked; unlock it and try again</source>
        <translation>keyring terkunci; buka kuncinya lalu coba lagi</translation>
    </message>
    <message>
        <source>the keyring could not be opened ({error})</source>
        <translation>keyring tidak dapat dibuka ({error})</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>keyring mengalami gangguan ({error})</translation>
    </message>
    <message>
        <source>the keyring ({name}) did not keep the password</source>
        <translation>keyring ({name}) tidak menyimpan kata sandi</translation>
    </message>
</context>
<context>
    <name>RecentCallsDialog</name>
    <message>
        <source>Follow up on a recent call</source>
        <translation>Tindak lanjuti rapat terakhir</translation>
    </message>
    <message>
        <source>Reading the last seven days…</source>
        <translation>Membaca tujuh hari terakhir…</translation>
    </message>
    <message>
        <source>Draft follow-up</source>
        <translation>Buat draf tindak lanjut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>The calendar could not be read: %1</source>
        <translation>Kalender tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Calls that ended in the last seven days:</source>
        <translation>Rapat yang selesai dalam tujuh hari terakhir:</translation>
    </message>
    <message>
        <source>No call ended in the last seven days.</source>
        <translation>Tidak ada rapat yang selesai dalam tujuh hari terakhir.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>Held</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <source>Late starts</source>
        <translation>Mulai terlambat</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>Lewat waktu</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Meeting log and report</source>
        <extracomment>What a cell sorts by when its text does not (a date as the language writes it).</extracomment>
        <translation>Catatan rapat dan laporan</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 hari terakhir</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Meeting log</source>
        <translation>Catatan rapat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Late arrivals</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Average lateness (min)</source>
        <translation>Rata-rata terlambat (menit)</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>Lewat waktu</translation>
    </message>
    <message>
        <source>Overrun (min)</source>
        <translation>Lewat waktu (menit)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Pembatalan mendadak</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Di luar jam kerja</translation>
    </message>
    <message>
        <source>Follow-ups sent</source>
        <translation>Tindak lanjut terkirim</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Anggaran terpakai</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Salin pesan</translation>
    </message>
    <message>
        <source>Make a client profile</source>
        <translation>Buat profil klien</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Late (min)</source>
        <translation>Terlambat (menit)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Tambah catatan…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Koreksi…</translation>
    </message>
    <message>
        <source>The meeting log cannot be read: the journal could not be opened.</source>
        <translation>Catatan rapat tidak dapat dibaca: jurnal tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Nothing was logged in this period.</source>
        <translation>Tidak ada yang tercatat dalam periode ini.</translation>
    </message>
    <message>
        <source>held</source>
        <translation>berlangsung</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>late cancellation</source>
        <translation>pembatalan mendadak</translation>
    </message>
    <message>
        <source>nobody answered</source>
        <translation>tidak ada yang menjawab</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (dikoreksi)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>%1 was late three times or more in the last 30 days.</source>
        <translation>%1 terlambat tiga kali atau lebih dalam 30 hari terakhir.</translation>
    </message>
    <message>
        <source>%1 cancelled late twice or more in the last 30 days.</source>
        <translation>%1 membatalkan mendadak dua kali atau lebih dalam 30 hari terakhir.</translation>
    </message>
    <message>
        <source>A profile for %1 was added; edit it in Settings.</source>
        <translation>Profil untuk %1 sudah ditambahkan; ubah di Pengaturan.</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The log could not be changed</source>
        <translation>Catatan tidak dapat diubah</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspor CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Berkas tidak dapat ditulis</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> jam sebelumnya</translation>
    </message>
    <message>
        <source>Timeward settings</source>
        <translation>Pengaturan Timeward</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>you@example.com, you@company.example</source>
        <translation>anda@example.com, anda@perusahaan.example</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>Warn before the end</source>
        <translation>Peringatkan sebelum selesai</translation>
    </message>
    <message>
        <source>Wait for late guests</source>
        <translation>Tunggu tamu yang terlambat</translation>
    </message>
    <message>
        <source>Remind before the start</source>
        <translation>Ingatkan sebelum mulai</translation>
    </message>
    <message>
        <source>Reminder to send the client ahead</source>
        <translation>Pengingat untuk klien sebelum rapat</translation>
    </message>
    <message>
        <source>Time I keep between calls</source>
        <translation>Jeda yang saya sisakan antarrapat</translation>
    </message>
    <message>
        <source>My e-mail addresses</source>
        <translation>Alamat email saya</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>A desktop notification when a call's time is up</source>
        <translation>Notifikasi desktop saat waktu rapat habis</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>Start Timeward when I log in</source>
        <translation>Jalankan Timeward saat saya masuk</translation>
    </message>
    <message>
        <source>At login</source>
        <translation>Saat masuk</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Focus day</source>
        <translation>Hari fokus</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Focus dates (no calls)</source>
        <translation>Tanggal fokus (tanpa rapat)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>A session cancelled with less than 24 hours' notice is charged $50.</source>
        <translation>Sesi yang dibatalkan kurang dari 24 jam sebelumnya dikenakan biaya $50.</translation>
    </message>
    <message>
        <source>A call cancelled with less notice than this is logged as a late cancellation, and the note drafted for it ends with the fee line. A client profile can set its own.</source>
        <translation>Rapat yang dibatalkan dengan pemberitahuan kurang dari ini dicatat sebagai pembatalan mendadak, dan catatan yang disusun untuknya diakhiri dengan kalimat biaya. Profil klien dapat menetapkan aturannya sendiri.</translation>
    </message>
    <message>
        <source>Notice required</source>
        <translation>Pemberitahuan minimal</translation>
    </message>
    <message>
        <source>Fee line</source>
        <translation>Kalimat biaya</translation>
    </message>
    <message>
        <source>A call belongs to the first profile that matches it, from the top.</source>
        <translation>Setiap rapat masuk ke profil pertama yang cocok, dihitung dari atas.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Bukan alamat email: %1</translation>
    </message>
    <message>
        <source>%1: the day must end after it begins.</source>
        <translation>%1: jam selesai harus setelah jam mulai.</translation>
    </message>
    <message>
        <source>Not a date like 2026-12-24: %1</source>
        <translation>Bukan tanggal seperti 2026-12-24: %1</translation>
    </message>
</context>
<context>
    <name>SourceDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <source>Add a calendar subscription</source>
        <translation>Tambah langganan kalender</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Berkas…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Every .ics file in a folder, as one calendar</source>
        <translation>Semua berkas .ics dalam satu folder, sebagai satu kalender</translation>
    </message>
    <message>
        <source>Address or file</source>
        <translation>Alamat atau berkas</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nama (opsional)</translation>
    </message>
    <message>
        <source>Secret addresses are shown shortened, never in full.</source>
        <translation>Alamat rahasia selalu ditampilkan disingkat, tidak pernah utuh.</translation>
    </message>
    <message>
        <source>Choose a calendar file</source>
        <translation>Pilih berkas kalender</translation>
    </message>
    <message>
        <source>Calendars (*.ics);;All files (*)</source>
        <translation>Kalender (*.ics);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose a folder of calendar files</source>
        <translation>Pilih folder berisi berkas kalender</translation>
    </message>
    <message>
        <source>Give an address or choose a file.</source>
        <translation>Isi alamat atau pilih berkas.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>the sync stopped (%1)</source>
        <extracomment>Passwords the user chose to keep for this session only (no keyring works here): held in memory, handed to each sync on its standard input, gone when the app quits.</extracomment>
        <translation>sinkronisasi berhenti (%1)</translation>
    </message>
</context>
<context>
    <name>SyncWindow</name>
    <message>
        <source>Calendars — Timeward</source>
        <translation>Kalender — Timeward</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Tambah akun…</translation>
    </message>
    <message>
        <source>Add subscription…</source>
        <translation>Tambah langganan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Trust certificate…</source>
        <translation>Percayai sertifikat…</translation>
    </message>
    <message>
        <source>Trust the certificate this server shows now, by its fingerprint</source>
        <translation>Percayai sertifikat yang ditunjukkan server ini sekarang, berdasarkan sidik jarinya</translation>
    </message>
    <message>
        <source>account</source>
        <translation>akun</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>langganan</translation>
    </message>
    <message>
        <source>no longer on the server; its events are kept</source>
        <translation>sudah tidak ada di server; acaranya tetap disimpan</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>baik</translation>
    </message>
    <message>
        <source>Guard calls in this calendar</source>
        <translation>Jaga waktu rapat di kalender ini</translation>
    </message>
    <message>
        <source>Demo calendar: the tray shows made-up calls until you add yours. Add a CalDAV account (Nextcloud, Fastmail, iCloud, Radicale…) or subscribe to a published calendar (Google, Outlook).</source>
        <translation>Kalender contoh: baki menampilkan rapat rekaan sampai Anda menambahkan kalender sendiri. Tambahkan akun CalDAV (Nextcloud, Fastmail, iCloud, Radicale…) atau berlangganan kalender publik (Google, Outlook).</translation>
    </message>
    <message>
        <source>Ticked calendars are guarded: Timeward times their calls.</source>
        <translation>Kalender yang dicentang dijaga: Timeward mengatur waktu rapatnya.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Remove calendar</source>
        <translation>Hapus kalender</translation>
    </message>
    <message>
        <source>Remove “%1” and its cached events? Your meeting log keeps its entries.</source>
        <translation>Hapus “%1” beserta acara yang tersimpan sementara? Catatan rapat Anda tetap menyimpan entrinya.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>Memeriksa sertifikat…</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <source>Timeward timer</source>
        <extracomment>Below the timer's first place, room for an alert card and the platform's balloons.</extracomment>
        <translation>Pengatur waktu Timeward</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>They joined</source>
        <translation>Mereka sudah bergabung</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Akhiri rapat</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Next call: %1</source>
        <translation>Rapat berikutnya: %1</translation>
    </message>
</context>
<context>
    <name>TimewardApp</name>
    <message>
        <source>The draft could not be saved</source>
        <translation>Draf tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Follow up on a recent call…</source>
        <translation>Tindak lanjuti rapat terakhir…</translation>
    </message>
    <message>
        <source>Meeting log and report…</source>
        <translation>Catatan rapat dan laporan…</translation>
    </message>
    <message>
        <source>Calendars…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Pengaturan…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>They joined</source>
        <extracomment>The look before the first calendar read: no call known (the time in it is never shown).</extracomment>
        <translation>Mereka sudah bergabung</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Akhiri rapat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>No more calls today</source>
        <translation>Tidak ada rapat lagi hari ini</translation>
    </message>
    <message>
        <source>Open timer</source>
        <translation>Buka pengatur waktu</translation>
    </message>
    <message>
        <source>Follow-up drafts waiting: %1…</source>
        <translation>Draf tindak lanjut yang menunggu: %1…</translation>
    </message>
    <message>
        <source>Demo calendar — add yours in Calendars…</source>
        <translation>Kalender contoh — tambahkan milik Anda di Kalender…</translation>
    </message>
</context>
<context>
    <name>_SourceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Percayai sertifikat ini…</translation>
    </message>
    <message>
        <source>This certificate will be trusted. Test or add again.</source>
        <translation>Sertifikat ini akan dipercaya. Uji atau tambahkan lagi.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Menambahkan…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>It failed.</source>
        <translation>Gagal.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save the draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Mail drafts (*.eml)</source>
        <translation>Draf email (*.eml)</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Tidak ada keyring</translation>
    </message>
    <message>
        <source>The password cannot be kept safely: %1.

Keep it for this session only? It is held in memory, never written to a file, and asked again after Timeward restarts.</source>
        <translation>Kata sandi tidak dapat disimpan dengan aman: %1.

Simpan hanya untuk sesi ini? Kata sandi disimpan di memori, tidak pernah ditulis ke berkas, dan akan ditanyakan lagi setelah Timeward dijalankan ulang.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Simpan untuk sesi ini</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Percayai sertifikat ini?</translation>
    </message>
    <message>
        <source>The server shows a certificate that no authority vouches for. Trust it only if its fingerprint is the one your server's administrator gave you:

%1

From then on, Timeward accepts this exact certificate from this server, and no other.</source>
        <translation>Server menunjukkan sertifikat yang tidak dijamin oleh otoritas mana pun. Percayai hanya jika sidik jarinya sama dengan yang diberikan administrator server Anda:

%1

Sejak itu, Timeward hanya menerima sertifikat ini dari server ini, bukan yang lain.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Percayai</translation>
    </message>
</context>
</TS>