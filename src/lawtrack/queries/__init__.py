"""The read side: a reader in, result objects out. One query per kind of row, never per cell.

Split by noun: `common` (lookups with suggestions), `states` (assessment states with their
citations and sources, or only each cell's status), then one module per group of views.

The SQL: `statements` defines every query in SQLAlchemy Core (with `portable`'s parameters),
`sqlgen` compiles it into `sql_generated` at development time, and `reader` runs it on the
plain driver. The view modules import neither SQLAlchemy nor `statements`.
"""
