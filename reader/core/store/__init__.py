"""What is kept on disk: atomic writes, safe reads, the analysis cache, the user's corrections."""
