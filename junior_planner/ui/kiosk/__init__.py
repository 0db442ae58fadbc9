"""The children's kiosk: welcome -> who are you -> build -> I'm finished -> thank you."""
