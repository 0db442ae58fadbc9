class UserError(Exception):
    """A mistake the user can fix; the message is one translated sentence. Exit code 2."""
