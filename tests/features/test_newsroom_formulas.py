"""Newsroom formulas met in a black-box run of real-looking pages: an anonymity formula
qualifies the unnamed source next to it (one source, cited once, counts once, and the evidence
shows the source with its formula); other words for not answering and for calling a claim
false."""

import pytest

from training.features.messages import feature_message

from .helpers import analyse, check_slices, spans


@pytest.mark.parametrize("text, formula", [
    # the participle that brings the formula, after a comma
    ("Le vote serait reporté, a confié un diplomate, s'exprimant sous couvert d'anonymat.",
     "s'exprimant sous couvert d'anonymat"),
    ("Un diplomate, s'exprimant sous couvert d'anonymat, affirme que le vote sera reporté.",
     "s'exprimant sous couvert d'anonymat"),
    # other words for the wish to stay unnamed
    ("Le vote serait reporté, selon un conseiller du ministre, qui a souhaité rester anonyme.",
     "qui a souhaité rester anonyme"),
    ("Selon un cadre qui préfère garder l'anonymat, le vote serait reporté.",
     "qui préfère garder l'anonymat"),
    ("Le vote serait reporté, a indiqué un responsable sous le sceau de l'anonymat.",
     "sous le sceau de l'anonymat"),
])
def test_french_formula_and_its_source_are_one_anonymous_source(text, formula):
    a = analyse(text)
    assert a.values["anonymous_sources"] == 1
    assert a.values["named_sources"] == 0
    (evidence,) = spans(a, "anonymous_sources")
    assert formula in evidence
    check_slices(a)


@pytest.mark.parametrize("text, formula", [
    ("The deal is close, people familiar with the matter said, speaking on condition of "
     "anonymity.", "speaking on condition of anonymity"),
    # a source with a complement before its formula: the overlapping formulas "according to
    # two aides" and "two aides familiar with the schedule" are one
    ("A Senate panel delayed a vote, according to two aides familiar with the schedule, who "
     "spoke on condition of anonymity.", "familiar with the schedule, who spoke"),
    ("The plan was dropped, said an official who was granted anonymity to discuss internal "
     "deliberations.", "who was granted anonymity"),
])
def test_english_formula_and_its_source_are_one_anonymous_source(text, formula):
    a = analyse(text, "en")
    assert a.values["anonymous_sources"] == 1
    (evidence,) = spans(a, "anonymous_sources")
    assert formula in evidence
    check_slices(a)


@pytest.mark.parametrize("text, language", [
    ("Le vote serait reporté, a confié un diplomate, s'exprimant sous couvert d'anonymat. "
     "Un autre diplomate, qui a souhaité rester anonyme, affirme le contraire.", "fr"),
    ("The plan was dropped, an official said on condition of anonymity. Another official, "
     "speaking on condition of anonymity, said the talks would resume.", "en"),
])
def test_two_unnamed_sources_with_their_formulas_stay_two(text, language):
    assert analyse(text, language).values["anonymous_sources"] == 2


def test_a_named_source_beside_a_formula_stays_named():
    a = analyse("Le maire, Paul Arnal, a confirmé le report. Un adjoint, s'exprimant sous "
                "couvert d'anonymat, affirme que le vote aura lieu en mai.")
    assert a.values["named_sources"] == 1
    assert a.values["anonymous_sources"] == 1


# Other words for not answering, and for a claim named false.


@pytest.mark.parametrize("text", [
    "Officials have yet to comment on the incident.",
    "The mayor hasn't responded to several emails.",
    "The company could not immediately be reached on Sunday.",
    "The White House had no immediate comment.",
    "A spokesman was unavailable for comment.",
])
def test_english_non_responses(text):
    a = analyse(text, "en")
    assert a.values["non_response"] == 1
    assert a.values["denial"] == 0


@pytest.mark.parametrize("text", [
    "The police have yet to identify the victim.",
    "He could not be reached by the rescuers in time.",
])
def test_english_near_misses_are_no_non_response(text):
    assert analyse(text, "en").values["non_response"] == 0


@pytest.mark.parametrize("text, denial", [
    ("The minister pushed back on the report, calling it a fabrication.", 1),
    ("He called the allegations baseless.", 1),
    ("She called it false.", 1),
    ("She called it a victory for the town.", 0),
    ("They called the report on Tuesday.", 0),
])
def test_english_calling_a_claim_false_is_a_denial(text, denial):
    assert analyse(text, "en").values["denial"] == denial


