"""The screens shown in the main window's navigation, one module per screen."""
