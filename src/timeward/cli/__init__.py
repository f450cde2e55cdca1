"""The headless commands of the command line, one module per command group (a contract scripts rely on).

Empty on purpose: the tray parses its arguments with ``cli.grammar`` and must not import the
commands by doing so.
"""
