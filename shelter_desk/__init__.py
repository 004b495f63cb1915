"""Shelter Desk: an offline, encrypted front-desk program for small shelters.

The core (everything outside ``shelter_desk.gui``) never imports PySide6.
"""

__version__ = "0.1.0"
APP_NAME = "Shelter Desk"
