"""Counts in messages, in the right number: '1 slide', '66 slides', '1 passage'."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str = "") -> str:
    """'1 deck', '3 decks'; `plural` for nouns that do not just take an s."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"
