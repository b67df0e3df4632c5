"""The SQL that datasette runs on the copy: helper views and tables, and canned queries for the
core questions, each answering as the lawtrack view of the same name does.

Every query reads the tables of `models.py` with the rules of `lawtrack.queries`: a state holds
on a date when it took effect by then (or has no date) and no newer state replaced it; a
jurisdiction without a state for a criterion is `not_assessed`; a citation names its instrument
before its pinpoints, repeating the instrument only when it changes (`citing.citation_text`);
a gap's kind is `status.gap_kind`. `tests/test_datasette.py` runs each query through datasette
and compares its rows with the lawtrack CSV view. SQLite 3.25 or later (window functions).
"""

from __future__ import annotations

from dataclasses import dataclass

from lawtrack.status import GAP_KINDS, GAP_ORDER, INCOMPLETE, NOT_ASSESSED, legend


def _quoted(words: tuple[str, ...] | list[str]) -> str:
    return ", ".join("'" + word.replace("'", "''") + "'" for word in words)


def gap_sql(status: str = "status", evidence: str = "evidence") -> str:
    """`status.gap_kind` as SQL, over these two columns (a test holds the two equal)."""
    return (
        f"CASE WHEN {status} IN ('no', 'partial') "
        f"THEN CASE WHEN {evidence} = '{INCOMPLETE}' THEN 'unconfirmed' ELSE 'legislative' END "
        f"WHEN {status} = 'unclear' THEN 'ambiguity' "
        f"WHEN {status} = '{NOT_ASSESSED}' THEN 'research' END"
    )


def gap_order_sql(gap: str) -> str:
    """The place of a kind of gap in `status.GAP_ORDER`, the order gaps are listed in."""
    return (
        f"CASE {gap} " + " ".join(f"WHEN '{k}' THEN {n}" for n, k in enumerate(GAP_ORDER)) + " END"
    )


# The victims' position: the criteria of `lawtrack victims` (queries/gaps.py VICTIM_CRITERIA).
VICTIM_CRITERIA = ("D1", "D2", "D3", "D4")

ALL_DATES = "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING"


@dataclass(frozen=True)
class ViewColumn:
    name: str
    like: str | None = None  # "table.column" whose description it shares
    about: str | None = None  # its own description


@dataclass(frozen=True)
class View:
    """A view of the copy; with `key`, a table filled from the view's query when the copy is
    written, indexed on `key` (citations as text are joined to thousands of rows per query)."""

    name: str
    description: str
    sql: str
    columns: tuple[ViewColumn, ...]
    facets: tuple[str, ...] = ()
    key: tuple[str, str] | None = None  # (its first column, the table whose id that is)

    def statements(self) -> list[str]:
        """The SQL that makes it in the copy."""
        query = self.sql.strip()
        if self.key is None:
            return [f"DROP VIEW IF EXISTS {self.name}", f"CREATE VIEW {self.name} AS {query}"]
        key, target = self.key
        assert self.columns[0].name == key
        columns = [f"{key} INTEGER PRIMARY KEY REFERENCES {target} (id)"]
        columns += [f"{column.name} TEXT" for column in self.columns[1:]]
        return [
            f"DROP TABLE IF EXISTS {self.name}",
            f"CREATE TABLE {self.name} ({', '.join(columns)})",
            f"INSERT INTO {self.name} {query}",
        ]


STATE_CITATIONS = View(
    "state_citations",
    "Each assessment state's citations and sources as one text, as lawtrack prints them "
    "(made from citations, instruments and sources when the copy was written).",
    f"""
WITH parts AS (
  SELECT ci.state_id, ci.position, ci.id,
    CASE
      WHEN ci.pinpoint IS NULL OR ci.pinpoint = '' THEN i.citation
      WHEN lag(ci.instrument_id) OVER (PARTITION BY ci.state_id ORDER BY ci.position, ci.id)
        = ci.instrument_id THEN ci.pinpoint
      ELSE i.citation || ', ' || ci.pinpoint
    END AS part,
    CASE WHEN owner.id = s.jurisdiction_id THEN '' ELSE owner.code || ':' END || i.key
      || CASE WHEN ci.pinpoint IS NULL OR ci.pinpoint = '' THEN '' ELSE ' ' || ci.pinpoint END
      AS cite
  FROM citations ci
  JOIN instruments i ON i.id = ci.instrument_id
  JOIN jurisdictions owner ON owner.id = i.jurisdiction_id
  JOIN assessment_states s ON s.id = ci.state_id
),
cited AS (
  SELECT DISTINCT state_id,
    group_concat(part, '; ') OVER (PARTITION BY state_id ORDER BY position, id {ALL_DATES})
      AS citation,
    group_concat(cite, '; ') OVER (PARTITION BY state_id ORDER BY position, id {ALL_DATES})
      AS cites
  FROM parts
),
read AS (
  SELECT DISTINCT state_id,
    group_concat(url, ' ') OVER (PARTITION BY state_id ORDER BY position, id {ALL_DATES})
      AS sources
  FROM sources
)
SELECT s.id AS state_id, cited.citation, cited.cites, read.sources
FROM assessment_states s
LEFT JOIN cited ON cited.state_id = s.id
LEFT JOIN read ON read.state_id = s.id
""",
    (
        ViewColumn("state_id", about="The assessment state. Links to a row of assessment_states."),
        ViewColumn(
            "citation",
            about="Its citations: each instrument's official citation before its pinpoints, "
            "the instrument named again only when it changes.",
        ),
        ViewColumn(
            "cites",
            about="Its citations as the data file writes them: '<instrument id> <pinpoint>', "
            "with 'CODE:' before another jurisdiction's instrument.",
        ),
        ViewColumn("sources", about="The addresses read for it, separated by spaces."),
    ),
    key=("state_id", "assessment_states"),
)