@pytest.mark.parametrize("text", [
    "Le ministère n'a pas souhaité faire de commentaire.",
    "Le maire n'était pas disponible pour commenter.",
])
def test_french_non_responses(text):
    a = analyse(text)
    assert a.values["non_response"] == 1
    assert a.values["denial"] == 0


# The people around someone are unnamed, even when the one they surround is named.


@pytest.mark.parametrize("text, language", [
    ("Le ministre aurait demandé un rapport, d'après son entourage.", "fr"),
    ("Selon l'entourage d'Emmanuel Macron, aucune décision n'est prise.", "fr"),
    ("L'entourage de Jean Castex assure qu'aucune décision n'est prise.", "fr"),
    ("The singer's entourage said the show would go on.", "en"),
])
def test_an_entourage_is_an_anonymous_source(text, language):
    a = analyse(text, language)
    assert a.values["anonymous_sources"] == 1
    assert a.values["named_sources"] == 0


def test_the_person_named_beside_an_entourage_still_counts_when_speaking():
    a = analyse("Selon l'entourage de Jean Castex, aucune décision n'est prise. Jean Castex a "
                "confirmé mardi qu'il attendait le rapport.")
    assert a.values["anonymous_sources"] == 1
    assert a.values["named_sources"] == 1


@pytest.mark.parametrize("text, language, denial", [
    ("« C'est faux », a réagi la direction de Logitrans.", "fr", 1),
    ("« Non, c'est totalement inexact », a répondu le maire.", "fr", 1),
    ("Ce n'est pas faux, reconnaît le maire.", "fr", 0),
    # the writer's own check reports no denial
    ("Nous avons vérifié : c'est faux.", "fr", 0),
    ("We checked: that is false.", "en", 0),
    ('"That is simply false," the spokesman said.', "en", 1),
    ('"It\'s not true," she said.', "en", 1),
    ("It is true that the plant closed.", "en", 0),
])
def test_a_claim_answered_as_false_is_a_denial(text, language, denial):
    assert analyse(text, language).values["denial"] == denial


@pytest.mark.parametrize("text, name", [
    ("Selon Le Monde, le projet serait abandonné.", "Le Monde"),
    ("D'après Les Echos, le groupe va fermer deux usines.", "Les Echos"),
    ("Selon l'Équipe, le joueur va partir.", "L'Équipe"),
    ("Selon le Wall Street Journal, le groupe va fermer deux usines.", "Wall Street Journal"),
])
def test_an_outlet_is_named_with_the_article_of_its_name(text, name):
    a = analyse(text)
    assert [e.source for e in a.evidence_for("named_sources")] == [name]


# A person's office, team or campaign, and a spokesperson for someone named in a role, speak
# for that person: one named source, not two.


@pytest.mark.parametrize("text, language, name", [
    ("Mayor Dan Hill said the road would reopen. Hill's office said later that work would "
     "take a week.", "en", "Dan Hill"),
    ("Senator Ruth Gale said the bill was dead. Her office said later that talks would "
     "resume.", "en", "Ruth Gale"),
    ("Governor Ann Cole said the plan was sound. The governor's office said it would be "
     "published Monday.", "en", "Ann Cole"),
    ("Governor Ann Cole said the plan was sound. A spokesman for the governor said it would "
     "be published Monday.", "en", "Ann Cole"),
    ("Le maire, Paul Arnal, a assuré que la route rouvrirait. Son cabinet a précisé que les "
     "travaux dureraient une semaine.", "fr", "Paul Arnal"),
    ("La sénatrice Anne Roux a estimé que le texte était mal écrit. Son équipe a ajouté "
     "qu'un amendement serait déposé.", "fr", "Anne Roux"),
    ("Le maire, Paul Arnal, a assuré que la route rouvrirait. Un porte-parole du maire a "
     "précisé que les travaux dureraient une semaine.", "fr", "Paul Arnal"),
])
def test_a_persons_staff_speaks_for_that_person(text, language, name):
    a = analyse(text, language)
    assert a.values["named_sources"] == 1
    assert {e.source for e in a.evidence_for("named_sources")} == {name}


