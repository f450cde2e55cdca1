<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>Pilih &amp;semua</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Naikkan</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Turunkan</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
      <translation>%1
Folder tidak ditemukan.
Pastikan nama folder sudah benar.</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
File tidak ditemukan.
Pastikan nama file sudah benar.</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Pilih</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Hapus</translation>
    </message>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Cari di:</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Folder &amp;baru</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Buka</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Ganti nama</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>'%1' is write protected.
Do you want to delete it anyway?</source>
      <translation>'%1' dilindungi dari penulisan.
Tetap ingin menghapusnya?</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Semua file (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Semua file (*)</translation>
    </message>
    <message>
      <source>Alt+Left</source>
      <translation>Alt+Left</translation>
    </message>
    <message>
      <source>Alt+Right</source>
      <translation>Alt+Right</translation>
    </message>
    <message>
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Yakin ingin menghapus '%1'?</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
      <source>Could not delete directory.</source>
      <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Buat folder baru</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Buat folder baru</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Tampilan rinci</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Folder</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Nama file:</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Jenis file:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Cari folder</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Maju</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Kembali</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Maju</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Ke folder induk</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Tampilan daftar</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Folder baru</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Folder induk</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Tempat terkini</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Simpan sebagai</translation>
    </message>
    <message>
      <source>Show </source>
      <translation>Tampilkan </translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Tampilkan file &amp;tersembunyi</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Bilah sisi</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Computer</source>
      <translation>Komputer</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Tanggal diubah</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Komputer Saya</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ukuran</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Jenis</translation>
    </message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Batal</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Tutup</translation>
    </message>
    <message>
      <source>&amp;OK</source>
      <translation>&amp;OK</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Simpan</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Tutup tanpa menyimpan</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Batalkan</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Potong</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih semua</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Hide Details...</source>
      <translation>Sembunyikan rincian...</translation>
    </message>
    <message>
      <source>Show Details...</source>
      <translation>Tampilkan rincian...</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Tidak</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ya</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hentikan</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Terapkan</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Buang</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Abaikan</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>T&amp;idak untuk semua</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Setel ulang</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Pulihkan bawaan</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Coba lagi</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Simpan semua</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ya untuk &amp;semua</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Salin</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Tempel</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ulangi</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Batalkan</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Salin alamat &amp;tautan</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Potong</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Hapus</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Pilih semua</translation>
    </message>
  </context>
</TS>