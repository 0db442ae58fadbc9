"""Services: the composition of model, store and files that every face of the app uses (no Qt)."""
