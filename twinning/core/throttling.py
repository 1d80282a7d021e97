"""Throttles password guessing: admin logins and page or document passwords, through django-axes.

Logins go through Django's ``authenticate``, where axes' backend counts failures per user name
and client address and refuses further tries after ``AXES_FAILURE_LIMIT`` of them. Wagtail's
page and document passwords are not logins, so their views are wrapped here and report each wrong
password to the same axes handler under a name for the protected page ("Seitenpasswort 12"):
one store of attempts, one lockout page, one way for administrators to lift a lock (the admin
screen below, or ``manage.py axes_reset``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail import views as page_views
from wagtail.documents.views import serve as document_views

LOCKOUT_TEMPLATE = "core/lockout.html"
LOCKOUT_STATUS = 429
# Who manages users may also lift their locks (checked by permission, never by group name).
UNLOCK_PERMISSION = "auth.change_user"
PAGE_PASSWORD = "Seitenpasswort {}"
DOCUMENT_PASSWORD = "Dokumentpasswort {}"


def client_ip(request: HttpRequest) -> str | None:
    """The address the connection came from.

    Never a forwarded header: whoever sends ``X-Forwarded-For`` could otherwise pick a fresh
    address for every guess. Behind a trusted proxy, the proxy middleware sets ``REMOTE_ADDR``.
    """
    return request.META.get("REMOTE_ADDR")


def cool_off_minutes(request: HttpRequest | None = None) -> int | None:
    cool_off = get_cool_off(request)
    if not cool_off:
        return None
    return max(1, round(cool_off / timedelta(minutes=1)))


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """The German page every lockout answers with (axes' ``AXES_LOCKOUT_CALLABLE``)."""
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "minutes": cool_off_minutes(request),
    }
    response = render(request, LOCKOUT_TEMPLATE, context, status=LOCKOUT_STATUS)
    response["Cache-Control"] = "no-store"
    if context["minutes"]:
        response["Retry-After"] = str(context["minutes"] * 60)
    return response


def _throttled(request: HttpRequest, name: str, check_password) -> HttpResponse:
    """Run Wagtail's password view unless this client is locked out for ``name``.

    Wagtail answers a right password with a redirect and a wrong one by showing the form again
    (200); only a POST can be a guess.
    """
    if request.method != "POST":
        return check_password()
    credentials = {"username": name}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return lockout_response(request, credentials=credentials)
    response = check_password()
    if response.status_code == 200:
        AxesProxyHandler.user_login_failed(
            sender=_throttled, credentials=credentials, request=request
        )
        if getattr(request, "axes_locked_out", False):
            return lockout_response(request, credentials=credentials)
    return response


def page_password(
    request: HttpRequest, page_view_restriction_id: int, page_id: int
) -> HttpResponse:
    """Wagtail's form for a password-protected page, throttled per client and page."""
    return _throttled(
        request,
        PAGE_PASSWORD.format(page_id),
        lambda: page_views.authenticate_with_password(request, page_view_restriction_id, page_id),
    )


def document_password(request: HttpRequest, restriction_id: int) -> HttpResponse:
    """Wagtail's form for a password-protected document collection, throttled likewise."""
    return _throttled(
        request,
        DOCUMENT_PASSWORD.format(restriction_id),
        lambda: document_views.authenticate_with_password(request, restriction_id),
    )


def locked_attempts() -> list[AccessAttempt]:
    """Clients that are locked out now: at the failure limit and within the cool-off time."""
    limit = get_failure_limit(None, None)
    attempts = AccessAttempt.objects.filter(failures_since_start__gte=limit)
    cool_off = get_cool_off()
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    locked = list(attempts.order_by("-attempt_time"))
    for attempt in locked:
        attempt.locked_until = attempt.attempt_time + cool_off if cool_off else None
    return locked


@permission_required(UNLOCK_PERMISSION, raise_exception=True)
def lockouts_view(request: HttpRequest) -> HttpResponse:
    """Admin screen: who is locked out, with a button to lift each lock."""
    return render(
        request,
        "core/admin/lockouts.html",
        {"attempts": locked_attempts(), "failure_limit": get_failure_limit(None, None)},
    )


@require_POST
@permission_required(UNLOCK_PERMISSION, raise_exception=True)
def unlock_view(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = get_object_or_404(AccessAttempt, pk=attempt_id)
    AxesProxyHandler.reset_attempts(ip_address=attempt.ip_address, username=attempt.username)
    messages.success(
        request,
        _("Sperre für „%(name)s“ von %(ip)s aufgehoben.")
        % {"name": attempt.username or "–", "ip": attempt.ip_address or "–"},
    )
    return redirect("twinning_lockouts")


class PasswordFormThrottleMiddleware:
    """Sends Wagtail's page and document password forms through the throttle.

    A middleware rather than URL patterns of our own in front of Wagtail's: it holds wherever
    Wagtail mounts those views. It must come after ``CsrfViewMiddleware``, whose check runs first.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs) -> HttpResponse | None:
        if view_func is page_views.authenticate_with_password:
            return page_password(request, *view_args, **view_kwargs)
        if view_func is document_views.authenticate_with_password:
            return document_password(request, *view_args, **view_kwargs)
        return None
