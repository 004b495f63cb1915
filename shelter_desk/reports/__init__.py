"""Printouts, built in memory with reportlab (no Qt, no files unless the user saves)."""
