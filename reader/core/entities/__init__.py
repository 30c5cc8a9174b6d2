"""Named things: mentions found in sentences, clustered across articles into entities."""
