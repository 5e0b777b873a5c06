"""Who was reached for comment, and who stayed silent.

The participle that opens "Contactée, la direction n'a pas répondu" or "Sollicité par Le
Parisien, l'entourage du ministre …" names who was asked (and who asked), never a source,
whatever the tagger and NER make of it. A silence without "pas" ("n'a jamais répondu", "ni X ni
Y n'ont répondu", "Neither X nor Y responded to requests for comment") is a non-response, not a
statement; a passive denial names who denied ("were rejected by the club"); a bare "la
direction" is the company whose management was named before. A message is a document: its
issuer speaks through it, and the platform it was posted on issues nothing.
"""

import pytest

from .helpers import analyse, analyse_checked, silent, sources


@pytest.mark.parametrize("language, text", [
    ("fr", "Contactée, la direction n'a pas répondu."),
    ("fr", "Contactée par Le Parisien, la direction n'a pas répondu."),
    ("fr", "Jointe par téléphone, la direction n'a pas souhaité réagir."),
    ("fr", "Relancé à deux reprises, le service n'a pas donné suite."),
])
def test_the_opening_participle_names_no_one(language, text):
    analysis = analyse_checked(text, language)
    assert analysis.values["non_response"] == 1
    named = {e.source for e in analysis.evidence if e.source}
    assert not named & {"Contactée", "Jointe", "Relancé"}


def test_the_management_speaks_for_the_company_named_before():
    analysis = analyse("Le groupe Valtéra a annoncé 200 suppressions de postes. Contactée, la "
                       "direction n'a pas répondu.", "fr")
    assert silent(analysis) == ["Valtéra"]


@pytest.mark.parametrize("language, text, speaker_type", [
    ("fr", "Sollicité par Le Parisien, l'entourage du ministre n'a pas répondu.", "anonymous"),
    ("fr", "Contacté par Le Parisien, l'entourage du ministre n'a pas répondu.", "anonymous"),
    ("en", "Contacted by The Herald, the company declined to comment.", "organisation"),
])
def test_the_outlet_that_asked_is_not_who_stayed_silent(language, text, speaker_type):
    analysis = analyse_checked(text, language)
    assert analysis.values["non_response"] == 1
    assert not any(e.type == "media" for e in analysis.evidence)
    assert [e.type for e in analysis.evidence_for("attributions")] == [speaker_type]


@pytest.mark.parametrize("language, text", [
    ("fr", "La mairie n'a jamais répondu à nos questions."),
    ("fr", "La mairie n'a toujours pas répondu à nos questions."),
    ("fr", "Ni la mairie ni la préfecture n'ont répondu à nos questions."),
    ("fr", "Aucun des élus n'a répondu à nos sollicitations."),
    ("fr", "Relancée à plusieurs reprises, la préfecture est restée muette."),
    ("en", "The agency has never responded to our questions."),
    ("en", "Neither the ministry nor the embassy responded to requests for comment."),
    ("en", "Nobody at the agency replied to emailed questions."),
    # and other ways to say so
    ("fr", "Le groupe ne commentera pas ces informations."),
    ("fr", "Le ministère préfère ne pas commenter."),
    ("fr", "Le maire se refusait à tout commentaire."),
    ("fr", "Le parquet n'a pas souhaité communiquer."),
    ("fr", "L'entreprise n'a fait aucun commentaire."),
    ("fr", "Sollicitée, la mairie se contente de renvoyer vers son communiqué."),
    ("en", "The company preferred not to comment."),
    ("en", "The ministry has made no public comment on the report."),
])
def test_a_silence_is_a_non_response(language, text):
    analysis = analyse_checked(text, language)
    assert analysis.values["non_response"] == 1
    assert analysis.values["named_sources"] == 0
    # (the evidence starts at a word, not at the space before it)
    assert all(e.text[:1].isalpha() for e in analysis.evidence_for("non_response"))


@pytest.mark.parametrize("language, text", [
    # an answer that was given, however short
    ("fr", "Le maire n'a répondu qu'à une seule question."),
    ("en", "Neither side has responded to the offer in detail, she said."),
    ("en", "The mayor said the council never replied that way before."),
])
def test_an_answer_given_is_no_non_response(language, text):
    assert analyse(text, language).values["non_response"] == 0


@pytest.mark.parametrize("language, text, expected", [
    ("en", "A message posted by the ministry on Telegram said the strikes would continue.",
     [("ministry", "organisation")]),
    ("fr", "Un message publié par le ministère affirme que les frappes vont continuer.",
     [("ministère", "organisation")]),
])
def test_a_message_speaks_for_its_issuer(language, text, expected):
    analysis = analyse_checked(text, language)
    assert sources(analysis) == expected
    assert analysis.values["anonymous_sources"] == 0


@pytest.mark.parametrize("language, text", [
    ("fr", "Selon des messages partagés sur Telegram, les frappes vont continuer."),
    ("fr", "Selon des documents partagés sur Facebook, les frappes vont continuer."),
    ("en", "Messages shared on Telegram said the strikes would continue."),
])
def test_the_platform_issues_nothing(language, text):
    analysis = analyse_checked(text, language)
    assert analysis.values["named_sources"] == 0
    assert analysis.values["anonymous_sources"] == 1


def test_the_platform_itself_still_speaks():
    analysis = analyse("Telegram said it had removed the channel.", "en")
    assert sources(analysis) == [("Telegram", "organisation")]


@pytest.mark.parametrize("language, text", [
    ("en", "The allegations were rejected by the club."),
    ("fr", "Ces accusations ont été rejetées par le club."),
])
def test_a_passive_denial_names_who_denied(language, text):
    analysis = analyse_checked(text, language)
    assert analysis.values["denial"] == 1
    assert [(e.source, e.type) for e in analysis.evidence_for("denial")] == [
        ("club", "organisation")]


def test_the_management_is_the_one_named_before_not_the_latest_organisation():
    analysis = analyse_checked(
        "La direction de Valtéra a annoncé mardi la fermeture du site. « C'est un coup de "
        "massue », confie un délégué CGT. Contactée, la direction n'a pas souhaité s'exprimer "
        "davantage.", "fr")
    assert silent(analysis) == ["Valtéra"]
