"""Counts in words: every message that counts says ``1 link`` and ``2 links``, never ``1 links``."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, in the plural (``plural``, else ``noun`` + s) unless ``count`` is 1."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
