"""libyaml's words for a YAML mistake, in the reader's language: what is wrong (its scanner's and parser's
messages) and what it was reading, as ids of the phrase catalogue (phrases/validation.py,
check.yaml_problem.ID and check.yaml_context.ID), whose English is libyaml's own. Nothing here prints."""

from __future__ import annotations

# libyaml's words for what is wrong (its scanner.c and parser.c) and for what it was reading -> the ids under
# which the catalogue has them in both languages (check.yaml_problem.ID, check.yaml_context.ID:
# phrases/validation.py); words it does not list are shown as libyaml wrote them.
LIBYAML_PROBLEMS = {
    "mapping values are not allowed in this context": "mapping_values",
    "mapping keys are not allowed in this context": "mapping_keys",
    "block sequence entries are not allowed in this context": "sequence_entries",
    "could not find expected ':'": "no_colon",
    "found character that cannot start any token": "bad_character",
    "found a tab character that violates indentation": "tab_indentation",
    "found a tab character where an indentation space is expected": "tab_for_space",
    "found unexpected end of stream": "end_of_stream",
    "found unexpected document indicator": "document_indicator",
    "found unknown escape character": "unknown_escape",
    "did not find expected hexdecimal number": "no_hex",
    "found invalid Unicode character escape code": "bad_unicode_escape",
    "did not find expected alphabetic or numeric character": "no_alphanumeric",
    "did not find expected <document start>": "no_document_start",
    "did not find expected node content": "no_node_content",
    "did not find expected key": "no_key",
    "did not find expected '-' indicator": "no_dash",
    "did not find expected ',' or ']'": "no_comma_bracket",
    "did not find expected ',' or '}'": "no_comma_brace",
    "did not find expected comment or line break": "no_line_break",
    "found an indentation indicator equal to 0": "zero_indentation",
    "found duplicate %YAML directive": "duplicate_yaml_directive",
    "found duplicate %TAG directive": "duplicate_tag_directive",
    "found incompatible YAML document": "incompatible_document",
    "found undefined tag handle": "undefined_tag_handle",
}
LIBYAML_CONTEXTS = {
    "while scanning for the next token": "next_token",
    "while scanning a simple key": "simple_key",
    "while scanning a plain scalar": "plain_scalar",
    "while scanning a quoted scalar": "quoted_scalar",
    "while parsing a quoted scalar": "quoted_scalar_parsing",
    "while scanning a block scalar": "block_scalar",
    "while scanning an anchor": "anchor",
    "while scanning an alias": "alias",
    "while scanning a tag": "tag",
    "while scanning a directive": "directive",
    "while parsing a block mapping": "block_mapping",
    "while parsing a block collection": "block_collection",
    "while parsing a flow sequence": "flow_sequence",
    "while parsing a flow mapping": "flow_mapping",
    "while parsing a block node": "block_node",
    "while parsing a flow node": "flow_node",
    "while parsing a node": "node",
}


def libyaml_words(problem: str | None, context: str | None) -> tuple[str, dict]:
    """(message, values) for a YamlProblem from libyaml's problem and context (yaml.MarkedYAMLError): the
    catalogue's check.yaml_syntax (or check.yaml_syntax_in, with what it was reading) and the ids that
    name them (LIBYAML_PROBLEMS, LIBYAML_CONTEXTS), which errors.Problem turns into the reader's language;
    words the catalogue lacks as libyaml wrote them, in English: 'problem (context)'."""
    found, during = LIBYAML_PROBLEMS.get(problem or ""), LIBYAML_CONTEXTS.get(context or "")
    if found and not context:
        return "check.yaml_syntax", {"yaml_problem": found}
    if found and during:
        return "check.yaml_syntax_in", {"yaml_problem": found, "yaml_context": during}
    what = problem or "invalid YAML"
    return (f"{what} ({context})" if context else what), {}
