"""Persistence (no Qt, never touches calendars): folders, settings, templates."""