CRITERION_CALLS = View(
    "criterion_calls",
    "For each criterion, the framework articles that call for it, as one text (made from "
    "criterion_articles and frameworks when the copy was written).",
    f"""
WITH per_framework AS (
  SELECT DISTINCT a.criterion_id, f.position,
    f.short_name || ' ' || group_concat(a.article, ', ') OVER (
      PARTITION BY a.criterion_id, a.framework_id ORDER BY a.position, a.id {ALL_DATES}
    ) AS part
  FROM criterion_articles a JOIN frameworks f ON f.id = a.framework_id
)
SELECT DISTINCT criterion_id,
  group_concat(part, '; ') OVER (PARTITION BY criterion_id ORDER BY position {ALL_DATES})
    AS called_for_by
FROM per_framework
""",
    (
        ViewColumn("criterion_id", about="The criterion. Links to a row of criteria."),
        ViewColumn(
            "called_for_by",
            about="The frameworks (short names) and their articles that call for it: "
            "'Lanzarote 20(1)(f), 21(1)(c); Budapest 9(1)(d)'.",
        ),
    ),
    key=("criterion_id", "criteria"),
)

ASSESSMENTS = View(
    "assessments",
    "Every assessment state, of every date, with its jurisdiction, criterion, citations and "
    "sources by name: the table to browse and facet. A state holds from effective_from "
    "(empty: always) until effective_to (empty: still). Criteria without a state are "
    "not_assessed (see the matrix query). Rows as `lawtrack export assessments`.",
    f"""
SELECT j.code AS jurisdiction, j.name AS jurisdiction_name, j.region,
  c.short_id AS id, c.code AS criterion, c.name AS criterion_name, k.letter AS category,
  s.status, s.evidence, {gap_sql("s.status", "s.evidence")}
    AS gap,
  s.effective_from, s.effective_to, t.citation, t.cites, t.sources, s.note, s.counterpoint,
  s.counterpoint_sources,
  CASE WHEN s.untested IS NULL THEN NULL WHEN s.untested THEN 'yes' ELSE 'no' END AS untested,
  s.id AS state_id
FROM assessment_states s
JOIN jurisdictions j ON j.id = s.jurisdiction_id
JOIN criteria c ON c.id = s.criterion_id
JOIN categories k ON k.id = c.category_id
LEFT JOIN state_citations t ON t.state_id = s.id
ORDER BY j.code, c.position, s.position
""",
    (
        ViewColumn("jurisdiction", like="jurisdictions.code"),
        ViewColumn("jurisdiction_name", like="jurisdictions.name"),
        ViewColumn("region", like="jurisdictions.region"),
        ViewColumn("id", like="criteria.short_id"),
        ViewColumn("criterion", like="criteria.code"),
        ViewColumn("criterion_name", like="criteria.name"),
        ViewColumn("category", like="categories.letter"),
        ViewColumn("status", like="assessment_states.status"),
        ViewColumn("evidence", like="assessment_states.evidence"),
        ViewColumn(
            "gap",
            about="The kind of gap the state is: "
            + "; ".join(f"{kind.code}: {kind.meaning}" for kind in GAP_KINDS)
            + "; empty when the criterion is met.",
        ),
        ViewColumn("effective_from", like="assessment_states.effective_from"),
        ViewColumn("effective_to", like="assessment_states.effective_to"),
        ViewColumn("citation", like="state_citations.citation"),
        ViewColumn("cites", like="state_citations.cites"),
        ViewColumn("sources", like="state_citations.sources"),
        ViewColumn("note", like="assessment_states.note"),
        ViewColumn("counterpoint", like="assessment_states.counterpoint"),
        ViewColumn("counterpoint_sources", like="assessment_states.counterpoint_sources"),
        ViewColumn("untested", about="yes: no court has ruled on the question; no: one has."),
        ViewColumn("state_id", like="state_citations.state_id"),
    ),
    facets=("jurisdiction", "region", "criterion", "status", "gap"),
)

