"""The rules behind training.features.attribution.find_attributions, one module a step.

Cues: verb_cues (reporting verbs), preposition_cues ("selon X", "according to X"), noun_cues
("Trump's claim that"), punctuation_cues ("- Name", "Name: ..."). Whether a verb reports:
reported_content. The speaker of a verb: clause_subjects (from the clause before), speakers
(from the parse), surface_subjects (from the words around the verb). Typing the speaker:
source_typing, roles, mentions. Shared: verb_groups, noun_phrases, quotes.

A module imports only from modules named after it here, and none from attribution.py.
"""
