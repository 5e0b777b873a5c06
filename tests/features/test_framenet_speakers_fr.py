"""French speakers the parse loses, found from the words around the verb (invented sentences,
each with a near miss that must not be attributed wrongly)."""

import pytest

from training.features.attribution import find_attributions
from training.features.lexicon import load_lexicon
from training.features.parse import parse_text


@pytest.fixture(scope="module")
def lex():
    return load_lexicon("fr")


def attributions(text: str, lex) -> dict[str, str | None]:
    """Cue text -> speaker text of the attributions of ``text``."""
    found = {}
    for a in find_attributions(parse_text(text, lex), lex):
        speaker = text[a.speaker_start:a.speaker_end] if a.speaker_start is not None else None
        found[text[a.cue_start:a.cue_end]] = speaker
    return found


def test_subject_before_a_relative_clause_aside(lex):
    found = attributions(
        "Mme Claire Vasseur, qui dirige le service juridique de la mutuelle après avoir "
        "longtemps travaillé à la préfecture, confirme ces chiffres.", lex)
    assert "Claire Vasseur" in (found.get("confirme") or "")


def test_incise_after_a_main_clause_keeps_its_postposed_subject(lex):
    found = attributions(
        "Les ventes de voitures ont encore reculé de 8 % en mars, confirme Paul Mercier, qui "
        "dirige la fédération des concessionnaires.", lex)
    assert "Paul Mercier" in (found.get("confirme") or "")


def test_light_verb_hung_on_its_object(lex):
    found = attributions(
        "Par ailleurs, le maire de Lorient, M. Yves Carnot, a publiquement fait état de son "
        "désaccord avec le projet de rocade.", lex)
    assert "Yves Carnot" in (found.get("fait état") or "")


def test_light_verb_incise_keeps_its_subject(lex):
    found = attributions(
        "La réforme entrera en vigueur en janvier, a fait savoir récemment le gouvernement.", lex)
    assert "gouvernement" in (found.get("fait savoir") or "")


def test_addressee_after_the_verb_is_no_speaker(lex):
    found = attributions(
        "\"En quelques lignes, Julien Morel, alias Jules Mora, a annoncé aux lecteurs du Courrier "
        "picard, dans son éditorial du mardi 8 mars, qu'il quittait son poste.", lex)
    assert "Julien Morel" in (found.get("annoncé") or "")
    assert "lecteurs" not in (found.get("annoncé") or "")


def test_speaker_after_the_addressee_of_an_incise(lex):
    found = attributions("« Nous ne fermerons pas l'usine », a déclaré à la presse le maire.", lex)
    assert "maire" in (found.get("déclaré") or "")


def test_brackets_inside_an_aside(lex):
    found = attributions(
        "Depuis le 2 mars, M. Paul Durand, directeur de l'Institut national des mines (INM), "
        "autorité de tutelle "
        "du secteur, avait menacé de demander la fermeture du site.", lex)
    assert "Paul Durand" in (found.get("menacé") or "")
    assert "Paul Durand" in (found.get("demander") or "")


def test_brackets_after_a_name_are_an_aside_of_their_own(lex):
    found = attributions(
        "Tandis que le député Adrien Varlet (UDF), maire de Saverne, fustige la réforme, le "
        "gouvernement se tait.", lex)
    assert "Adrien Varlet" in (found.get("fustige") or "")


def test_brackets_do_not_stretch_an_aside_to_an_opening_word(lex):
    found = attributions(
        "Mauvais, les chiffres de mai (publiés lundi), qui viennent après une série de "
        "résultats décevants, ne font que confirmer une évidence.", lex)
    assert found.get("confirmer") != "Mauvais"


def test_capital_without_its_accent(lex):
    found = attributions(
        "Evoquant la hausse des loyers, la ministre du logement a promis un plan d'urgence.", lex)
    assert "ministre" in (found.get("Evoquant") or "")


def test_capital_without_its_accent_needs_a_verb(lex):
    found = attributions("Ecrivains et éditeurs se retrouvent samedi à Brive.", lex)
    assert "Ecrivains" not in found


def test_causative_faire_gives_the_speech_to_its_a_object(lex):
    found = attributions(
        "La hausse des prix fait dire aux économistes de la banque que la reprise est fragile.",
        lex)
    assert "économistes" in (found.get("dire") or "")
    found = attributions("Ce qui a fait dire au ministre que la crise était finie.", lex)
    assert "ministre" in (found.get("dire") or "")


def test_causative_faire_with_an_agent(lex):
    found = attributions(
        "Le club de Lens s'est fait rappeler à l'ordre lundi par la Ligue de football.", lex)
    assert "Ligue" in (found.get("rappeler") or "")


def test_causative_faire_without_a_speaker_is_no_one(lex):
    found = attributions("La crise fait parler d'elle dans toutes les chaumières.", lex)
    assert found.get("parler") is None
    found = attributions("Cette affaire a fait dire n'importe quoi à la radio.", lex)
    assert found.get("dire") in (None, "radio", "la radio")


def test_incise_subject_after_the_addressee(lex):
    found = attributions(
        "« Aucun radar ne sera installé sur cette route », a indiqué à la Gazette du Nord le "
        "service de presse de la préfecture.", lex)
    assert found.get("indiqué") == "le service de presse de la préfecture"


def test_detached_participle_between_the_subject_and_its_verb(lex):
    found = attributions(
        "Mardi, M. Paul Lenoir, président de la CCI, s'exprimant devant la presse, a proposé "
        "une trêve.", lex)
    assert "Paul Lenoir" in (found.get("exprimant") or "")


def test_detached_participle_after_an_object_is_not_the_object_s(lex):
    found = attributions(
        "Le préfet a reçu M. Paul Morin, maire de Vire, affirmant que la route serait rouverte.",
        lex)
    assert "Paul Morin" not in (found.get("affirmant") or "")


def test_plural_noun_before_an_aside_and_a_plural_verb_the_tagger_missed(lex):
    found = attributions(
        "D'autres pédiatres, tout aussi sérieux, vantent le caractère apaisant de ces jeux.", lex)
    assert "pédiatres" in (found.get("vantent") or "")


def test_plural_thing_before_an_aside_says_nothing(lex):
    found = attributions("Les prix, depuis plusieurs mois, dénoncent une tendance.", lex)
    assert "dénoncent" not in found or "prix" not in (found.get("dénoncent") or "")


def test_a_doubt_said_in_public(lex):
    found = attributions(
        "Mais beaucoup d'analystes mettent en doute la capacité du pays à réduire son déficit.",
        lex)
    assert "analystes" in (found.get("mettent en doute") or "")
    found = attributions("La commissaire a mis en doute la sincérité des comptes.", lex)
    assert "commissaire" in (found.get("mis en doute") or "")


def test_other_phrases_of_mettre_report_nothing(lex):
    assert attributions("Le ministre a mis en place un guichet unique en janvier.", lex) == {}
    assert attributions("La remise en état des routes coûtera cher.", lex) == {}
    assert attributions("Il ne fait aucun doute que la crise est finie.", lex) == {}


def test_subject_after_a_word_of_quantity(lex):
    found = attributions("Mais beaucoup d'opérateurs affirment que la banque ne tiendra pas.", lex)
    assert "opérateurs" in (found.get("affirment") or "")


def test_a_noun_after_another_preposition_is_still_no_subject(lex):
    found = attributions("Sous la plume de l'éditorialiste le soupçon affirme.", lex)
    assert "éditorialiste" not in (found.get("affirme") or "")
