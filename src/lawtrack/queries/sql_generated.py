"""Generated from queries/statements.py by `python -m lawtrack.queries.sqlgen`.

Each read query, compiled for SQLite (sqlite3: `:name` parameters, a list as a JSON array) and
PostgreSQL (psycopg: `%(name)s` parameters, a list as an array). `queries/reader.py` runs them.
Do not edit: a test regenerates this file and fails on any difference.
"""

# ruff: noqa: E501

# The parameters a caller may leave out (None), in variant-key order.
OPTIONAL: dict[str, tuple[str, ...]] = {
    "articles": ("framework",),
    "bill_change_rows": ("jurisdictions",),
    "bill_change_source_rows": ("jurisdictions",),
    "bill_rows": ("jurisdictions",),
    "bill_stage_rows": ("jurisdictions",),
    "bill_stage_source_rows": ("jurisdictions",),
    "export_definitions": ("as_of",),
    "export_instruments": ("as_of",),
    "export_ratifications": ("as_of",),
    "search_any_word": ("jurisdictions",),
    "search_any_word_1": ("jurisdictions",),
    "search_any_word_2": ("jurisdictions",),
    "search_any_word_3": ("jurisdictions",),
    "search_any_word_4": ("jurisdictions",),
    "search_every_word": ("jurisdictions",),
    "search_every_word_1": ("jurisdictions",),
    "search_every_word_2": ("jurisdictions",),
    "search_every_word_3": ("jurisdictions",),
    "search_every_word_4": ("jurisdictions",),
    "state_cells": ("jurisdiction_ids",),
    "state_citations": ("as_of", "jurisdictions", "criteria"),
    "state_sources": ("as_of", "jurisdictions", "criteria"),
    "states": ("as_of", "jurisdictions", "criteria"),
}

