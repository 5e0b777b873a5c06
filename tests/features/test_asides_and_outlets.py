"""A fourth black-box read (a business story in each language): the speaker of an incise
after asides on when and where it spoke; an outlet named after its kind and adjectives; who
printed an interview or asked the question is not its source; a bare denial participle after
the claim it denies; a company named by its trade; verbs in a sense that reports nothing."""

import pytest

from .helpers import analyse, check_slices


def sources(analysis) -> list[tuple[str, str]]:
    """(name, type) of each named source, as the evidence gives them."""
    return sorted({(e.source, e.type) for e in analysis.evidence_for("named_sources")})


@pytest.mark.parametrize("text, name", [
    ("« Nous ne céderons pas », affirme, vendredi 12 mars, dans un entretien au Parisien, la "
     "ministre du travail, Claire Dufour. Le texte sera examiné en avril.", "Claire Dufour"),
    ("Le budget sera voté en juin, a déclaré, mardi, à l'Assemblée nationale, le premier "
     "ministre, Paul Renard. Les députés ont applaudi.", "Paul Renard"),
    ("Le constructeur ne fermera aucun site, a assuré, lors d'une conférence de presse, le "
     "directeur général, Luca Bianchi. Les syndicats restent inquiets.", "Luca Bianchi"),
    # (a station's name holds a word the tagger calls a verb)
    ("« Il n'y aura pas de hausse d'impôts », a promis, dimanche 3 mars, sur France Inter, le "
     "ministre des comptes publics, Thomas Valade.", "Thomas Valade"),
])
def test_the_subject_of_an_incise_after_its_asides_is_found(text, name):
    a = analyse(text)
    assert sources(a) == [(name, "person")]
    check_slices(a)


def test_an_incise_followed_by_a_that_clause_has_no_subject_to_find_there():
    # the asides skipped lead to "que", which opens what was said: no speaker after the verb
    a = analyse("Paul Renard a expliqué, mardi, dans un entretien au Monde, que la réforme "
                "serait reportée.")
    assert sources(a) == [("Paul Renard", "person")]


@pytest.mark.parametrize("text, name", [
    ("Le déficit atteindra 5 % du PIB, indique le quotidien économique Les Echos.", "Les Echos"),
    ("Le déficit atteindra 5 % du PIB, indique le quotidien Le Monde. Le déficit atteindra "
     "6 % en 2026, indique le quotidien économique Nihon Keizai.", "Nihon Keizai"),
])
def test_an_outlet_named_after_its_kind_and_adjectives_is_that_outlet(text, name):
    a = analyse(text)
    assert (name, "media") in sources(a)
    assert a.values["anonymous_sources"] == 0
    evidence = [e for e in a.evidence_for("named_sources") if e.source == name]
    assert evidence and evidence[-1].text.endswith(name.split()[-1])
    check_slices(a)


def test_two_outlets_named_after_their_kind_stay_two():
    a = analyse("Le déficit atteindra 5 % du PIB, indique le quotidien Le Monde. Il atteindra 6 % "
                "en 2026, indique le quotidien économique Nihon Keizai.")
    assert a.values["named_sources"] == 2


@pytest.mark.parametrize("text, language", [
    ("L'acteur a annoncé sa retraite dans un entretien publié samedi par le quotidien "
     "régional La Voix du Littoral.", "fr"),
    ("Interrogée par l'AFP, la direction s'est refusée à tout commentaire.", "fr"),
    ("Asked by The Associated Press about the timeline, a company spokeswoman declined to "
     "comment.", "en"),
])
def test_the_outlet_that_printed_an_interview_or_asked_is_not_a_source(text, language):
    a = analyse(text, language)
    assert not any(type_ == "media" for _, type_ in sources(a))
    assert a.values["anonymous_sources"] == 0


@pytest.mark.parametrize("text, language", [
    # an outlet's own reporting, and an answer it relays, still count
    ("L'affaire, rapportée par Le Parisien, a choqué la commune.", "fr"),
    ("The breach was first reported by The Washington Post.", "en"),
])
def test_an_outlet_that_reported_stays_a_source(text, language):
    assert [type_ for _, type_ in sources(analyse(text, language))] == ["media"]


@pytest.mark.parametrize("text, denier", [
    ("Le groupe céderait sa filiale. Une information démentie mercredi par un porte-parole de "
     "Renault.", "Renault"),
    ("Le groupe céderait sa filiale, une information démentie mercredi par Renault.", "Renault"),
    ("Le groupe céderait sa filiale. Démentie par l'Élysée, l'information a pourtant circulé.",
     "Élysée"),
])
def test_a_bare_denial_participle_names_its_agent_as_denier(text, denier):
    a = analyse(text)
    assert a.values["denial"] == 1
    assert [e.source for e in a.evidence_for("denial")] == [denier]
    check_slices(a)


