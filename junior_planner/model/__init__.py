"""The workshop model: pure Python + numpy, no Qt, no storage, no file formats.

Everything a child or facilitator changes is a `Command` applied to a `Proposal` (commands.py);
the rules a placement must follow live in rules.py.
"""
