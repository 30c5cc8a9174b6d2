"""The analysis as documents: JSON and Markdown (the HTML report lives in ``reader.report``)."""
