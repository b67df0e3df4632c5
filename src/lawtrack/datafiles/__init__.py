"""Data files: read (YAML with positions), schema (pydantic), validate (rules), load (database)."""
