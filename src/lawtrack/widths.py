"""How long a code or name in a data file may be: the width of its database column.

The tables (models.py) and the file contract (datafiles/schema.py) both read these, so a value
that validates always fits the column, on SQLite (which does not enforce widths) as on
PostgreSQL (which does).
"""

from __future__ import annotations

JURISDICTION_CODE = 10
FRAMEWORK_CODE = 40
FRAMEWORK_SHORT_NAME = 80
CRITERION_CODE = 60
CRITERION_SHORT_ID = 4
CRITERION_NAME = 80
TERM_CODE = 60
ATTRIBUTE_CODE = 60
INSTRUMENT_KEY = 80
CATEGORY_LETTER = 2