VIEWS = (STATE_CITATIONS, CRITERION_CALLS, ASSESSMENTS)


@dataclass(frozen=True)
class Query:
    name: str
    title: str
    description: str
    params: tuple[str, ...]
    sql: str


AS_OF = "coalesce(nullif(trim(:as_of), ''), date('now'))"
TO = "coalesce(nullif(trim(:to), ''), date('now'))"


def _holds(state: str, day: str) -> str:
    """A state that describes the law as it stood on `day` (queries.common.state_in_effect)."""
    return (
        f"({state}.effective_from IS NULL OR {state}.effective_from <= {day}) "
        f"AND ({state}.effective_to IS NULL OR {state}.effective_to > {day})"
    )


def _chosen(param: str, column: str) -> str:
    """`column` is one of the codes in `:param` (spaces or commas between them), or it is blank."""
    return (
        f"(trim(:{param}) = '' OR instr(' ' || upper(replace(:{param}, ',', ' ')) || ' ', "
        f"' ' || {column} || ' ') > 0)"
    )


def _yes(param: str) -> str:
    return f"lower(trim(:{param})) IN ('yes', 'true', '1', 'on')"


def _cell(day: str) -> str:
    """Every jurisdiction × criterion with its state on `day` (none: not assessed)."""
    return f"""
  FROM jurisdictions j CROSS JOIN criteria c
  JOIN categories k ON k.id = c.category_id
  LEFT JOIN assessment_states s
    ON s.jurisdiction_id = j.id AND s.criterion_id = c.id AND {_holds("s", day)}"""


STATUS_NOTE = (
    "Status: "
    + legend().removeprefix("Legend: ").replace(";  ", "; ")
    + ". Evidence incomplete: the status rests on a text not (fully) read; the note says which."
)
DATE_NOTE = "as_of: YYYY-MM-DD (blank: today, UTC)."
CODES_NOTE = "jurisdictions: codes separated by spaces or commas (blank: all)."

MATRIX = Query(
    "matrix",
    "The matrix: every jurisdiction × every criterion, as of a date",
    "The status of each criterion in each jurisdiction on a date, one row per cell (as "
    f"`lawtrack matrix --as-of DATE`). {DATE_NOTE} region: a UN M49 sub-region (blank: all); "
    f"category: a criterion category letter (blank: all). {STATUS_NOTE}",
    ("as_of", "region", "category"),
    f"""
SELECT j.code AS jurisdiction, j.name, j.region, c.short_id AS id, c.code AS criterion,
  c.name AS criterion_name, coalesce(s.status, '{NOT_ASSESSED}') AS status, s.evidence
{_cell(AS_OF)}
WHERE (trim(:region) = '' OR lower(j.region) = lower(trim(:region)))
  AND (trim(:category) = '' OR k.letter = upper(trim(:category)))
ORDER BY j.code, c.position
""",
)

CRITERION = Query(
    "criterion",
    "One criterion across jurisdictions, with citations",
    "Where each jurisdiction stands on one criterion on a date, with the provisions and "
    "sources the status rests on (as `lawtrack compare --all -c B2 --cite --as-of DATE`). "
    f"criterion: its short id (B2) or code (viewing_access_offence). {DATE_NOTE} region: a "
    f"UN M49 sub-region (blank: all). {STATUS_NOTE}",
    ("criterion", "as_of", "region"),
    f"""
SELECT j.code AS jurisdiction, j.name, j.region, c.short_id AS id, c.code AS criterion,
  c.name AS criterion_name, coalesce(s.status, '{NOT_ASSESSED}') AS status, s.evidence,
  s.effective_from AS since, t.citation, t.sources, s.note, s.counterpoint
{_cell(AS_OF)}
LEFT JOIN state_citations t ON t.state_id = s.id
WHERE (c.code = trim(:criterion) OR c.short_id = upper(trim(:criterion)))
  AND (trim(:region) = '' OR lower(j.region) = lower(trim(:region)))
ORDER BY j.code
""",
)

VICTIMS = Query(
    "victims",
    "The victims' position (D1–D4), as of a date",
    "Are victims criminalised? The victim criteria D1–D4 in each jurisdiction, with "
    "citations and notes (as `lawtrack victims`). D1 'no' or 'partial': victims can still be "
    "prosecuted or penalised for acts they were compelled to commit. "
    f"{DATE_NOTE} {CODES_NOTE} {STATUS_NOTE}",
    ("as_of", "jurisdictions"),
    f"""
SELECT j.code AS jurisdiction, c.short_id AS id, c.name AS criterion,
  coalesce(s.status, '{NOT_ASSESSED}') AS status, s.evidence, t.citation, t.sources, s.note
{_cell(AS_OF)}
LEFT JOIN state_citations t ON t.state_id = s.id
WHERE c.short_id IN ({_quoted(VICTIM_CRITERIA)}) AND {_chosen("jurisdictions", "j.code")}
ORDER BY j.code, c.position
""",
)