@pytest.mark.parametrize("text, language, named", [
    # no one named before: no named source
    ("Her office said the talks would resume.", "en", 0),
    ("A spokesman for the governor said it would be published Monday.", "en", 0),
    # a name, not a person's office
    ("The Office of Management and Budget said the cost was unknown.", "en", 1),
])
def test_a_staff_of_no_one_named_is_no_named_source(text, language, named):
    assert analyse(text, language).values["named_sources"] == named


def test_a_clubs_team_is_the_club():
    a = analyse("Le club Hermine a annoncé le départ de son entraîneur. Son équipe a précisé "
                "que le joueur était blessé.")
    assert a.values["named_sources"] == 1


# Rumour and reports with no one behind them are anonymous attributions.


@pytest.mark.parametrize("text, language", [
    ("Le bruit court que le ministre va démissionner.", "fr"),
    ("La rumeur veut que le ministre démissionne.", "fr"),
    ("Il a été rapporté que le ministre démissionnerait.", "fr"),
    ("It is being reported that the senator was arrested.", "en"),
    ("Word is that the factory will close.", "en"),
    ("The minister is rumored to be planning a snap election.", "en"),
])
def test_rumour_formulas_are_anonymous(text, language):
    a = analyse(text, language)
    assert a.values["anonymous_sources"] == 1
    assert a.values["named_sources"] == 0


@pytest.mark.parametrize("text, language", [
    ("La rumeur a enflé toute la journée.", "fr"),
    ("It has been a difficult year.", "en"),
])
def test_rumour_words_alone_cite_no_one(text, language):
    assert analyse(text, language).values["anonymous_sources"] == 0


# "suspect" and "estimate" hedge as verbs, not as nouns.


@pytest.mark.parametrize("text, hedges", [
    ("The suspect fled to Canada on Monday, police said.", []),
    ("Police said the suspects were arrested at the border.", []),
    ("The estimates were published by the agency on Monday.", []),
    ("The suspect reportedly fled to Canada.", ["reportedly"]),
    ("Officials suspect the fire was set deliberately.", ["suspect"]),
    ("Analysts estimate that 300 jobs were lost.", ["estimate"]),
])
def test_suspect_and_estimate_hedge_only_as_verbs(text, hedges):
    a = analyse(text, "en")
    assert spans(a, "conditional_density") == hedges


# The outlet a source spoke to is not the source; "appris auprès de X" names X.


def test_the_outlet_told_is_not_the_source():
    a = analyse("Le suspect a été interpellé, a indiqué une source gouvernementale à l'AFP.")
    assert a.values["named_sources"] == 0
    assert spans(a, "anonymous_sources") == ["indiqué une source gouvernementale"]


@pytest.mark.parametrize("text, name", [
    ("Le suspect a été interpellé mardi, a-t-on appris auprès de la préfecture.",
     "préfecture"),
    ("Le suspect a été interpellé, a-t-on appris auprès du parquet de Lyon.",
     "parquet de Lyon"),
])
def test_learned_from_names_the_source(text, name):
    a = analyse(text)
    assert [e.source for e in a.evidence_for("named_sources")] == [name]


def test_learning_a_trade_from_someone_counts_no_source():
    a = analyse("Il a appris auprès de son père le métier de menuisier.")
    assert a.values["named_sources"] == 0
    assert a.values["anonymous_sources"] == 0


def test_learning_news_from_a_relative_is_an_unnamed_source():
    a = analyse("Le suspect a été interpellé mardi, a-t-on appris auprès de son frère.")
    assert a.values["named_sources"] == 0
    assert spans(a, "anonymous_sources") == ["appris auprès de son frère"]


# A poll is its pollster's, even when an outlet commissioned it; an outlet's own poll is the
# outlet's, shown by its name.


@pytest.mark.parametrize("text, language, source, type_", [
    ("D'après un sondage Ifop pour Le Figaro, 60 % des Français sont opposés à la réforme.",
     "fr", "Ifop", "organisation"),
    ("A YouGov poll for The Times found that 60% oppose the plan.", "en", "YouGov",
     "organisation"),
    ("A CNN poll found that 60% oppose the plan.", "en", "CNN", "media"),
])
def test_a_poll_is_its_pollsters(text, language, source, type_):
    a = analyse(text, language)
    assert [(e.source, e.type) for e in a.evidence_for("named_sources")] == [(source, type_)]


# "Neither confirm nor deny" answers nothing: a non-response, no denial, no source cited.


