"""The read side: a session in, result objects out. One query per kind of row, never per cell.

Split by noun: `common` (filters, lookups with suggestions), `states` (assessment states with
their citations and sources), then one module per group of views.
"""
