"""Services: the only way the GUI and the command line read or change data.

Each checks the role (``Desk.require``) and writes the audit trail in the same
transaction as the change.
"""