@pytest.mark.parametrize("text, language", [
    ("Le ministre n'a ni confirmé ni démenti l'information.", "fr"),
    ("Interrogé, Antoine Lemaire n'a « ni confirmé ni démenti ».", "fr"),
    ("The ministry would neither confirm nor deny the report.", "en"),
])
def test_neither_confirm_nor_deny_is_a_non_response(text, language):
    a = analyse(text, language)
    assert (a.values["non_response"], a.values["denial"], a.values["named_sources"]) == (1, 0, 0)


@pytest.mark.parametrize("text, language", [
    ("Le ministre a confirmé l'information et démenti la rumeur.", "fr"),
    ("The ministry confirmed the report and denied the rumours.", "en"),
])
def test_confirming_one_thing_and_denying_another_is_both(text, language):
    a = analyse(text, language)
    assert (a.values["non_response"], a.values["denial"]) == (0, 1)


# Whoever asked not to be named is unnamed, whatever organisation the noun phrase names.


@pytest.mark.parametrize("text, language", [
    ("Selon un économiste de l'OFCE qui a requis l'anonymat, une telle hausse pèserait sur "
     "la consommation.", "fr"),
    ("An economist at Brookfield Capital who spoke on condition of anonymity said the deal "
     "was dead.", "en"),
])
def test_a_source_asking_anonymity_is_anonymous(text, language):
    a = analyse(text, language)
    assert (a.values["named_sources"], a.values["anonymous_sources"]) == (0, 1)


def test_an_outlet_citing_unnamed_sources_stays_named():
    a = analyse("D'après Reuters, qui cite deux sources proches du dossier, l'usine va fermer.")
    assert (a.values["named_sources"], a.values["anonymous_sources"]) == (1, 1)


def test_a_participle_with_its_own_complement_ends_an_issuers_name():
    a = analyse("La mesure rapporterait 10 milliards d'euros, d'après une note de la direction "
                "du Budget consultée par Les Echos.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Budget"]


# One of a group is unnamed, unless the text names that one.


@pytest.mark.parametrize("text", [
    "« On nous a répondu que tout était aux normes », raconte l'un d'eux.",
    "L'un des manifestants affirme que la police a chargé.",
])
def test_one_of_a_group_is_anonymous(text):
    a = analyse(text)
    assert (a.values["named_sources"], a.values["anonymous_sources"]) == (0, 1)


def test_one_of_a_group_named_is_that_person():
    a = analyse("L'un des avocats du prévenu, Me Paul Roux, a déclaré que son client était "
                "innocent.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Me Paul Roux"]


# A study published in a named journal is that journal's: a named source.


@pytest.mark.parametrize("text, language, named", [
    ("D'après une étude parue dans The Lancet, le médicament ralentit la maladie.", "fr", 1),
    ("According to a study published Wednesday in The Lancet, the drug slowed memory "
     "decline.", "en", 1),
    # a date or an unnamed journal names no issuer
    ("Selon une étude parue en juin, le médicament ralentit la maladie.", "fr", 0),
    ("A study released in June found the drug worked.", "en", 0),
    ("A study published in a medical journal found the drug worked.", "en", 0),
])
def test_a_study_is_the_journals_that_published_it(text, language, named):
    a = analyse(text, language)
    assert (a.values["named_sources"], a.values["anonymous_sources"]) == (named, 1 - named)


@pytest.mark.parametrize("text", [
    "Durand, lui, n'a pas souhaité évoquer son avenir.",
    "Le ministre n'a pas voulu en dire plus.",
])
def test_declining_to_talk_about_it_is_a_non_response(text):
    assert analyse(text).values["non_response"] == 1


def test_an_outlet_publishing_a_letter_is_not_its_author():
    a = analyse("Le Monde a publié une lettre affirmant que le projet est illégal.")
    assert a.values["named_sources"] == 0


# An outlet named after a contraction of its article is that outlet, and is shown by its name.


@pytest.mark.parametrize("text, name", [
    ("Selon les informations du Monde, le ministre aurait menti.", "Le Monde"),
    ("Selon une enquête du Parisien, le ministre aurait menti.", "Le Parisien"),
    ("Selon les informations de Libération, le ministre aurait menti.", "Libération"),
    ("Selon le Journal du dimanche, le ministre aurait menti.", "Le Journal du dimanche"),
])
def test_an_outlets_reporting_is_the_outlets(text, name):
    a = analyse(text)
    assert [(e.source, e.type) for e in a.evidence_for("named_sources")] == [(name, "media")]


