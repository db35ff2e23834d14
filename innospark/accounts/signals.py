from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from innospark.accounts.services import account_claim_browser_sessions


@receiver(user_logged_in)
def claim_browser_sessions(sender, request, user, **kwargs):
    """Tests taken anonymously in this browser join the account that signs in."""
    if request is not None and hasattr(request, "session"):
        account_claim_browser_sessions(request=request, user=user)
