"""Adapters to calendar data (no Qt, never touches storage): iCalendar parsing and expansion."""