# variant -> (SQLite, PostgreSQL, result types: d date, b boolean, j JSON, . as is)
SQL: dict[str, tuple[str, str, str]] = {
    "articles": (
        """SELECT criteria.code, frameworks.short_name, criterion_articles.article
FROM criteria JOIN criterion_articles ON criterion_articles.criterion_id = criteria.id JOIN frameworks ON criterion_articles.framework_id = frameworks.id ORDER BY criteria.position, frameworks.position, criterion_articles.position""",
        """SELECT criteria.code, frameworks.short_name, criterion_articles.article
FROM criteria JOIN criterion_articles ON criterion_articles.criterion_id = criteria.id JOIN frameworks ON criterion_articles.framework_id = frameworks.id ORDER BY criteria.position, frameworks.position, criterion_articles.position""",
        "...",
    ),
    "articles+framework": (
        """SELECT criteria.code, frameworks.short_name, criterion_articles.article
FROM criteria JOIN criterion_articles ON criterion_articles.criterion_id = criteria.id JOIN frameworks ON criterion_articles.framework_id = frameworks.id
WHERE frameworks.code = :framework ORDER BY criteria.position, frameworks.position, criterion_articles.position""",
        """SELECT criteria.code, frameworks.short_name, criterion_articles.article
FROM criteria JOIN criterion_articles ON criterion_articles.criterion_id = criteria.id JOIN frameworks ON criterion_articles.framework_id = frameworks.id
WHERE frameworks.code = %(framework)s ORDER BY criteria.position, frameworks.position, criterion_articles.position""",
        "...",
    ),
    "attribute_values": (
        """SELECT definition_attributes.definition_id, definition_attributes.attribute_id, definition_attributes.value
FROM definition_attributes
WHERE definition_attributes.definition_id IN (SELECT value FROM json_each(:definitions))""",
        """SELECT definition_attributes.definition_id, definition_attributes.attribute_id, definition_attributes.value
FROM definition_attributes
WHERE definition_attributes.definition_id = ANY(%(definitions)s)""",
        "..j",
    ),
    "bill_change_rows": (
        """SELECT bill_changes.id, bill_changes.bill_id, criteria.code, criteria.short_id, criteria.name, bill_changes.status, bill_changes.provision, bill_changes.note
FROM bill_changes JOIN criteria ON bill_changes.criterion_id = criteria.id ORDER BY bill_changes.bill_id, bill_changes.position""",
        """SELECT bill_changes.id, bill_changes.bill_id, criteria.code, criteria.short_id, criteria.name, bill_changes.status, bill_changes.provision, bill_changes.note
FROM bill_changes JOIN criteria ON bill_changes.criterion_id = criteria.id ORDER BY bill_changes.bill_id, bill_changes.position""",
        "........",
    ),
    "bill_change_rows+jurisdictions": (
        """SELECT bill_changes.id, bill_changes.bill_id, criteria.code, criteria.short_id, criteria.name, bill_changes.status, bill_changes.provision, bill_changes.note
FROM bill_changes JOIN criteria ON bill_changes.criterion_id = criteria.id
WHERE bill_changes.bill_id IN (SELECT bills.id
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions))) ORDER BY bill_changes.bill_id, bill_changes.position""",
        """SELECT bill_changes.id, bill_changes.bill_id, criteria.code, criteria.short_id, criteria.name, bill_changes.status, bill_changes.provision, bill_changes.note
FROM bill_changes JOIN criteria ON bill_changes.criterion_id = criteria.id
WHERE bill_changes.bill_id IN (SELECT bills.id
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s)) ORDER BY bill_changes.bill_id, bill_changes.position""",
        "........",
    ),
    "bill_change_source_rows": (
        """SELECT bill_change_sources.change_id, bill_change_sources.url
FROM bill_change_sources JOIN bill_changes ON bill_change_sources.change_id = bill_changes.id ORDER BY bill_change_sources.change_id, bill_change_sources.position""",
        """SELECT bill_change_sources.change_id, bill_change_sources.url
FROM bill_change_sources JOIN bill_changes ON bill_change_sources.change_id = bill_changes.id ORDER BY bill_change_sources.change_id, bill_change_sources.position""",
        "..",
    ),
    "bill_change_source_rows+jurisdictions": (
        """SELECT bill_change_sources.change_id, bill_change_sources.url
FROM bill_change_sources JOIN bill_changes ON bill_change_sources.change_id = bill_changes.id
WHERE bill_changes.bill_id IN (SELECT bills.id
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions))) ORDER BY bill_change_sources.change_id, bill_change_sources.position""",
        """SELECT bill_change_sources.change_id, bill_change_sources.url
FROM bill_change_sources JOIN bill_changes ON bill_change_sources.change_id = bill_changes.id
WHERE bill_changes.bill_id IN (SELECT bills.id
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s)) ORDER BY bill_change_sources.change_id, bill_change_sources.position""",
        "..",
    ),
    "bill_rows": (
        """SELECT bills.id, jurisdictions.code, bills."key", bills.title, bills.reference, bills.chambers, bills.url, bills.note, jurisdictions_1.code AS code_1, instruments."key" AS key_1, instruments.citation
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id LEFT OUTER JOIN instruments ON bills.became_id = instruments.id LEFT OUTER JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id ORDER BY jurisdictions.code, bills.position""",
        """SELECT bills.id, jurisdictions.code, bills.key, bills.title, bills.reference, bills.chambers, bills.url, bills.note, jurisdictions_1.code AS code_1, instruments.key AS key_1, instruments.citation
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id LEFT OUTER JOIN instruments ON bills.became_id = instruments.id LEFT OUTER JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id ORDER BY jurisdictions.code, bills.position""",
        "...........",
    ),
    "bill_rows+jurisdictions": (
        """SELECT bills.id, jurisdictions.code, bills."key", bills.title, bills.reference, bills.chambers, bills.url, bills.note, jurisdictions_1.code AS code_1, instruments."key" AS key_1, instruments.citation
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id LEFT OUTER JOIN instruments ON bills.became_id = instruments.id LEFT OUTER JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY jurisdictions.code, bills.position""",
        """SELECT bills.id, jurisdictions.code, bills.key, bills.title, bills.reference, bills.chambers, bills.url, bills.note, jurisdictions_1.code AS code_1, instruments.key AS key_1, instruments.citation
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id LEFT OUTER JOIN instruments ON bills.became_id = instruments.id LEFT OUTER JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY jurisdictions.code, bills.position""",
        "...........",
    ),
    "bill_stage_rows": (
        """SELECT bill_stages.id, bill_stages.bill_id, bill_stages.stage, bill_stages.date, bill_stages.chamber, bill_stages.note
FROM bill_stages ORDER BY bill_stages.bill_id, bill_stages.position""",
        """SELECT bill_stages.id, bill_stages.bill_id, bill_stages.stage, bill_stages.date, bill_stages.chamber, bill_stages.note
FROM bill_stages ORDER BY bill_stages.bill_id, bill_stages.position""",
        "...d..",
    ),
    "bill_stage_rows+jurisdictions": (
        """SELECT bill_stages.id, bill_stages.bill_id, bill_stages.stage, bill_stages.date, bill_stages.chamber, bill_stages.note
FROM bill_stages
WHERE bill_stages.bill_id IN (SELECT bills.id
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions))) ORDER BY bill_stages.bill_id, bill_stages.position""",
        """SELECT bill_stages.id, bill_stages.bill_id, bill_stages.stage, bill_stages.date, bill_stages.chamber, bill_stages.note
FROM bill_stages
WHERE bill_stages.bill_id IN (SELECT bills.id
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s)) ORDER BY bill_stages.bill_id, bill_stages.position""",
        "...d..",
    ),
    "bill_stage_source_rows": (
        """SELECT bill_stage_sources.stage_id, bill_stage_sources.url
FROM bill_stage_sources JOIN bill_stages ON bill_stage_sources.stage_id = bill_stages.id ORDER BY bill_stage_sources.stage_id, bill_stage_sources.position""",
        """SELECT bill_stage_sources.stage_id, bill_stage_sources.url
FROM bill_stage_sources JOIN bill_stages ON bill_stage_sources.stage_id = bill_stages.id ORDER BY bill_stage_sources.stage_id, bill_stage_sources.position""",
        "..",
    ),
    "bill_stage_source_rows+jurisdictions": (
        """SELECT bill_stage_sources.stage_id, bill_stage_sources.url
FROM bill_stage_sources JOIN bill_stages ON bill_stage_sources.stage_id = bill_stages.id
WHERE bill_stages.bill_id IN (SELECT bills.id
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions))) ORDER BY bill_stage_sources.stage_id, bill_stage_sources.position""",
        """SELECT bill_stage_sources.stage_id, bill_stage_sources.url
FROM bill_stage_sources JOIN bill_stages ON bill_stage_sources.stage_id = bill_stages.id
WHERE bill_stages.bill_id IN (SELECT bills.id
FROM bills JOIN jurisdictions ON bills.jurisdiction_id = jurisdictions.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s)) ORDER BY bill_stage_sources.stage_id, bill_stage_sources.position""",
        "..",
    ),
    "category_letters": (
        """SELECT categories.letter
FROM categories""",
        """SELECT categories.letter
FROM categories""",
        ".",
    ),
    "codes_at_level": (
        """SELECT jurisdictions.code
FROM jurisdictions
WHERE jurisdictions.level = :level""",
        """SELECT jurisdictions.code
FROM jurisdictions
WHERE jurisdictions.level = %(level)s""",
        ".",
    ),
    "criteria_count": (
        """SELECT count(criteria.id) AS count_1
FROM criteria""",
        """SELECT count(criteria.id) AS count_1
FROM criteria""",
        ".",
    ),
    "criteria_rows": (
        """SELECT criteria.short_id, criteria.code, categories.name, criteria.name AS name_1, criteria.question, criteria.guidance
FROM criteria JOIN categories ON categories.id = criteria.category_id ORDER BY criteria.position""",
        """SELECT criteria.short_id, criteria.code, categories.name, criteria.name AS name_1, criteria.question, criteria.guidance
FROM criteria JOIN categories ON categories.id = criteria.category_id ORDER BY criteria.position""",
        "......",
    ),
    "criterion_refs": (
        """SELECT criteria.id, criteria.code, criteria.short_id, criteria.name, categories.letter
FROM criteria JOIN categories ON categories.id = criteria.category_id ORDER BY criteria.position""",
        """SELECT criteria.id, criteria.code, criteria.short_id, criteria.name, categories.letter
FROM criteria JOIN categories ON categories.id = criteria.category_id ORDER BY criteria.position""",
        ".....",
    ),
    "definitions_of": (
        """SELECT terms.code, instruments.citation, definitions.pinpoint, definitions.text, definitions.effective_from
FROM definitions JOIN terms ON definitions.term_id = terms.id JOIN instruments ON definitions.instrument_id = instruments.id
WHERE definitions.jurisdiction_id = :place AND (coalesce(instruments.in_force, instruments.enacted) IS NULL OR coalesce(instruments.in_force, instruments.enacted) <= :as_of) AND (instruments.repealed IS NULL OR instruments.repealed > :as_of) AND instruments.kind != 'bill' AND (definitions.effective_from IS NULL OR definitions.effective_from <= :as_of) AND (definitions.effective_to IS NULL OR definitions.effective_to > :as_of) ORDER BY definitions.position""",
        """SELECT terms.code, instruments.citation, definitions.pinpoint, definitions.text, definitions.effective_from
FROM definitions JOIN terms ON definitions.term_id = terms.id JOIN instruments ON definitions.instrument_id = instruments.id
WHERE definitions.jurisdiction_id = %(place)s AND (coalesce(instruments.in_force, instruments.enacted) IS NULL OR coalesce(instruments.in_force, instruments.enacted) <= %(as_of)s) AND (instruments.repealed IS NULL OR instruments.repealed > %(as_of)s) AND instruments.kind != 'bill' AND (definitions.effective_from IS NULL OR definitions.effective_from <= %(as_of)s) AND (definitions.effective_to IS NULL OR definitions.effective_to > %(as_of)s) ORDER BY definitions.position""",
        "....d",
    ),
    "export_attribute_codes": (
        """SELECT term_attributes.code
FROM term_attributes JOIN terms ON terms.id = term_attributes.term_id ORDER BY terms.position, term_attributes.position""",
        """SELECT term_attributes.code
FROM term_attributes JOIN terms ON terms.id = term_attributes.term_id ORDER BY terms.position, term_attributes.position""",
        ".",
    ),
    "export_attribute_values": (
        """SELECT definition_attributes.definition_id, term_attributes.code, definition_attributes.value
FROM definition_attributes JOIN term_attributes ON term_attributes.id = definition_attributes.attribute_id""",
        """SELECT definition_attributes.definition_id, term_attributes.code, definition_attributes.value
FROM definition_attributes JOIN term_attributes ON term_attributes.id = definition_attributes.attribute_id""",
        "..j",
    ),
    "export_criteria": (
        """SELECT criteria.code, criteria.short_id, categories.letter, criteria.name, criteria.question
FROM criteria JOIN categories ON categories.id = criteria.category_id ORDER BY criteria.position""",
        """SELECT criteria.code, criteria.short_id, categories.letter, criteria.name, criteria.question
FROM criteria JOIN categories ON categories.id = criteria.category_id ORDER BY criteria.position""",
        ".....",
    ),
    "export_definitions": (
        """SELECT definitions.id, jurisdictions.code, terms.code AS code_1, instruments.citation, definitions.pinpoint, definitions.text
FROM definitions JOIN jurisdictions ON definitions.jurisdiction_id = jurisdictions.id JOIN instruments ON definitions.instrument_id = instruments.id JOIN terms ON definitions.term_id = terms.id ORDER BY jurisdictions.code, definitions.position""",
        """SELECT definitions.id, jurisdictions.code, terms.code AS code_1, instruments.citation, definitions.pinpoint, definitions.text
FROM definitions JOIN jurisdictions ON definitions.jurisdiction_id = jurisdictions.id JOIN instruments ON definitions.instrument_id = instruments.id JOIN terms ON definitions.term_id = terms.id ORDER BY jurisdictions.code, definitions.position""",
        "......",
    ),
    "export_definitions+as_of": (
        """SELECT definitions.id, jurisdictions.code, terms.code AS code_1, instruments.citation, definitions.pinpoint, definitions.text
FROM definitions JOIN jurisdictions ON definitions.jurisdiction_id = jurisdictions.id JOIN instruments ON definitions.instrument_id = instruments.id JOIN terms ON definitions.term_id = terms.id
WHERE (coalesce(instruments.in_force, instruments.enacted) IS NULL OR coalesce(instruments.in_force, instruments.enacted) <= :as_of) AND (instruments.repealed IS NULL OR instruments.repealed > :as_of) AND instruments.kind != 'bill' ORDER BY jurisdictions.code, definitions.position""",
        """SELECT definitions.id, jurisdictions.code, terms.code AS code_1, instruments.citation, definitions.pinpoint, definitions.text
FROM definitions JOIN jurisdictions ON definitions.jurisdiction_id = jurisdictions.id JOIN instruments ON definitions.instrument_id = instruments.id JOIN terms ON definitions.term_id = terms.id
WHERE (coalesce(instruments.in_force, instruments.enacted) IS NULL OR coalesce(instruments.in_force, instruments.enacted) <= %(as_of)s) AND (instruments.repealed IS NULL OR instruments.repealed > %(as_of)s) AND instruments.kind != 'bill' ORDER BY jurisdictions.code, definitions.position""",
        "......",
    ),
    "export_instruments": (
        """SELECT jurisdictions.code, instruments."key", instruments.title, instruments.citation, instruments.kind, instruments.enacted, instruments.in_force, instruments.repealed, instruments.url
FROM instruments JOIN jurisdictions ON instruments.jurisdiction_id = jurisdictions.id ORDER BY jurisdictions.code, instruments.position""",
        """SELECT jurisdictions.code, instruments.key, instruments.title, instruments.citation, instruments.kind, instruments.enacted, instruments.in_force, instruments.repealed, instruments.url
FROM instruments JOIN jurisdictions ON instruments.jurisdiction_id = jurisdictions.id ORDER BY jurisdictions.code, instruments.position""",
        ".....ddd.",
    ),
    "export_instruments+as_of": (
        """SELECT jurisdictions.code, instruments."key", instruments.title, instruments.citation, instruments.kind, instruments.enacted, instruments.in_force, instruments.repealed, instruments.url
FROM instruments JOIN jurisdictions ON instruments.jurisdiction_id = jurisdictions.id
WHERE (coalesce(instruments.in_force, instruments.enacted) IS NULL OR coalesce(instruments.in_force, instruments.enacted) <= :as_of) AND (instruments.repealed IS NULL OR instruments.repealed > :as_of) AND instruments.kind != 'bill' ORDER BY jurisdictions.code, instruments.position""",
        """SELECT jurisdictions.code, instruments.key, instruments.title, instruments.citation, instruments.kind, instruments.enacted, instruments.in_force, instruments.repealed, instruments.url
FROM instruments JOIN jurisdictions ON instruments.jurisdiction_id = jurisdictions.id
WHERE (coalesce(instruments.in_force, instruments.enacted) IS NULL OR coalesce(instruments.in_force, instruments.enacted) <= %(as_of)s) AND (instruments.repealed IS NULL OR instruments.repealed > %(as_of)s) AND instruments.kind != 'bill' ORDER BY jurisdictions.code, instruments.position""",
        ".....ddd.",
    ),
    "export_jurisdictions": (
        """SELECT jurisdictions.code, jurisdictions.name, jurisdictions.level, jurisdictions_1.code AS code_1, jurisdictions.region, jurisdictions.legal_system, jurisdictions.reviewed
FROM jurisdictions LEFT OUTER JOIN jurisdictions AS jurisdictions_1 ON jurisdictions.parent_id = jurisdictions_1.id ORDER BY jurisdictions.code""",
        """SELECT jurisdictions.code, jurisdictions.name, jurisdictions.level, jurisdictions_1.code AS code_1, jurisdictions.region, jurisdictions.legal_system, jurisdictions.reviewed
FROM jurisdictions LEFT OUTER JOIN jurisdictions AS jurisdictions_1 ON jurisdictions.parent_id = jurisdictions_1.id ORDER BY jurisdictions.code""",
        "......d",
    ),
    "export_ratifications": (
        """SELECT jurisdictions.code, frameworks.code AS code_1, ratifications.ratified
FROM ratifications JOIN jurisdictions ON ratifications.jurisdiction_id = jurisdictions.id JOIN frameworks ON ratifications.framework_id = frameworks.id ORDER BY jurisdictions.code, frameworks.position""",
        """SELECT jurisdictions.code, frameworks.code AS code_1, ratifications.ratified
FROM ratifications JOIN jurisdictions ON ratifications.jurisdiction_id = jurisdictions.id JOIN frameworks ON ratifications.framework_id = frameworks.id ORDER BY jurisdictions.code, frameworks.position""",
        "..d",
    ),
    "export_ratifications+as_of": (
        """SELECT jurisdictions.code, frameworks.code AS code_1, ratifications.ratified
FROM ratifications JOIN jurisdictions ON ratifications.jurisdiction_id = jurisdictions.id JOIN frameworks ON ratifications.framework_id = frameworks.id
WHERE ratifications.ratified <= :as_of ORDER BY jurisdictions.code, frameworks.position""",
        """SELECT jurisdictions.code, frameworks.code AS code_1, ratifications.ratified
FROM ratifications JOIN jurisdictions ON ratifications.jurisdiction_id = jurisdictions.id JOIN frameworks ON ratifications.framework_id = frameworks.id
WHERE ratifications.ratified <= %(as_of)s ORDER BY jurisdictions.code, frameworks.position""",
        "..d",
    ),
    "framework_by_code": (
        """SELECT frameworks.id
FROM frameworks
WHERE frameworks.code = :framework""",
        """SELECT frameworks.id
FROM frameworks
WHERE frameworks.code = %(framework)s""",
        ".",
    ),
    "framework_codes": (
        """SELECT frameworks.code
FROM frameworks""",
        """SELECT frameworks.code
FROM frameworks""",
        ".",
    ),
    "framework_criteria": (
        """SELECT criteria.code
FROM criteria JOIN criterion_articles ON criterion_articles.criterion_id = criteria.id
WHERE criterion_articles.framework_id = :framework_id""",
        """SELECT criteria.code
FROM criteria JOIN criterion_articles ON criterion_articles.criterion_id = criteria.id
WHERE criterion_articles.framework_id = %(framework_id)s""",
        ".",
    ),
    "framework_rows": (
        """SELECT frameworks.code, frameworks.short_name, frameworks.name, frameworks.kind, frameworks.adopted, frameworks.in_force, frameworks.url
FROM frameworks ORDER BY frameworks.position""",
        """SELECT frameworks.code, frameworks.short_name, frameworks.name, frameworks.kind, frameworks.adopted, frameworks.in_force, frameworks.url
FROM frameworks ORDER BY frameworks.position""",
        "....dd.",
    ),
    "instruments_of": (
        """SELECT instruments."key", instruments.citation, instruments.title, instruments.kind, instruments.enacted, instruments.in_force, instruments.repealed, instruments.url
FROM instruments
WHERE instruments.jurisdiction_id = :place ORDER BY instruments.position""",
        """SELECT instruments.key, instruments.citation, instruments.title, instruments.kind, instruments.enacted, instruments.in_force, instruments.repealed, instruments.url
FROM instruments
WHERE instruments.jurisdiction_id = %(place)s ORDER BY instruments.position""",
        "....ddd.",
    ),
    "jurisdiction_detail": (
        """SELECT jurisdictions.region, jurisdictions.reviewed
FROM jurisdictions
WHERE jurisdictions.id = :place""",
        """SELECT jurisdictions.region, jurisdictions.reviewed
FROM jurisdictions
WHERE jurisdictions.id = %(place)s""",
        ".d",
    ),
    "jurisdiction_list": (
        """SELECT jurisdictions.code, jurisdictions.name, jurisdictions.level, jurisdictions_1.code AS code_1, jurisdictions.region, jurisdictions.legal_system, jurisdictions.reviewed, (SELECT count(instruments.id) AS count_1
FROM instruments
WHERE instruments.jurisdiction_id = jurisdictions.id) AS anon_1, (SELECT count(assessment_states.id) AS count_2
FROM assessment_states
WHERE assessment_states.jurisdiction_id = jurisdictions.id AND assessment_states.status != 'not_assessed' AND (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of)) AS anon_2
FROM jurisdictions LEFT OUTER JOIN jurisdictions AS jurisdictions_1 ON jurisdictions.parent_id = jurisdictions_1.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY jurisdictions.code""",
        """SELECT jurisdictions.code, jurisdictions.name, jurisdictions.level, jurisdictions_1.code AS code_1, jurisdictions.region, jurisdictions.legal_system, jurisdictions.reviewed, (SELECT count(instruments.id) AS count_1
FROM instruments
WHERE instruments.jurisdiction_id = jurisdictions.id) AS anon_1, (SELECT count(assessment_states.id) AS count_2
FROM assessment_states
WHERE assessment_states.jurisdiction_id = jurisdictions.id AND assessment_states.status != 'not_assessed' AND (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s)) AS anon_2
FROM jurisdictions LEFT OUTER JOIN jurisdictions AS jurisdictions_1 ON jurisdictions.parent_id = jurisdictions_1.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY jurisdictions.code""",
        "......d..",
    ),
    "jurisdiction_refs": (
        """SELECT jurisdictions.id, jurisdictions.code, jurisdictions.name, jurisdictions.region
FROM jurisdictions ORDER BY jurisdictions.code""",
        """SELECT jurisdictions.id, jurisdictions.code, jurisdictions.name, jurisdictions.region
FROM jurisdictions ORDER BY jurisdictions.code""",
        "....",
    ),
    "model_provisions": (
        """SELECT criteria.code, criteria.model_provision
FROM criteria""",
        """SELECT criteria.code, criteria.model_provision
FROM criteria""",
        "..",
    ),
    "ratification_dates": (
        """SELECT jurisdictions.code, frameworks.code AS code_1, ratifications.ratified
FROM ratifications JOIN jurisdictions ON ratifications.jurisdiction_id = jurisdictions.id JOIN frameworks ON ratifications.framework_id = frameworks.id""",
        """SELECT jurisdictions.code, frameworks.code AS code_1, ratifications.ratified
FROM ratifications JOIN jurisdictions ON ratifications.jurisdiction_id = jurisdictions.id JOIN frameworks ON ratifications.framework_id = frameworks.id""",
        "..d",
    ),
    "search_any_word": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE EXISTS (SELECT 1 FROM json_each(:patterns) AS pattern WHERE search_entries.search_text LIKE pattern.value ESCAPE '\\') ORDER BY (SELECT count(*) FROM json_each(:patterns) AS pattern WHERE search_entries.search_text LIKE pattern.value ESCAPE '\\') DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE EXISTS (SELECT 1 FROM unnest(CAST(%(patterns)s AS TEXT[])) AS pattern(value) WHERE search_entries.search_text LIKE pattern.value ESCAPE '\\') ORDER BY (SELECT count(*) FROM unnest(CAST(%(patterns)s AS TEXT[])) AS pattern(value) WHERE search_entries.search_text LIKE pattern.value ESCAPE '\\') DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE EXISTS (SELECT 1 FROM json_each(:patterns) AS pattern WHERE search_entries.search_text LIKE pattern.value ESCAPE '\\') AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY (SELECT count(*) FROM json_each(:patterns) AS pattern WHERE search_entries.search_text LIKE pattern.value ESCAPE '\\') DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE EXISTS (SELECT 1 FROM unnest(CAST(%(patterns)s AS TEXT[])) AS pattern(value) WHERE search_entries.search_text LIKE pattern.value ESCAPE '\\') AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY (SELECT count(*) FROM unnest(CAST(%(patterns)s AS TEXT[])) AS pattern(value) WHERE search_entries.search_text LIKE pattern.value ESCAPE '\\') DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word_1": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word_1+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word_2": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' OR search_entries.search_text LIKE :pattern2 ESCAPE '\\' ORDER BY CASE WHEN (search_entries.search_text LIKE :pattern1 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern2 ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' ORDER BY CASE WHEN (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern2)s ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word_2+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE (search_entries.search_text LIKE :pattern1 ESCAPE '\\' OR search_entries.search_text LIKE :pattern2 ESCAPE '\\') AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY CASE WHEN (search_entries.search_text LIKE :pattern1 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern2 ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern2)s ESCAPE '\\') AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY CASE WHEN (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern2)s ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word_3": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' OR search_entries.search_text LIKE :pattern2 ESCAPE '\\' OR search_entries.search_text LIKE :pattern3 ESCAPE '\\' ORDER BY CASE WHEN (search_entries.search_text LIKE :pattern1 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern2 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern3 ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern3)s ESCAPE '\\' ORDER BY CASE WHEN (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern2)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern3)s ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word_3+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE (search_entries.search_text LIKE :pattern1 ESCAPE '\\' OR search_entries.search_text LIKE :pattern2 ESCAPE '\\' OR search_entries.search_text LIKE :pattern3 ESCAPE '\\') AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY CASE WHEN (search_entries.search_text LIKE :pattern1 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern2 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern3 ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern3)s ESCAPE '\\') AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY CASE WHEN (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern2)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern3)s ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word_4": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' OR search_entries.search_text LIKE :pattern2 ESCAPE '\\' OR search_entries.search_text LIKE :pattern3 ESCAPE '\\' OR search_entries.search_text LIKE :pattern4 ESCAPE '\\' ORDER BY CASE WHEN (search_entries.search_text LIKE :pattern1 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern2 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern3 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern4 ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern3)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern4)s ESCAPE '\\' ORDER BY CASE WHEN (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern2)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern3)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern4)s ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_any_word_4+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE (search_entries.search_text LIKE :pattern1 ESCAPE '\\' OR search_entries.search_text LIKE :pattern2 ESCAPE '\\' OR search_entries.search_text LIKE :pattern3 ESCAPE '\\' OR search_entries.search_text LIKE :pattern4 ESCAPE '\\') AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY CASE WHEN (search_entries.search_text LIKE :pattern1 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern2 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern3 ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE :pattern4 ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern3)s ESCAPE '\\' OR search_entries.search_text LIKE %(pattern4)s ESCAPE '\\') AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY CASE WHEN (search_entries.search_text LIKE %(pattern1)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern2)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern3)s ESCAPE '\\') THEN 1 ELSE 0 END + CASE WHEN (search_entries.search_text LIKE %(pattern4)s ESCAPE '\\') THEN 1 ELSE 0 END DESC, search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE NOT EXISTS (SELECT 1 FROM json_each(:patterns) AS pattern WHERE NOT search_entries.search_text LIKE pattern.value ESCAPE '\\') ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE NOT EXISTS (SELECT 1 FROM unnest(CAST(%(patterns)s AS TEXT[])) AS pattern(value) WHERE NOT search_entries.search_text LIKE pattern.value ESCAPE '\\') ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE NOT EXISTS (SELECT 1 FROM json_each(:patterns) AS pattern WHERE NOT search_entries.search_text LIKE pattern.value ESCAPE '\\') AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE NOT EXISTS (SELECT 1 FROM unnest(CAST(%(patterns)s AS TEXT[])) AS pattern(value) WHERE NOT search_entries.search_text LIKE pattern.value ESCAPE '\\') AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word_1": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word_1+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word_2": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' AND search_entries.search_text LIKE :pattern2 ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word_2+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' AND search_entries.search_text LIKE :pattern2 ESCAPE '\\' AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word_3": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' AND search_entries.search_text LIKE :pattern2 ESCAPE '\\' AND search_entries.search_text LIKE :pattern3 ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern3)s ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word_3+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' AND search_entries.search_text LIKE :pattern2 ESCAPE '\\' AND search_entries.search_text LIKE :pattern3 ESCAPE '\\' AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern3)s ESCAPE '\\' AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word_4": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' AND search_entries.search_text LIKE :pattern2 ESCAPE '\\' AND search_entries.search_text LIKE :pattern3 ESCAPE '\\' AND search_entries.search_text LIKE :pattern4 ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern3)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern4)s ESCAPE '\\' ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "search_every_word_4+jurisdictions": (
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE :pattern1 ESCAPE '\\' AND search_entries.search_text LIKE :pattern2 ESCAPE '\\' AND search_entries.search_text LIKE :pattern3 ESCAPE '\\' AND search_entries.search_text LIKE :pattern4 ESCAPE '\\' AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT :limit OFFSET 0""",
        """SELECT jurisdictions.code, search_entries.kind, search_entries.citation, search_entries.subject, search_entries.text
FROM search_entries JOIN jurisdictions ON search_entries.jurisdiction_id = jurisdictions.id
WHERE search_entries.search_text LIKE %(pattern1)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern2)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern3)s ESCAPE '\\' AND search_entries.search_text LIKE %(pattern4)s ESCAPE '\\' AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY search_entries.kind_order, jurisdictions.code, search_entries.position
 LIMIT %(limit)s""",
        ".....",
    ),
    "state_cells": (
        """SELECT assessment_states.jurisdiction_id, assessment_states.criterion_id, assessment_states.status, assessment_states.evidence, assessment_states.position
