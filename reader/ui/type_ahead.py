"""Type-ahead: keys handled one at a time, each with the focus and screen the one before left.

Textual forwards a key to whatever has focus the moment the key arrives. In a burst (fast
typing, a paste, a terminal over SSH) the keys after ``/``, ``c`` or Enter would then reach
the old focus before the first key had moved it, and be lost or misread. The app holds each
key until the one before has been handled: the key travels from its target up to the app's
bindings, and whatever messages it set off on that way (``Input.Submitted``, an option list's
``OptionHighlighted``) have been handled too. Message queues are first in, first out, so a
callback posted behind the key to each node on its way runs once that node is done with it.
"""

from __future__ import annotations

from collections import deque
from itertools import count

from textual import events
from textual.app import App
from textual.message_pump import MessagePump

PATIENCE = 2.0
"""Seconds a key may take before the next one is handled anyway: a handler that never
returns (or a node closed with the callback in its queue) must not hold every later key."""

_ROUNDS = 2
"""Passes from the key's target up to the app: the first follows the key to the bindings, the
second the messages its handlers posted on the way."""


def _as_typed(key: events.Key) -> events.Key:
    """Enter typed before the terminal was put in raw mode, as ``ctrl+j``: the terminal's line
    discipline turns the carriage return it sends into a line feed (ICRNL) while the app starts,
    so ``/word⏎nn`` typed ahead left "wordnn" in the search box. Nothing here binds ctrl+j, which
    sends that same line feed, so it is Enter too (as in a shell)."""
    return events.Key("enter", "\r") if key.key == "ctrl+j" else key


class OneKeyAtATime(App):
    """Mix in before :class:`~textual.app.App`: keys are forwarded one at a time (see the module doc)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held_keys: deque[events.Key] = deque()
        """Keys waiting their turn."""
        self.previous_key = ""
        """The key handled before the one being handled (``escape escape`` means more than one)."""
        self._current_key = ""
        self._key_numbers = count(1)
        self._key_number = 0
        """The key being handled (0: none); keys arriving meanwhile are held. Numbers are never
        reused, so a late call back (the timer's) cannot release a later key."""

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            event = _as_typed(event)
            if self._key_number:
                self._held_keys.append(event)
            else:
                await self._handle_key(event)
            return
        await super().on_event(event)

    def key_spent(self) -> None:
        """The key being handled did its own thing: the next key does not follow it (an escape
        that ended a search is not the first of two escapes)."""
        self._current_key = ""

    async def _handle_key(self, event: events.Key) -> None:
        number = self._key_number = next(self._key_numbers)
        self.previous_key, self._current_key = self._current_key, event.key
        target = self.focused or self.screen
        await super().on_event(event)  # priority bindings, else forwarded to the focus
        if not event.is_forwarded:
            await self._key_done(number)  # a priority binding took it
            return
        self.set_timer(PATIENCE, lambda: self._key_done(number))
        self._follow(target, target, number, 1)

    def _follow(self, node: MessagePump, target: MessagePump, number: int, round_: int) -> None:
        """Call back once ``node`` has nothing queued from key ``number``, then its parent, up to the app."""
        if not node.call_later(self._reached, node, target, number, round_):
            self.call_later(self._key_done, number)  # closed: nothing more will come of the key there

    def _reached(self, node: MessagePump, target: MessagePump, number: int, round_: int) -> None:
        if number != self._key_number:
            return
        if not node._message_queue.empty():
            self._follow(node, target, number, round_)  # messages the key set off: after them
            return
        parent = node._parent
        if parent is not None and parent is not self:
            self._follow(parent, target, number, round_)
        elif round_ < _ROUNDS:
            # The key reaches the app's bindings after this callback: start again behind it.
            self.call_later(self._follow, target, target, number, round_ + 1)
        else:
            self.call_later(self._key_done, number)

    async def _key_done(self, number: int) -> None:
        if number != self._key_number:
            return  # already released (by the timer, or before it)
        self._key_number = 0
        await self._next_key()

    async def _next_key(self) -> None:
        while not self._key_number and self._held_keys:
            await self._handle_key(self._held_keys.popleft())
