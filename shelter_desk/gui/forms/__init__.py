"""Generated from ui/*.ui by scripts/build_forms.py. Do not edit these files by hand."""