FROM assessment_states
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of)""",
        """SELECT assessment_states.jurisdiction_id, assessment_states.criterion_id, assessment_states.status, assessment_states.evidence, assessment_states.position
FROM assessment_states
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s)""",
        ".....",
    ),
    "state_cells+jurisdiction_ids": (
        """SELECT assessment_states.jurisdiction_id, assessment_states.criterion_id, assessment_states.status, assessment_states.evidence, assessment_states.position
FROM assessment_states
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND assessment_states.jurisdiction_id IN (SELECT value FROM json_each(:jurisdiction_ids))""",
        """SELECT assessment_states.jurisdiction_id, assessment_states.criterion_id, assessment_states.status, assessment_states.evidence, assessment_states.position
FROM assessment_states
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND assessment_states.jurisdiction_id = ANY(%(jurisdiction_ids)s)""",
        ".....",
    ),
    "state_citations": (
        """SELECT citations.state_id, jurisdictions_1.code, instruments."key", instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id) ORDER BY citations.state_id, citations.position""",
        """SELECT citations.state_id, jurisdictions_1.code, instruments.key, instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id) ORDER BY citations.state_id, citations.position""",
        "......",
    ),
    "state_citations+as_of": (
        """SELECT citations.state_id, jurisdictions_1.code, instruments."key", instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of)) ORDER BY citations.state_id, citations.position""",
        """SELECT citations.state_id, jurisdictions_1.code, instruments.key, instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s)) ORDER BY citations.state_id, citations.position""",
        "......",
    ),
    "state_citations+jurisdictions": (
        """SELECT citations.state_id, jurisdictions_1.code, instruments."key", instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions))) ORDER BY citations.state_id, citations.position""",
        """SELECT citations.state_id, jurisdictions_1.code, instruments.key, instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s)) ORDER BY citations.state_id, citations.position""",
        "......",
    ),
    "state_citations+criteria": (
        """SELECT citations.state_id, jurisdictions_1.code, instruments."key", instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE criteria.code IN (SELECT value FROM json_each(:criteria))) ORDER BY citations.state_id, citations.position""",
        """SELECT citations.state_id, jurisdictions_1.code, instruments.key, instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE criteria.code = ANY(%(criteria)s)) ORDER BY citations.state_id, citations.position""",
        "......",
    ),
    "state_citations+as_of+jurisdictions": (
        """SELECT citations.state_id, jurisdictions_1.code, instruments."key", instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions))) ORDER BY citations.state_id, citations.position""",
        """SELECT citations.state_id, jurisdictions_1.code, instruments.key, instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND jurisdictions.code = ANY(%(jurisdictions)s)) ORDER BY citations.state_id, citations.position""",
        "......",
    ),
    "state_citations+as_of+criteria": (
        """SELECT citations.state_id, jurisdictions_1.code, instruments."key", instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND criteria.code IN (SELECT value FROM json_each(:criteria))) ORDER BY citations.state_id, citations.position""",
        """SELECT citations.state_id, jurisdictions_1.code, instruments.key, instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND criteria.code = ANY(%(criteria)s)) ORDER BY citations.state_id, citations.position""",
        "......",
    ),
    "state_citations+jurisdictions+criteria": (
        """SELECT citations.state_id, jurisdictions_1.code, instruments."key", instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) AND criteria.code IN (SELECT value FROM json_each(:criteria))) ORDER BY citations.state_id, citations.position""",
        """SELECT citations.state_id, jurisdictions_1.code, instruments.key, instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s) AND criteria.code = ANY(%(criteria)s)) ORDER BY citations.state_id, citations.position""",
        "......",
    ),
    "state_citations+as_of+jurisdictions+criteria": (
        """SELECT citations.state_id, jurisdictions_1.code, instruments."key", instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) AND criteria.code IN (SELECT value FROM json_each(:criteria))) ORDER BY citations.state_id, citations.position""",
        """SELECT citations.state_id, jurisdictions_1.code, instruments.key, instruments.citation, citations.pinpoint, instruments.url