GAPS = Query(
    "gaps",
    "Gaps, by kind, as of a date",
    "Every cell that is not met, with its kind of gap and the framework articles that call "
    "for the criterion (as `lawtrack gaps`). Kinds, in this order: "
    + "; ".join(f"{kind.code}: {kind.label} ({kind.meaning})" for kind in GAP_KINDS)
    + f". {DATE_NOTE} {CODES_NOTE} gap: one kind (blank: all).",
    ("as_of", "jurisdictions", "gap"),
    f"""
WITH cells AS (
  SELECT j.code AS jurisdiction, c.id AS criterion_pk, c.short_id AS id, c.code AS criterion,
    c.name, c.position, coalesce(s.status, '{NOT_ASSESSED}') AS status, s.evidence,
    s.id AS state_id, s.note, s.counterpoint, s.counterpoint_sources, s.untested
  {_cell(AS_OF)}
  WHERE {_chosen("jurisdictions", "j.code")}
),
kinds AS (SELECT cells.*, {gap_sql()} AS gap FROM cells)
SELECT kinds.jurisdiction, kinds.gap, kinds.id, kinds.criterion, kinds.name, kinds.status,
  kinds.evidence, t.citation, t.sources, calls.called_for_by, kinds.note, kinds.counterpoint,
  kinds.counterpoint_sources, CASE WHEN kinds.untested THEN 'yes' END AS untested
FROM kinds
LEFT JOIN state_citations t ON t.state_id = kinds.state_id
LEFT JOIN criterion_calls calls ON calls.criterion_id = kinds.criterion_pk
WHERE kinds.gap IS NOT NULL AND (trim(:gap) = '' OR kinds.gap = lower(trim(:gap)))
ORDER BY kinds.jurisdiction, {gap_order_sql("kinds.gap")}, kinds.position
""",
)

CHANGES = Query(
    "changes",
    "What changed since a date",
    "Every cell whose status on `to` differs from its status on `from`, with what changed it "
    "(as `lawtrack diff --from DATE`). change: amended; first coded (the earlier law was not "
    "researched: the row shows since when the present answer holds, not a proven change); not "
    "re-coded (the law changed and the new answer is not yet researched); restated (only with "
    "restated = yes: the status is the same but rests on a law that took effect in the "
    "period). from: YYYY-MM-DD; to: YYYY-MM-DD (blank: today, UTC). "
    f"{CODES_NOTE} amended_only = yes leaves out first-coded rows.",
    ("from", "to", "jurisdictions", "amended_only", "restated"),
    f"""
WITH cells AS (
  SELECT j.code AS jurisdiction, c.short_id AS id, c.code AS criterion, c.position,
    o.id AS old_id, coalesce(o.status, '{NOT_ASSESSED}') AS from_status,
    n.id AS new_id, coalesce(n.status, '{NOT_ASSESSED}') AS to_status,
    n.effective_from AS changed, n.note
  FROM jurisdictions j CROSS JOIN criteria c
  LEFT JOIN assessment_states o
    ON o.jurisdiction_id = j.id AND o.criterion_id = c.id AND {_holds("o", "trim(:from)")}
  LEFT JOIN assessment_states n
    ON n.jurisdiction_id = j.id AND n.criterion_id = c.id AND {_holds("n", TO)}
  WHERE {_chosen("jurisdictions", "j.code")}
),
kinds AS (
  SELECT cells.*, CASE
    WHEN from_status != to_status THEN CASE
      WHEN from_status = '{NOT_ASSESSED}' THEN 'first coded'
      WHEN to_status = '{NOT_ASSESSED}' THEN 'not re-coded'
      ELSE 'amended' END
    WHEN {_yes("restated")} AND old_id IS NOT NULL AND to_status != '{NOT_ASSESSED}'
      AND changed > trim(:from) THEN 'restated'
  END AS change
  FROM cells
)
SELECT kinds.jurisdiction, kinds.id, kinds.criterion, kinds.from_status, kinds.to_status,
  kinds.change, kinds.changed, t.citation, kinds.note
FROM kinds LEFT JOIN state_citations t ON t.state_id = kinds.new_id
WHERE kinds.change IS NOT NULL AND NOT ({_yes("amended_only")} AND kinds.change = 'first coded')
ORDER BY kinds.jurisdiction, kinds.position
""",
)

QUERIES = (MATRIX, CRITERION, VICTIMS, GAPS, CHANGES)
