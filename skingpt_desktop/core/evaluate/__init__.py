"""Checking a pack on a clinic's own labelled photos: datasets (dataset.py), the run with resume
(run.py), the metrics with confidence intervals and the paired test (metrics.py), and the
written results (outputs.py). Imports core.report, core.vision, core.llm and top-level core."""