FROM citations JOIN instruments ON citations.instrument_id = instruments.id JOIN jurisdictions AS jurisdictions_1 ON instruments.jurisdiction_id = jurisdictions_1.id
WHERE citations.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND jurisdictions.code = ANY(%(jurisdictions)s) AND criteria.code = ANY(%(criteria)s)) ORDER BY citations.state_id, citations.position""",
        "......",
    ),
    "state_sources": (
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id) ORDER BY sources.state_id, sources.position""",
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id) ORDER BY sources.state_id, sources.position""",
        "..",
    ),
    "state_sources+as_of": (
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of)) ORDER BY sources.state_id, sources.position""",
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s)) ORDER BY sources.state_id, sources.position""",
        "..",
    ),
    "state_sources+jurisdictions": (
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions))) ORDER BY sources.state_id, sources.position""",
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s)) ORDER BY sources.state_id, sources.position""",
        "..",
    ),
    "state_sources+criteria": (
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE criteria.code IN (SELECT value FROM json_each(:criteria))) ORDER BY sources.state_id, sources.position""",
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE criteria.code = ANY(%(criteria)s)) ORDER BY sources.state_id, sources.position""",
        "..",
    ),
    "state_sources+as_of+jurisdictions": (
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions))) ORDER BY sources.state_id, sources.position""",
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND jurisdictions.code = ANY(%(jurisdictions)s)) ORDER BY sources.state_id, sources.position""",
        "..",
    ),
    "state_sources+as_of+criteria": (
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND criteria.code IN (SELECT value FROM json_each(:criteria))) ORDER BY sources.state_id, sources.position""",
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND criteria.code = ANY(%(criteria)s)) ORDER BY sources.state_id, sources.position""",
        "..",
    ),
    "state_sources+jurisdictions+criteria": (
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) AND criteria.code IN (SELECT value FROM json_each(:criteria))) ORDER BY sources.state_id, sources.position""",
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s) AND criteria.code = ANY(%(criteria)s)) ORDER BY sources.state_id, sources.position""",
        "..",
    ),
    "state_sources+as_of+jurisdictions+criteria": (
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) AND criteria.code IN (SELECT value FROM json_each(:criteria))) ORDER BY sources.state_id, sources.position""",
        """SELECT sources.state_id, sources.url
FROM sources
WHERE sources.state_id IN (SELECT assessment_states.id
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND jurisdictions.code = ANY(%(jurisdictions)s) AND criteria.code = ANY(%(criteria)s)) ORDER BY sources.state_id, sources.position""",
        "..",
    ),
    "states": (
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        ".....dd...b",
    ),
    "states+as_of": (
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        ".....dd...b",
    ),
    "states+jurisdictions": (
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        ".....dd...b",
    ),
    "states+criteria": (
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE criteria.code IN (SELECT value FROM json_each(:criteria)) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE criteria.code = ANY(%(criteria)s) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        ".....dd...b",
    ),
    "states+as_of+jurisdictions": (
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND jurisdictions.code = ANY(%(jurisdictions)s) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        ".....dd...b",
    ),
    "states+as_of+criteria": (
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND criteria.code IN (SELECT value FROM json_each(:criteria)) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND criteria.code = ANY(%(criteria)s) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        ".....dd...b",
    ),
    "states+jurisdictions+criteria": (
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) AND criteria.code IN (SELECT value FROM json_each(:criteria)) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE jurisdictions.code = ANY(%(jurisdictions)s) AND criteria.code = ANY(%(criteria)s) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        ".....dd...b",
    ),
    "states+as_of+jurisdictions+criteria": (
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= :as_of) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > :as_of) AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) AND criteria.code IN (SELECT value FROM json_each(:criteria)) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        """SELECT assessment_states.id, jurisdictions.code, criteria.code AS code_1, assessment_states.status, assessment_states.evidence, assessment_states.effective_from, assessment_states.effective_to, assessment_states.note, assessment_states.counterpoint, assessment_states.counterpoint_sources, assessment_states.untested
FROM assessment_states JOIN jurisdictions ON assessment_states.jurisdiction_id = jurisdictions.id JOIN criteria ON assessment_states.criterion_id = criteria.id
WHERE (assessment_states.effective_from IS NULL OR assessment_states.effective_from <= %(as_of)s) AND (assessment_states.effective_to IS NULL OR assessment_states.effective_to > %(as_of)s) AND jurisdictions.code = ANY(%(jurisdictions)s) AND criteria.code = ANY(%(criteria)s) ORDER BY jurisdictions.code, criteria.position, assessment_states.position""",
        ".....dd...b",
    ),
    "term_attributes": (
        """SELECT term_attributes.id, term_attributes.code, term_attributes.type
FROM term_attributes
WHERE term_attributes.term_id = :term_id ORDER BY term_attributes.position""",
        """SELECT term_attributes.id, term_attributes.code, term_attributes.type
FROM term_attributes
WHERE term_attributes.term_id = %(term_id)s ORDER BY term_attributes.position""",
        "...",
    ),
    "term_by_code": (
        """SELECT terms.id, terms.name
FROM terms
WHERE terms.code = :term""",
        """SELECT terms.id, terms.name
FROM terms
WHERE terms.code = %(term)s""",
        "..",
    ),
    "term_codes": (
        """SELECT terms.code
FROM terms ORDER BY terms.position""",
        """SELECT terms.code
FROM terms ORDER BY terms.position""",
        ".",
    ),
    "term_definitions": (
        """SELECT definitions.id, jurisdictions.code, instruments.citation, definitions.pinpoint, definitions.text, definitions.effective_from
FROM definitions JOIN jurisdictions ON definitions.jurisdiction_id = jurisdictions.id JOIN instruments ON definitions.instrument_id = instruments.id
WHERE definitions.term_id = :term_id AND jurisdictions.code IN (SELECT value FROM json_each(:jurisdictions)) AND (coalesce(instruments.in_force, instruments.enacted) IS NULL OR coalesce(instruments.in_force, instruments.enacted) <= :as_of) AND (instruments.repealed IS NULL OR instruments.repealed > :as_of) AND instruments.kind != 'bill' AND (definitions.effective_from IS NULL OR definitions.effective_from <= :as_of) AND (definitions.effective_to IS NULL OR definitions.effective_to > :as_of) ORDER BY jurisdictions.code, definitions.position""",
        """SELECT definitions.id, jurisdictions.code, instruments.citation, definitions.pinpoint, definitions.text, definitions.effective_from
FROM definitions JOIN jurisdictions ON definitions.jurisdiction_id = jurisdictions.id JOIN instruments ON definitions.instrument_id = instruments.id
WHERE definitions.term_id = %(term_id)s AND jurisdictions.code = ANY(%(jurisdictions)s) AND (coalesce(instruments.in_force, instruments.enacted) IS NULL OR coalesce(instruments.in_force, instruments.enacted) <= %(as_of)s) AND (instruments.repealed IS NULL OR instruments.repealed > %(as_of)s) AND instruments.kind != 'bill' AND (definitions.effective_from IS NULL OR definitions.effective_from <= %(as_of)s) AND (definitions.effective_to IS NULL OR definitions.effective_to > %(as_of)s) ORDER BY jurisdictions.code, definitions.position""",
        ".....d",
    ),
    "treaties": (
        """SELECT frameworks.code, frameworks.short_name
FROM frameworks
WHERE frameworks.ratifiable = 1 ORDER BY frameworks.position""",
        """SELECT frameworks.code, frameworks.short_name
FROM frameworks
WHERE frameworks.ratifiable ORDER BY frameworks.position""",
        "..",
    ),
}
