"""PySide6 widgets: kiosk/, facilitator/, review/, widgets/."""
