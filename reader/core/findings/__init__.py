"""What the links mean: typed differences, figures, quotations and the per-report collation."""
