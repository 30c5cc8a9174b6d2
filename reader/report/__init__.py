"""The HTML report and the news-prose highlighting it shares with the terminal (uses Pygments, so not core)."""