def test_a_publication_participle_after_its_document_opens_no_cue_of_its_own():
    a = analyse("Le groupe a publié ses comptes. Le rapport publié par le groupe est court.")
    assert a.values["denial"] == 0
    assert all(e.text != "publié par le groupe" for e in a.evidence_for("named_sources"))


def test_a_company_named_by_its_trade_is_the_one_named_before():
    a = analyse("Renault va supprimer 2 000 postes en France. Le constructeur automobile, qui a "
                "dévoilé mardi ses résultats annuels, a annoncé un plan d'économies.")
    assert sources(a) == [("Renault", "organisation")]


def test_a_body_named_by_several_adjectives_is_its_own():
    a = analyse("Les éleveurs manifestent depuis lundi. La fédération départementale ovine a "
                "annoncé mardi une action devant la préfecture.")
    assert [name for name, _ in sources(a)] == ["fédération départementale ovine"]


def test_an_organisation_introduced_as_another_kind_is_not_the_referent():
    a = analyse("Sur le groupe Facebook des festivaliers, l'inquiétude grandit. Contactée, "
                "l'association organisatrice n'a pas souhaité s'exprimer.")
    assert [e.source for e in a.evidence_for("non_response")] != ["Facebook"]


def test_a_company_management_does_not_speak_for_a_union_in_a_description():
    a = analyse("Renault va supprimer 2 000 postes. « C'est un plan social déguisé », dénonce "
                "Jean-Pierre Mercier, délégué CGT à l'usine de Flins. Interrogée par l'AFP, la "
                "direction s'est refusée à tout commentaire.")
    assert [e.source for e in a.evidence_for("non_response")] == ["Renault"]


@pytest.mark.parametrize("text, language", [
    ("The agency admitted 40,000 refugees last year.", "en"),
    ("The governor declared a state of emergency on Monday.", "en"),
    ("The company declared bankruptcy in May.", "en"),
    ("L'entreprise a déclaré ses revenus au fisc.", "fr"),
    ("Le gouvernement a déclaré l'état d'urgence sanitaire.", "fr"),
])
def test_a_reporting_verb_whose_object_gives_another_sense_reports_nothing(text, language):
    a = analyse(text, language)
    assert a.values["named_sources"] == 0
    assert a.values["anonymous_sources"] == 0


@pytest.mark.parametrize("text, language", [
    ("The minister admitted the mistake on Monday.", "en"),
    ("The mayor declared the vote fraudulent.", "en"),
    ("La mairie a déclaré que le projet était abandonné.", "fr"),
])
def test_the_same_verbs_in_their_reporting_sense_still_count(text, language):
    a = analyse(text, language)
    assert a.values["named_sources"] + a.values["anonymous_sources"] == 1


def test_a_paper_named_with_its_article_is_no_later_she():
    a = analyse('The senator announced her retirement in an interview published Sunday by The '
                'Herald. "It is time," she said.', "en")
    assert all(e.source != "Herald" for e in a.evidence_for("named_sources"))


def test_a_name_after_its_kind_is_that_organisation_whatever_ner_says():
    a = analyse("De son côté, l'association Loup Espoir estime que les bergers « doivent être "
                "mieux aidés ».")
    assert [type_ for _, type_ in sources(a)] == ["organisation"]


@pytest.mark.parametrize("text, language, name", [
    ("A federal judge on Tuesday blocked the state's new voting law, ruling that it placed an "
     "undue burden on elderly voters. \"The law cannot stand,\" U.S. District Judge Maria Lopez "
     "wrote in her opinion.", "en", "Maria Lopez"),
    ("Un juge d'instruction a estimé mardi que les charges étaient insuffisantes. « Rien ne "
     "justifie sa détention », a écrit le juge Marc Olivier dans son ordonnance.", "fr",
     "Marc Olivier"),
])
def test_a_lead_sentence_introduces_unnamed_the_one_it_names_below(text, language, name):
    a = analyse(text, language)
    assert a.values["anonymous_sources"] == 0
    assert sources(a) == [(name, "person")]


@pytest.mark.parametrize("text", [
    # another role, or the same one after the lead sentence, stays unnamed
    "A senior official said the talks had stalled. Senator Ann Cole said the bill would pass.",
    "Police said a man was arrested. A spokesman said the investigation was continuing. Later, "
    "police spokesman Tom Reed said the man had been released.",
])
def test_an_unnamed_source_outside_that_pattern_stays_unnamed(text):
    assert analyse(text, "en").values["anonymous_sources"] == 1