def test_a_common_phrase_with_an_outlets_word_is_no_outlet():
    a = analyse("Il est le meilleur au monde, a déclaré Paul Arnal.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Arnal"]


def test_an_outlets_name_ending_a_longer_name_is_not_that_outlet():
    # "du Soir" ends "Le Canard du Soir": not the Belgian daily Le Soir
    a = analyse("Selon Le Canard du Soir, le ministre aurait menti.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Le Canard du Soir"]


def test_a_candidates_campaign_speaks_for_the_candidate():
    a = analyse("Governor Ann Cole said the plan was sound. The Cole campaign said in a "
                "statement that the ad was misleading.", "en")
    assert {e.source for e in a.evidence_for("named_sources")} == {"Ann Cole"}


def test_a_possessive_staff_belongs_to_the_person_named_before_even_one_who_did_not_speak():
    a = analyse("Mayor Tom Reed, who supports the project, did not attend the meeting. His office "
                "said the mayor was disappointed by the delay.", "en")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Tom Reed"]


def test_each_source_is_shown_by_one_name():
    a = analyse("The team's owner, Victor Lane, has threatened to move the franchise. A "
                "spokeswoman for Lane said in an email that he remained committed to the city but "
                "declined to elaborate.", "en")
    assert a.values["named_sources"] == 1
    assert {e.source for e in a.evidence_for("named_sources")} == {"Victor Lane"}
    message = feature_message("named_sources", a.values["named_sources"],
                              a.evidence_for("named_sources"))
    assert message == "Cites 1 named source: Victor Lane."


@pytest.mark.parametrize("text, language, source, relay", [
    ("Selon le parquet de Paris, cité par l'AFP, une enquête préliminaire a été ouverte.",
     "fr", "Selon le parquet de Paris", "cité par l'AFP"),
    ("Selon la préfecture, citée par Ouest-France, trois personnes ont été interpellées.",
     "fr", "Selon la préfecture", "citée par Ouest-France"),
    ("The plant will close in March, according to the company, cited by Reuters.",
     "en", "according to the company", "cited by Reuters"),
])
def test_a_source_relayed_by_an_outlet_is_the_source_and_the_outlet(text, language, source,
                                                                    relay):
    a = analyse(text, language)
    evidence = {e.text: e.type for e in a.evidence_for("named_sources")}
    assert evidence[relay] == "media"
    assert evidence[source] == "organisation"  # (it was the outlet, its noun phrase running
    # on over the relay)
    assert a.values["named_sources"] == 2
    check_slices(a)


@pytest.mark.parametrize("headline, name", [
    ("Westbrook City Council Approves Stadium Deal Amid Questions", "Westbrook City Council"),
    # a sentence, not a headline: NER's name stands
    ("The Westbrook City Council Approval Board met on Monday to review the plan.",
     "Westbrook City Council Approval Board"),
])
def test_a_headline_lends_an_institution_none_of_its_words(headline, name):
    text = (f"{headline}\n\nThe plan was approved on Tuesday. Critics allege the vote was "
            "rushed, a claim the council denied.")
    a = analyse(text, "en")
    (denial,) = a.evidence_for("denial")
    assert denial.source == name


# The accused's answer to a charge is a denial, and the evidence names who made it even when
# its verb reports nothing of its own ("pleaded not guilty" cites no statement).


@pytest.mark.parametrize("text, language, cue, who, type_", [
    ("Robert Vance is accused of diverting payments, prosecutors said. Vance pleaded not "
     "guilty on Friday.", "en", "pleaded not guilty", "Robert Vance", "person"),
    ("Robert Vance is accused of diverting payments, prosecutors said. His wife has "
     "maintained his innocence since the arrest.", "en", "maintained his innocence", None,
     "anonymous"),
    ("Jean Martin est accusé d'avoir détourné deux millions d'euros, selon le parquet. Il a "
     "plaidé non coupable vendredi.", "fr", "plaidé non coupable", "Jean Martin", "person"),
    # the lawyer speaks for the client named before, not for the prosecutors who spoke last
    ("Jean Martin est accusé d'avoir détourné deux millions d'euros, selon le parquet. Son "
     "avocate clame son innocence depuis son arrestation.", "fr", "clame son innocence",
     "Jean Martin", "person"),
])
def test_pleading_not_guilty_is_a_denial_with_its_denier(text, language, cue, who, type_):
    a = analyse(text, language)
    assert a.values["denial"] == 1
    (denial,) = a.evidence_for("denial")
    assert (denial.text, denial.source, denial.type) == (cue, who, type_)
    check_slices(a)


