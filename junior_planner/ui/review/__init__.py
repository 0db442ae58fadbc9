"""The planners' review window and the PDF report painter."""