@pytest.mark.parametrize("text, answer", [
    ("The White House did not comment on the poll.", "did not comment"),
    ("A spokesman would not say whether the plant would close.", "would not say whether"),
    ("The company would not comment on the report.", "would not comment"),
])
def test_not_commenting_is_a_non_response(text, answer):
    a = analyse(text, "en")
    assert [e.text for e in a.evidence_for("non_response")] == [answer]
    assert a.values["denial"] == 0


@pytest.mark.parametrize("text, language, name", [
    ("Une étude publiée mercredi dans la revue The Lancet montre que la pollution de l'air "
     "serait responsable de 40 000 décès par an.", "fr", "The Lancet"),
    ("A study published Wednesday in The Lancet found that air pollution may be responsible "
     "for 40,000 deaths a year.", "en", "Lancet"),
])
def test_a_study_that_shows_is_its_journal_s_in_both_languages(text, language, name):
    assert sources(analyse(text, language)) == [(name, "organisation")]


@pytest.mark.parametrize("text", [
    "Le guide montre la voie aux randonneurs.",
    "Le boxeur montre ses muscles avant le combat.",
])
def test_showing_something_reports_nothing(text):
    a = analyse(text)
    assert a.values["named_sources"] + a.values["anonymous_sources"] == 0


def test_a_sentence_that_opens_on_a_name_without_article_keeps_its_first_words():
    a = analyse("Santé publique France, de son côté, a indiqué qu'elle publierait ses propres "
                "estimations en juin.")
    assert sources(a) == [("Santé publique France", "organisation")]


@pytest.mark.parametrize("text, named", [
    ('10:42 a.m. ET: The governor has arrived at the statehouse. 10:55 a.m. ET: "We are '
     'ready," Governor Ann Cole told reporters.', 1),
    ("9:15 p.m. PT: Results are still coming in. 9:30 p.m. PT: The count will resume at dawn, "
     "county officials said.", 0),
])
def test_a_live_blog_time_stamp_is_no_speaker(text, named):
    a = analyse(text, "en")
    assert a.values["named_sources"] == named
    assert all(e.source not in ("ET", "PT") for e in a.evidence_for("named_sources"))


def test_an_outlet_of_the_lexicon_is_media_wherever_it_is_cited():
    a = analyse("According to The Athletic, the coach will leave at the end of the season.",
                "en")
    assert sources(a) == [("The Athletic", "media")]


@pytest.mark.parametrize("text, language, name", [
    ("Interrogé par nos soins, le maire de Tours, Emmanuel Denis, a appelé les habitants à « la "
     "plus grande prudence ».", "fr", "Emmanuel Denis"),
    ("Asked by our reporter, Mayor Tom Reed said the road would reopen on Friday.", "en",
     "Tom Reed"),
])
def test_the_newsroom_that_asked_is_no_source(text, language, name):
    a = analyse(text, language)
    assert sources(a) == [(name, "person")]
    assert a.values["anonymous_sources"] == 0


def test_a_name_before_its_role_in_apposition_is_the_speaker():
    a = analyse("Laurent Berger, le secrétaire général de la CFDT, a prévenu que la mobilisation "
                "serait « historique ».")
    assert sources(a) == [("Laurent Berger", "person")]


def test_a_subject_resumed_by_a_pronoun_is_no_incise():
    # "eux" resumes the subject: "promettent une mobilisation" is a commitment, not speech
    a = analyse("Les syndicats, eux, promettent une mobilisation massive.")
    assert a.values["anonymous_sources"] == 0
    # while a clause after the verb still reports what they said
    a = analyse("Les syndicats, eux, affirment que la mobilisation sera massive.")
    assert a.values["anonymous_sources"] == 1


@pytest.mark.parametrize("text, language, cue", [
    ("The mayor pushed back on the report on Friday.", "en", "pushed back on the report"),
    ("Le ministre récuse ces accusations.", "fr", "récuse ces accusations"),
    ("L'entreprise balaie d'un revers de main les critiques des syndicats.", "fr",
     "balaie d'un revers de main les critiques"),
    ("Le club dément formellement tout accord avec le joueur.", "fr", "dément"),
])
def test_more_ways_of_denying(text, language, cue):
    a = analyse(text, language)
    assert a.values["denial"] == 1
    assert [e.text for e in a.evidence_for("denial")] == [cue]


@pytest.mark.parametrize("text, language", [
    ("The avalanche pushed back the opening of the resort.", "en"),
    ("L'avocat a récusé le juge d'instruction.", "fr"),
    ("Le vent balaie la plage depuis lundi.", "fr"),
])
def test_the_same_verbs_in_other_senses_deny_nothing(text, language):
    assert analyse(text, language).values["denial"] == 0


def test_the_denier_of_a_verb_tagged_an_adverb_is_its_subject():
    a = analyse("Le club dément formellement tout accord avec le joueur.")
    assert [(e.source, e.type) for e in a.evidence_for("denial")] == [("club", "organisation")]