@pytest.mark.parametrize("text, language", [
    ("Robert Vance is accused of diverting payments, prosecutors said. Vance pleaded guilty on "
     "Friday.", "en"),
    ("Jean Martin est accusé d'avoir détourné deux millions d'euros, selon le parquet. Il a "
     "plaidé coupable vendredi.", "fr"),
])
def test_pleading_guilty_is_no_denial(text, language):
    assert analyse(text, language).values["denial"] == 0


def test_a_denial_that_opens_with_no_verb_names_no_one_from_the_parse():
    # "baseless" has no verb to take a subject from: the reporting verb says who
    a = analyse("The allegations are baseless, the company's spokeswoman Ana Ruiz said.", "en")
    (denial,) = a.evidence_for("denial")
    assert denial.source == "Ana Ruiz"


@pytest.mark.parametrize("text, language, source", [
    ("Robert Vance was charged on Thursday, prosecutors said. His lawyer said the charges "
     "were politically motivated.", "en", "Robert Vance"),
    ("Jean Martin a été mis en examen jeudi, selon le parquet. Son avocat a indiqué qu'il "
     "ferait appel.", "fr", "Jean Martin"),
    # no one named before: someone unnamed
    ("Le suspect a été mis en examen jeudi, selon le parquet. Son avocat a indiqué qu'il "
     "ferait appel.", "fr", None),
])
def test_a_lawyer_speaks_for_the_client_named_before(text, language, source):
    a = analyse(text, language)
    lawyer = [e for e in a.evidence if e.text.lower().startswith(("his lawyer", "son avocat"))]
    assert [e.source for e in lawyer] == [source]
    assert lawyer[0].type == ("person" if source else "anonymous")


@pytest.mark.parametrize("text, language, cue, who", [
    ("The agency was hit by a breach last month. The White House referred questions to the "
     "department.", "en", "referred questions to", "The White House"),
    ("Le ministère a été visé par une cyberattaque. Contacté, l'Élysée renvoie vers Matignon.",
     "fr", "renvoie vers", "Élysée"),
])
def test_sending_the_reporter_elsewhere_is_a_non_response(text, language, cue, who):
    a = analyse(text, language)
    assert a.values["non_response"] == 1
    (item,) = a.evidence_for("non_response")
    assert item.text == cue
    assert item.source == who


def test_a_figure_that_refers_to_a_question_is_no_non_response():
    a = analyse("Ce chiffre renvoie à la question du financement des retraites.")
    assert a.values["non_response"] == 0


@pytest.mark.parametrize("text, language, evidence", [
    ("The breach affected two million people. The breach was first reported by The Washington "
     "Post.", "en", "reported by The Washington Post"),
    ("Le maire a été placé en garde à vue. L'affaire, rapportée par Le Parisien, a suscité "
     "l'émoi.", "fr", "rapportée par Le Parisien"),
])
def test_a_passive_with_an_outlet_for_agent_is_the_outlet_s_reporting(text, language,
                                                                      evidence):
    a = analyse(text, language)
    assert spans(a, "named_sources") == [evidence]


def test_a_passive_with_a_company_for_agent_reports_its_figures_not_a_claim():
    a = analyse("Earnings of $3 a share were reported by the company on Friday. Shares rose 4% "
                "in early trading.", "en")
    assert a.values["named_sources"] == 0


@pytest.mark.parametrize("text, name", [
    # the outlet spoken to, after "auprès de", before the subject of the incise
    ("« C'est inacceptable », a réagi auprès de l'AFP le président de l'Association des "
     "maires de France, David Lisnard.", "David Lisnard"),
    ("« C'est inacceptable », a déclaré auprès de l'AFP le président de l'association, "
     "David Lisnard.", "David Lisnard"),
    # the name the speaker's head is in, not a name in its description
    ("« La justice nous a donné raison », a réagi Me Florence Aubry, l'avocate de "
     "l'association Sérane Vivante. Elle a rappelé que le recours avait duré trois ans.",
     "Florence Aubry"),
])
def test_the_subject_of_an_incise_after_what_it_was_said_to(text, name):
    a = analyse(text)
    assert {e.source for e in a.evidence_for("named_sources")} == {name}
    assert a.values["named_sources"] == 1


