"""The Debian package of the bundle: `make deb` -> dist/timeward_<version>_<arch>.deb.

The one-folder bundle goes under /opt/timeward, with /usr/bin/timeward linking to its program;
the desktop entry, the metainfo and the icons go where desktops look for them. The package
depends on the system libraries the bundle's programs and Qt's plugins link against, as
dpkg-shlibdeps finds them, so that it installs on a fresh machine of the same release.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from timeward import APP_ID, __version__  # noqa: E402
from timeward.ui.icon import APP_ICON_SIZES  # noqa: E402  (a list of numbers: no Qt is started)

BUNDLE = ROOT / "dist" / "timeward"
SUMMARY = "Guard your time on calls"


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(4) == b"\x7fELF"
    except OSError:
        return False


def system_depends(stage: Path) -> str:
    """The Depends line: the Debian packages of the system libraries the bundle's programs and
    libraries link against but do not carry (ldd, with the bundle's folders searched first as its
    program does), glibc at the version it was built on. A plugin whose libraries this system
    lacks (Qt's GTK theme without GTK) is one Qt skips at run time: it adds nothing."""
    bundle = stage / "opt" / "timeward"
    inside = bundle / "_internal"
    environ = dict(os.environ, LD_LIBRARY_PATH=f"{inside}:{inside / 'PySide6' / 'Qt' / 'lib'}")
    outside: set[str] = set()
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        linked = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=environ).stdout
        if "not found" in linked:
            continue
        outside.update(found[1] for line in linked.splitlines()
                       if (found := re.search(r"=> (/\S+)", line)) and not found[1].startswith(str(stage)))
    owners = subprocess.run(["dpkg", "-S", *sorted(outside)], capture_output=True, text=True).stdout
    packages = {line.split(":", 1)[0].split(",")[0].strip() for line in owners.splitlines() if ":" in line}
    glibc = platform.libc_ver()[1]
    return ", ".join(f"{name} (>= {glibc})" if name == "libc6" and glibc else name for name in sorted(packages))


def stage_files(stage: Path) -> None:
    shutil.copytree(BUNDLE, stage / "opt" / "timeward", symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "timeward").symlink_to("/opt/timeward/timeward")
    share = stage / "usr" / "share"
    resources = ROOT / "resources"
    for source, target in [(resources / f"{APP_ID}.desktop", share / "applications"),
                           (resources / f"{APP_ID}.metainfo.xml", share / "metainfo"),
                           (resources / f"{APP_ID}.svg", share / "icons" / "hicolor" / "scalable" / "apps")]:
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target / source.name)
    for size in APP_ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(ROOT / "src" / "timeward" / "assets" / "icons" / f"timeward-{size}.png", target / f"{APP_ID}.png")
    docs = share / "doc" / "timeward"
    docs.mkdir(parents=True)
    shutil.copy(ROOT / "README.md", docs / "README.md")


def control(stage: Path, arch: str) -> str:
    size = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    return "\n".join([
        "Package: timeward",
        f"Version: {__version__}",
        f"Architecture: {arch}",
        "Maintainer: The Timeward developers <timeward@users.noreply.github.com>",
        f"Installed-Size: {size}",
        f"Depends: {system_depends(stage)}",
        # A keyring for the passwords, a browser opener, and fonts with Thai and Vietnamese glyphs.
        "Recommends: gnome-keyring | kwalletmanager, xdg-utils, fonts-noto-core",
        "Section: utils",
        "Priority: optional",
        "Homepage: https://github.com/timeward/timeward",
        f"Description: {SUMMARY}",
        " Timeward sits in the system tray and keeps the time of every call in your",
        " calendars: a countdown, a warning ten minutes before the end with a polite",
        " sentence to say, a wait limit for late guests, follow-up mails listing what",
        " was not covered, and a meeting log with a per-client report.",
        "",
    ])


def main() -> int:
    if not (BUNDLE / "timeward").is_file():
        sys.exit("no bundle in dist/timeward: run `make bundle` first")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    target = ROOT / "dist" / f"timeward_{__version__}_{arch}.deb"
    with tempfile.TemporaryDirectory() as folder:
        stage = Path(folder) / "timeward"
        stage_files(stage)
        (stage / "DEBIAN").mkdir()
        (stage / "DEBIAN" / "control").write_text(control(stage, arch), encoding="utf-8")
        for path in stage.rglob("*"):  # the same modes whoever builds it (a umask of 077 would leak in)
            if not path.is_symlink():
                os.chmod(path, 0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)], check=True,
                       stdout=subprocess.DEVNULL)
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