def test_signaling_a_view_reports_it_and_signaling_a_turn_does_not():
    a = analyse("Fed officials have signaled they could cut rates as soon as March.", "en")
    assert a.values["anonymous_sources"] == 1
    a = analyse("The driver signaled a left turn before the crash.", "en")
    assert a.values["named_sources"] + a.values["anonymous_sources"] == 0


@pytest.mark.parametrize("text, kind", [
    ("Trois personnes sont mortes. D'après les premiers éléments de l'enquête, le conducteur "
     "aurait perdu le contrôle de son véhicule.", "attributed"),
    ("Selon ce document, la réforme concernerait surtout les zones rurales.", "attributed"),
    ("Le conducteur aurait perdu le contrôle de son véhicule.", "unattributed"),
])
def test_a_source_preposition_attributes_its_sentence_even_unresolved(text, kind):
    a = analyse(text)
    assert [e.type for e in a.evidence_for("conditional_density")] == [kind]


def test_a_relative_pronoun_is_no_part_of_a_source_s_name():
    a = analyse("Selon la décision, l'étude ne reposait que sur deux forages, là où les services "
                "de l'État en recommandaient six.")
    assert all(not e.text.startswith("où") for e in a.evidence_for("named_sources"))
    assert all(not (e.source or "").startswith("où") for e in a.evidence_for("named_sources"))


def test_the_purpose_of_an_act_reported_as_hearsay_is_hearsay():
    a = analyse("Selon nos informations, le brasseur néerlandais Van Roosen aurait approché la "
                "famille Delmas pour lui proposer de racheter l'entreprise.")
    assert a.values["named_sources"] == 0
    # a modal's complement stays possible speech, which cites no one
    a = analyse("Les salariés pourraient bientôt demander des comptes à la direction.")
    assert a.values["anonymous_sources"] == 0


def test_a_place_formula_and_its_adjective_open_one_unnamed_source():
    a = analyse("Dans l'entourage du maire sortant, on assure ne pas être « inquiet ».")
    assert a.values["anonymous_sources"] == 1
    a = analyse("Dans l'entourage du maire, la situation est tendue. On assure pourtant que tout "
                "va bien.")
    assert a.values["anonymous_sources"] == 2


@pytest.mark.parametrize("text, name", [
    ("« Nous examinons la décision », indique un communiqué du ministère de la justice.",
     "ministère de la justice"),
    ("Selon un communiqué de la préfecture du Nord, la route rouvrira vendredi.",
     "préfecture du Nord"),
    ("L'Élysée a, dans un communiqué, qualifié la décision de « profondément erronée ».",
     "Élysée"),
])
def test_an_institution_s_communique_is_that_institution_s(text, name):
    assert sources(analyse(text)) == [(name, "organisation")]


def test_an_anonymity_formula_stops_at_the_verb_it_qualifies():
    a = analyse("An administration official who was not authorized to speak publicly said the "
                "White House would try again.", "en")
    assert a.values["anonymous_sources"] == 1
    (evidence,) = a.evidence_for("anonymous_sources")
    assert evidence.text.startswith("An administration official")
    assert "White House" not in evidence.text


def test_the_outlet_someone_spoke_on_is_not_the_club_named_before():
    a = analyse("Le PSG s'est incliné à Munich mardi soir. « On n'a pas été au niveau », a lâché "
                "Luis Enrique au micro de Canal+. Le club a indiqué dans un communiqué que "
                "l'attaquant passerait des examens mercredi.")
    assert ("PSG", "organisation") in sources(a)
    assert all(name != "Canal+" for name, _ in sources(a))


@pytest.mark.parametrize("text", [
    "The Lakers have agreed to trade their guard to the Nets, per league sources.",
    "The deal is done, according to Pentagon sources.",
    "The deal is done, per sources.",
])
def test_sources_of_a_kind_after_per_or_according_to_are_unnamed(text):
    a = analyse(text, "en")
    assert a.values["anonymous_sources"] == 1
    assert a.values["named_sources"] == 0


@pytest.mark.parametrize("text, named, anonymous", [
    ("Aux yeux de la présidente de l'Assemblée, Yaëlle Brun, le texte reste « équilibré ».", 1, 0),
    ("De l'avis de plusieurs constitutionnalistes, la loi pourrait être censurée.", 0, 1),
])
def test_a_view_given_as_its_holder_s_is_attributed(text, named, anonymous):
    a = analyse(text)
    assert (a.values["named_sources"], a.values["anonymous_sources"]) == (named, anonymous)


def test_in_the_eyes_of_the_law_is_no_source():
    a = analyse("Aux yeux de la loi, le contrat reste valable jusqu'en 2027.")
    assert a.values["named_sources"] + a.values["anonymous_sources"] == 0