def test_on_speaking_from_an_entourage_is_one_unnamed_source():
    a = analyse("« Tout est sur la table », fait-on valoir dans l'entourage du ministre. Le "
                "budget sera présenté mardi en conseil des ministres.")
    assert spans(a, "anonymous_sources") == ["fait-on valoir dans l'entourage du ministre"]


def test_a_pronoun_after_a_coordinated_anonymity_formula_is_that_source():
    a = analyse("« Ce serait irréaliste », a réagi Gilles Pradier, président de la Confédération "
                "des artisans. Une salariée d'une entreprise de Tours qui expérimente la semaine "
                "de quatre jours, et qui a préféré taire son nom, raconte ne plus vouloir revenir "
                "en arrière. Selon elle, l'absentéisme a nettement baissé dans son équipe.")
    assert a.values["named_sources"] == 1
    (selon,) = [e for e in a.evidence if e.text == "Selon elle"]
    assert (selon.feature, selon.type) == ("anonymous_sources", "anonymous")


def test_a_passive_denial_names_no_denier_and_adds_no_attribution():
    a = analyse("Le ministre a présenté lundi son plan pour les transports. La régulation du "
                "trafic routier sera remise en question dès l'an prochain.")
    assert [e.feature for e in a.evidence if e.text == "remise"] == []
    (denial,) = a.evidence_for("denial")
    assert denial.type == "unresolved"


@pytest.mark.parametrize("text, language, evidence, name", [
    ("The firm hid losses for three years, according to a memo obtained by The New York Times.",
     "en", "according to a memo obtained by The New York Times", "The New York Times"),
    ("The firm hid losses for three years, according to documents reviewed by Bloomberg.",
     "en", "according to documents reviewed by Bloomberg", "Bloomberg"),
    ("Selon une note obtenue par Mediapart, le ministre aurait été prévenu dès janvier.",
     "fr", "Selon une note obtenue par Mediapart", "Mediapart"),
])
def test_a_document_an_outlet_obtained_is_that_outlet_s_reporting(text, language, evidence,
                                                                  name):
    a = analyse(text, language)
    (item,) = a.evidence_for("named_sources")
    assert (item.text, item.source, item.type) == (evidence, name, "media")


def test_a_document_others_obtained_has_no_named_issuer():
    a = analyse("The firm hid losses for three years, according to a memo obtained by "
                "prosecutors.", "en")
    assert a.values["named_sources"] == 0
    assert spans(a, "anonymous_sources") == ["according to a memo"]


def test_an_outlet_that_ner_calls_a_person_stays_an_outlet():
    a = analyse("Mediapart a révélé mardi que le ministre avait été prévenu. Selon Mediapart, la "
                "note date de janvier.")
    assert {(e.source, e.type) for e in a.evidence_for("named_sources")} == {
        ("Mediapart", "media")}


def test_a_denial_noun_before_another_statement_is_not_that_speaker_s():
    a = analyse("Malgré un démenti de l'Élysée, le ministre a déclaré mardi que la réforme "
                "serait retirée avant l'été.")
    (denial,) = a.evidence_for("denial")
    assert denial.source != "ministre"


def test_a_headline_document_word_is_no_organisation():
    a = analyse("Poll Shows Tight Race in Ohio Senate Contest\n\nChallenger Mark Dowd leads Sen. "
                "Ellen Shaw by two points, according to a Quinnipiac University poll.", "en")
    assert {(e.source, e.type) for e in a.evidence_for("named_sources")} == {
        ("Quinnipiac University", "organisation")}


@pytest.mark.parametrize("text, language", [
    ("Some Democrats worry that the senator has not campaigned enough, according to three "
     "people involved in the campaign who were not authorized to speak publicly.", "en"),
    ("Shaw has not campaigned enough in rural areas, according to three people involved in the "
     "campaign who were not authorized to speak publicly.", "en"),
])
def test_a_formula_after_a_short_modifier_of_its_source_counts_once(text, language):
    a = analyse(text, language)
    assert a.values["anonymous_sources"] == 1
    assert a.values["named_sources"] == 0


def test_two_formulas_apart_stay_two_sources():
    a = analyse("The deal is close, according to three people involved in the talks. The "
                "delay, said an official who was not authorized to speak publicly, is "
                "technical.", "en")
    assert a.values["anonymous_sources"] == 2
