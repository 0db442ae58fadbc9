"""Printing: the PDF report and the take-home sheet, painted with Qt (the one Qt-side home of printing)."""
