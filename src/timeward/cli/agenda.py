"""``timeward agenda``: the occurrences of a window, as lines or as the JSON of the contract."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING

from timeward.cli.reading import read
from timeward.cli.when import parse_when
from timeward.system_zone import local_zone

if TYPE_CHECKING:
    from timeward.domain.model import Occurrence


def run_agenda(args: argparse.Namespace, now: dt.datetime) -> int:
    zone = local_zone()
    start = parse_when(args.start, zone) if args.start else now
    end = parse_when(args.end, zone) if args.end else start + dt.timedelta(days=7)
    if end <= start:
        raise argparse.ArgumentTypeError("--to must be later than --from")  # bad usage: exit 2
    occurrences = [o for o in read(args, (start, end)) if args.all or not (o.cancelled or o.declined)]
    if args.json:
        from timeward.domain.occurrence_json import to_json

        json.dump([to_json(o, zone) for o in occurrences], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for occurrence in occurrences:
        print(line(occurrence, zone))
    return 0


def line(occurrence: Occurrence, zone: dt.tzinfo) -> str:
    if isinstance(occurrence.start, dt.datetime) and isinstance(occurrence.end, dt.datetime):
        start, end = occurrence.start.astimezone(zone), occurrence.end.astimezone(zone)
        when = f"{start:%a %Y-%m-%d %H:%M}–{end:%H:%M}"
    else:
        when = f"{occurrence.start:%a %Y-%m-%d} (all day)"
    flags = [f for f, on in (("cancelled", occurrence.cancelled), ("declined", occurrence.declined)) if on]
    flags.extend(occurrence.notes)
    extra = f"  [{'; '.join(flags)}]" if flags else ""
    link = f"  {occurrence.join_url}" if occurrence.join_url else ""
    return f"{when}  {occurrence.summary or '(no title)'}{extra}{link}"
