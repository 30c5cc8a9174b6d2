"""What is kept on disk: atomic writes, the analysis cache, the user's corrections."""
