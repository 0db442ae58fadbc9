"""The end-of-workshop gallery: the day's finished designs shown one by one on a projector."""
