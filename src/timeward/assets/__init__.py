"""Files shipped inside the package: translations, phrase templates, icons."""

from __future__ import annotations

from pathlib import Path

#: The package is installed as plain files (never zipped), so its folder is read directly;
#: importlib.resources would add its own import cost to every start.
FOLDER = Path(__file__).resolve().parent
