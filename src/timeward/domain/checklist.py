"""A call's agenda checklist: the items from the description, then the user's own edits.

Pure values: each edit returns a new Checklist, so the UI can save it (the journal) and show it
without sharing mutable state. Items are plain text, capped like parsed ones.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeward.domain.agenda import MAX_ITEM_LENGTH, MAX_ITEMS, AgendaItem, parse_agenda_items


def _tidy(text: str) -> str:
    return " ".join(text.split())[:MAX_ITEM_LENGTH]


@dataclass(frozen=True, slots=True)
class Checklist:
    items: tuple[AgendaItem, ...] = ()

    @classmethod
    def from_description(cls, description: str) -> Checklist:
        return cls(parse_agenda_items(description))

    @property
    def covered(self) -> tuple[AgendaItem, ...]:
        return tuple(item for item in self.items if item.covered)

    @property
    def uncovered(self) -> tuple[AgendaItem, ...]:
        return tuple(item for item in self.items if not item.covered)

    @property
    def top_uncovered(self) -> str | None:
        """The first item not yet covered: what the ten-minute phrase names."""
        return next((item.text for item in self.items if not item.covered), None)

    def toggled(self, index: int) -> Checklist:
        item = self.items[index]
        return self._with(index, replace(item, covered=not item.covered))

    def with_covered(self, numbers: set[int]) -> Checklist:
        """Exactly the 1-based item ``numbers`` covered (``--covered 1,3``)."""
        return Checklist(tuple(replace(item, covered=n in numbers) for n, item in enumerate(self.items, 1)))

    def added(self, text: str) -> Checklist:
        text = _tidy(text)
        if not text or len(self.items) >= MAX_ITEMS:
            return self
        return Checklist((*self.items, AgendaItem(text)))

    def edited(self, index: int, text: str) -> Checklist:
        text = _tidy(text)
        if not text:
            return self.removed(index)
        return self._with(index, replace(self.items[index], text=text))

    def removed(self, index: int) -> Checklist:
        return Checklist(self.items[:index] + self.items[index + 1:])

    def moved(self, index: int, to: int) -> Checklist:
        """The item at ``index`` moved to position ``to`` (clamped to the list)."""
        items = list(self.items)
        item = items.pop(index)
        items.insert(max(0, min(to, len(items))), item)
        return Checklist(tuple(items))

    def _with(self, index: int, item: AgendaItem) -> Checklist:
        return Checklist(self.items[:index] + (item,) + self.items[index + 1:])
