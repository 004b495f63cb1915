"""The Qt layer: the only part of Shelter Desk that imports PySide6. It only calls services."""
