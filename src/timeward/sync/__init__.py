"""The one use case that fetches calendars and writes the cache: the syncer (``syncer``), the
window of days the cache holds occurrences for (``window``), the synced agenda its readers get
(``agenda``), and how each source's syncs went (``status``). No Qt here.
"""
