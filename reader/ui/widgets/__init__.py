"""Widgets of the reader screen; each posts messages up and never calls its siblings."""
