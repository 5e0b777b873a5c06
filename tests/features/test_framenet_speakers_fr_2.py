"""French speakers the parse loses, second series (invented sentences): each case fixed, with a
near miss that must not change. A dative "nous" before an inverted subject, a verb coordinated
with the clause before, an adverb before the subject, a verb the tagger called an adjective,
the verb "prévenir", "par" with a bare noun, a present participle that opens the sentence."""

import pytest

from tests.features.test_framenet_speakers_fr import attributions, lex  # noqa: F401 (fixture)

# (sentence, cue, a part of its speaker)
FIXED = {
    "dative_nous_before_a_third_person_incise_verb": (
        "La grève a été très suivie, nous précise le syndicat.",
        "précise", "syndicat"),
    "dative_nous_opening_an_incise_after_a_place": (
        "A Brest, nous indique notre correspondante Marie Le Goff, la manifestation a "
        "rassemblé deux mille personnes.",
        "indique", "correspondante"),
    "verb_after_a_coordinator_shares_the_subject_of_the_clause_before": (
        "Les syndicats mettent en cause la gestion du groupe ou accusent la direction de "
        "mentir.",
        "accusent", "syndicats"),
    "adverb_before_the_subject_of_an_aside": (
        "Même Vitrex, longtemps critiquée par les clients, affirme avoir changé ses méthodes.",
        "affirme", "Vitrex"),
    "verb_tagged_an_adjective_after_a_long_subject": (
        "Le ministère de la jeunesse et de la vie associative rappelle d'autre part, dans un "
        "communiqué, qu'aucune fraude ne sera tolérée.",
        "rappelle", "Le ministère"),
    "prevenir_que_warns": (
        "Le syndicat a prévenu que la grève serait reconduite.",
        "prévenu", "syndicat"),
    "par_with_a_bare_noun_is_a_means_not_an_agent": (
        "Le militant, qui a quitté le parti en mars, s'en prend aux réformettes qu'il a "
        "souvent dénoncées par tracts.",
        "dénoncées", "il"),
    "present_participle_opening_the_sentence_speaks_with_the_main_subject": (
        "\"Dénonçant le danger de voir le pays se transformer en colonie, M. Paul Arnaud a "
        "estimé qu'il fallait agir.",
        "Dénonçant", "Paul Arnaud"),
    # near misses whose speaker must stay
    "opening_participle_keeps_a_subject_before_its_asides": (
        "Répondant aux journalistes, le porte-parole de la mairie de Nantes, Mme Anne Roux, a "
        "annoncé, le 3 mai, que M. Marc Gris, adjoint au maire et Mme Lise Bon, conseillère, "
        "\"ont été sanctionnés par le préfet pour avoir agi contre les règles\".",
        "Répondant", "porte-parole"),
    "opening_participle_with_its_subject_parsed": (
        "Dénonçant les retards du chantier, le maire a écrit au préfet.",
        "Dénonçant", "le maire"),
    "preposition_before_the_noun_of_an_aside_keeps_the_real_subject": (
        "Chez Vitrex, longtemps critiquée par les clients, on affirme avoir changé les "
        "méthodes.",
        "affirme", "on"),
    "par_with_a_determiner_keeps_its_agent": (
        "La réforme a été dénoncée par des élus de l'opposition.",
        "dénoncée", "élus"),
    "the_defendant_speaks_with_his_own_verb": (
        "Le prévenu a déclaré qu'il était innocent.",
        "déclaré", "prévenu"),
}

# near misses: (sentence, a word that must be no cue)
NO_CUE = {
    "nous_subject_of_a_first_person_verb_stays_no_source": (
        "La grève a été très suivie, nous précisons.",
        "précisons"),
    "noun_after_a_coordinator_is_no_cue": (
        "Les analystes attendent un meilleur équilibre entre l'offre et la demande \"dans les "
        "prochains mois\".",
        "demande"),
    "thing_before_a_verb_tagged_an_adjective_is_no_speaker": (
        "La façade de la gare et de la halle centrale rappelle d'autre part, par son style, "
        "que la ville fut riche.",
        "rappelle"),
    "prevenir_with_an_object_prevents": (
        "Le syndicat veut prévenir les accidents du travail.",
        "prévenir"),
    "the_defendant_is_no_cue": (
        "Le prévenu a déclaré qu'il était innocent.",
        "prévenu"),
}


@pytest.mark.parametrize("case", FIXED)
def test_speaker_found(case, lex):  # noqa: F811 (the fixture)
    text, cue, speaker = FIXED[case]
    found = attributions(text, lex)
    assert speaker in (found.get(cue) or "")


@pytest.mark.parametrize("case", NO_CUE)
def test_no_cue(case, lex):  # noqa: F811 (the fixture)
    text, word = NO_CUE[case]
    assert word not in attributions(text, lex)


def test_the_object_of_an_aside_verb_is_no_speaker(lex):  # noqa: F811 (the fixture)
    found = attributions(
        "Même Vitrex, longtemps critiquée par les clients, affirme avoir changé ses méthodes.",
        lex)
    assert "méthodes" not in (found.get("affirme") or "")


def test_par_with_a_bare_noun_gives_no_speaker(lex):  # noqa: F811 (the fixture)
    found = attributions(
        "Le militant, qui a quitté le parti en mars, s'en prend aux réformettes qu'il a "
        "souvent dénoncées par tracts.", lex)
    assert "tracts" not in (found.get("dénoncées") or "")
