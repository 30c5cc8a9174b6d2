"""Files to articles: the article format, loading a folder, cleaning and importing web pages."""
