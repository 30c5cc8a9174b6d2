"""Screens: the reader (sources, article, entities), help, and the compare family."""
