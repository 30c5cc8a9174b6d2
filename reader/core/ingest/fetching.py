"""Pages from the web for ``import URL``: trafilatura's own downloader, bounded in time and size.

One failure is one :class:`FetchError` with a one-line reason (trafilatura logs its
reasons rather than raising them; they are collected here). The downloader's guard
against requests to private addresses stays on, except for a URL that itself names a
loopback or private host: the user asked for that one (a local server, an intranet
page), while a public page redirecting there is still refused.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from contextlib import contextmanager
from urllib.parse import urlsplit

from reader.core.files import size_text
from reader.core.ingest.importer import MAX_BYTES

TIMEOUT_SECONDS = 20
"""Per connection and per read; a page that takes longer is reported, not waited for."""
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)


class FetchError(ValueError):
    """A page could not be fetched; the message is one line for the user."""


def is_url(text: str) -> bool:
    """An http(s) address, as opposed to a file name."""
    return bool(_URL.match(text))


def fetch(url: str) -> tuple[bytes, str]:
    """The page's bytes and its final address (after redirects); raises :class:`FetchError`."""
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(TIMEOUT_SECONDS))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_BYTES))
    # A certificate that does not verify is an error to report, not a reason to go on unverified.
    config.set("DEFAULT", "INSECURE_SSL_FALLBACK", "off")
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if _names_local_host(url) else "on")
    with _logged_errors() as errors:
        response = fetch_response(url, config=config)
    if response is None or response.data is None:
        raise FetchError(_reason(errors[-1], url) if errors else "no response")
    if response.status != 200:
        raise FetchError(f"the server answered HTTP {response.status}")
    return response.data, response.url or url


def _names_local_host(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        return False


def _reason(message: str, url: str) -> str:
    """trafilatura's log line ("download error: URL reason") as a short reason."""
    message = " ".join(message.replace(url, "").split()).removeprefix("download error:").strip()
    if "MAX_FILE_SIZE" in message:
        return f"the page is larger than the {size_text(MAX_BYTES)} limit"
    if "timed out" in message.lower() or "timeout" in message.lower():
        return f"no answer within {TIMEOUT_SECONDS} seconds"
    if "NameResolution" in message:
        return f"no such host: {urlsplit(url).hostname}"
    if errno := re.search(r"\[Errno -?\d+\] ([\w ,.'-]+)", message):
        return f"could not connect: {errno[1].strip().lower()}"
    if "SSRF" in message or "non-public address" in message:
        return "refused: the page redirects to a private address"
    return message[:200] or "download failed"


@contextmanager
def _logged_errors():
    """The error messages trafilatura's downloader logs while the block runs."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger("trafilatura.downloads")
    handler = Collect(level=logging.WARNING)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False  # said once, by us, not also by the root logger on stderr
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
