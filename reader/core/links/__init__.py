"""Passage links: the statements two or more reports carry."""
