"""Who is cited, by name or not, in French sentences the team wrote."""

from .helpers import analyse, check_slices, spans


def named(a):
    return a.values["named_sources"]


def test_selon_a_named_person():
    a = analyse("Selon Marie Leclerc, la directrice de l'hôpital, la situation reste stable.")
    assert named(a) == 1
    assert [e.type for e in a.evidence_for("named_sources")] == ["person"]


def test_selon_unnamed_sources_is_anonymous():
    a = analyse("Selon des sources proches du dossier, le projet serait abandonné.")
    assert named(a) == 0
    assert a.values["anonymous_sources"] == 1


def test_subject_of_the_story_is_not_a_source():
    a = analyse("Paul Girard a été arrêté mardi à Lyon. Il a passé la nuit au commissariat.")
    assert named(a) == 0


def test_inverted_pronoun_speaker_resolves_to_previous_sentence():
    a = analyse(
        "Jean Moreau, le maire de Bressac, est arrivé vers midi. "
        "« Nous ne céderons pas », a-t-il déclaré devant la mairie."
    )
    assert named(a) == 1
    (item,) = a.evidence_for("named_sources")
    assert item.type == "person" and "Moreau" in item.source


def test_mentions_of_one_institution_merge():
    a = analyse(
        "Le ministère de la Santé a indiqué lundi que la campagne commencera en mai. "
        "Le ministère a précisé que les pharmacies seront associées."
    )
    assert named(a) == 1
    assert {e.type for e in a.evidence_for("named_sources")} == {"organisation"}


def test_em_dash_dialogue_with_named_speaker():
    a = analyse("— Nous ne lâcherons rien, a affirmé Sophie Bernard, la porte-parole du collectif.")
    assert named(a) == 1


def test_a_pull_quote_signed_after_a_dash():
    a = analyse(
        "La commune a voté son budget lundi soir.\n\n"
        "« Nous avons gelé les embauches. Il faudrait aller plus loin. » — Marc Delorme, "
        "adjoint aux finances\n\nLe vote a eu lieu à main levée."
    )
    assert named(a) == 1
    (item,) = a.evidence_for("named_sources")
    assert item.type == "person" and item.text.startswith("— Marc Delorme")
    # The conditional inside the signed quote is attributed.
    assert [e.type for e in a.evidence_for("conditional_density")] == ["attributed"]
    check_slices(a)


def test_a_dialogue_dash_after_a_sentence_keeps_its_speaker():
    a = analyse("Le juge est entré dans la salle. — Je n'ai rien vu, a répondu Paul Ricard, "
                "le gardien.")
    assert named(a) == 1


def test_an_agency_named_like_a_person_is_a_media_outlet():
    a = analyse("Les combats ont repris lundi soir, a rapporté l'agence Tanjug.")
    (item,) = a.evidence_for("named_sources")
    assert item.type == "media"


def test_a_demonym_is_an_unnamed_source():
    a = analyse("Un Français a déclaré que la situation était calme dans la capitale.")
    assert named(a) == 0
    assert a.values["anonymous_sources"] == 1
    b = analyse("Une Américaine, Jane Doe, a déclaré que la situation était calme.")
    assert named(b) == 1


def test_the_one_asked_is_not_the_speaker():
    a = analyse("Interrogé sur ce point, Serge Dumont a refusé d'en dire plus sur le contrat.")
    assert named(a) == 0
    assert a.values["non_response"] == 1
    b = analyse("Le ministère de la Santé, sollicité, n'a pas répondu à nos questions hier.")
    assert named(b) == 0 and b.values["non_response"] == 1
    # The asker still speaks.
    c = analyse("Le député Paul Morel a interrogé le ministre sur le calendrier des travaux.")
    assert named(c) == 1


def test_declining_without_pas_is_a_non_response():
    a = analyse("Contactés, ni Jessy Martin ni Kévin Roux n'ont souhaité réagir à ces rumeurs.")
    assert named(a) == 0
    assert a.values["non_response"] == 1


def test_il_se_dit_que_is_anonymous_not_the_last_person_named():
    a = analyse("Le directeur, Philippe Castagnier, quittera ses fonctions. Il se dit que le "
                "conseil aurait déjà choisi son successeur.")
    assert named(a) == 0
    assert a.values["anonymous_sources"] == 1


def test_someone_described_by_a_name_is_not_that_name():
    a = analyse("Une amie de Jessy Martin affirme au magazine que la jeune femme est effondrée.")
    assert named(a) == 0 and a.values["anonymous_sources"] == 1
    b = analyse("Un proche du ministre, Jean Dupont, a déclaré que tout allait bien au ministère.")
    assert named(b) == 1


def test_a_kind_of_outlet_is_not_a_named_one():
    a = analyse("Selon la presse espagnole, un club serait prêt à payer 35 millions d'euros.")
    assert named(a) == 0 and a.values["anonymous_sources"] == 1
    b = analyse("Selon Le Soir, la direction aurait menti aux salariés pendant des semaines.")
    assert named(b) == 1 and a.evidence_for("anonymous_sources")[0].type == "anonymous"
    # An outlet's name used as a word is no outlet.
    c = analyse("Le négociateur a annoncé la libération des otages, selon la presse locale.")
    assert [e.type for e in c.evidence_for("named_sources")] in ([], ["person"],
                                                                 ["organisation"])
    assert all("Libération" != (e.source or "") for e in c.evidence)


def test_a_negated_reporting_verb_cites_no_one():
    a = analyse("La directrice, Claire Morin, n'a pas indiqué si la ligne rouvrirait en mai.")
    assert named(a) == 0
    assert [e.source for e in a.evidence_for("attributions")] == ["Claire Morin"]
    assert named(analyse("Le maire, Paul Girard, ne dit pas que la ville est sûre.")) == 0
    # The negation of the infinitive after the verb is not the verb's.
    b = analyse("Le maire, Paul Girard, assure ne pas être inquiet pour la rentrée.")
    assert named(b) == 1


def test_speech_that_may_happen_is_not_speech_reported():
    a = analyse("Le ministre Paul Morel devrait annoncer la fermeture du site lundi prochain.")
    assert named(a) == 0
    assert [e.source for e in a.evidence_for("attributions")] == ["Paul Morel"]
    # The polite conditional says it.
    b = analyse("Le ministre Paul Morel voudrait rappeler que le plan a réussi l'an dernier.")
    assert named(b) == 1


def test_an_official_of_a_named_ministry_who_asked_for_anonymity_is_anonymous():
    a = analyse("Un haut fonctionnaire du ministère de l'Intérieur, qui a requis l'anonymat, "
                "a confirmé l'information mardi.")
    assert named(a) == 0
    assert a.values["anonymous_sources"] == 1


def test_a_name_after_selon_and_a_comma_opens_the_main_clause():
    a = analyse("Selon un proche du vestiaire, Belkacem serait prêt à quitter le club cet été.")
    assert named(a) == 0 and a.values["anonymous_sources"] == 1
    # An apposition closed by a comma is the speaker's name.
    b = analyse("Selon le directeur de l'hôpital, Marc Leroy, la situation reste stable.")
    assert named(b) == 1


def test_anonymous_official():
    a = analyse(
        "Un haut fonctionnaire qui a requis l'anonymat a confirmé l'information à notre journal."
    )
    assert named(a) == 0
    assert a.values["anonymous_sources"] >= 1


def test_support_is_not_speech():
    a = analyse("Le patron de la chaîne soutient fermement le candidat depuis des mois.")
    assert named(a) == 0


def test_media_relayed_reporting_and_generic_mention_merge():
    a = analyse(
        "Selon Le Monde, le contrat aurait été signé en secret. "
        "Le quotidien affirme que deux ministres étaient informés."
    )
    assert named(a) == 1
    assert {e.type for e in a.evidence_for("named_sources")} == {"media"}
    check_slices(a)


def test_on_raconte_que_is_anonymous():
    a = analyse("Dans le village, on raconte que le château serait vendu à un milliardaire.")
    assert a.values["anonymous_sources"] >= 1
    assert "on raconte que" in " ".join(spans(a, "anonymous_sources"))


# The small tagger often calls a reporting verb a noun, an adjective or an adverb; the words
# around it still show a verb (citation.surface_subjects._mistagged_verb). Each sentence below
# is one the tagger gets wrong.


def test_mistagged_verb_after_its_subject():
    a = analyse("La fédération des boulangers évoque une hausse des prix de la farine.")
    (item,) = a.evidence_for("named_sources")
    assert item.text == "La fédération des boulangers évoque"  # the speaker stops at the cue
    a = analyse("M. Carrel dénonce le bruit du chantier.")
    assert [e.text for e in a.evidence_for("named_sources")] == ["M. Carrel dénonce"]


def test_mistagged_verb_with_an_object_clitic():
    a = analyse("Le maire de Bressac l'accuse d'avoir retardé le chantier.")
    assert [e.text for e in a.evidence_for("named_sources")] == ["Le maire de Bressac l'accuse"]


def test_mistagged_verb_with_postposed_subject():
    a = analyse("Le marché du pain a reculé de 3 % cette année, notent les économistes du secteur.")
    assert spans(a, "anonymous_sources") == ["notent les économistes du secteur"]
    a = analyse("Comme le rappelle Hélène Vasseur, présidente de l'association, le local a fermé.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Hélène Vasseur"]


def test_mistagged_verb_with_inverted_clitic():
    a = analyse("Hélène Vasseur est arrivée à midi. Le local a fermé en mars, raconte-t-elle.")
    assert [e.text for e in a.evidence_for("named_sources")] == ["raconte-t-elle"]


def test_nouns_and_adjectives_from_reporting_stems_are_not_cues():
    for text in (
        "L'école primaire du Bourg pourrait fermer une classe.",  # pri(er)
        "Le blé valait 300 euros la tonne parce que la récolte était mauvaise.",  # tonn(er)
        "Le coût du chantier, somme toute modeste, reste à la charge de la ville.",  # somm(er)
        "Le syndicat a baissé, notamment pour les retraités, la cotisation.",  # not(er)
    ):
        a = analyse(text)
        assert named(a) == 0 and a.values["anonymous_sources"] == 0, text


def test_opposition_is_an_unnamed_group():
    a = analyse("L'opposition dénonce une réforme bâclée.")
    assert named(a) == 0
    assert a.values["anonymous_sources"] == 1


def test_incise_subject_after_the_verb_beats_the_quoted_clause_subject():
    # The parser takes the subject of the quoted clause for the reporting verb's.
    a = analyse('"Ce n\'est pas le prix qui compte, mais la qualité, précise Louis Marchand.')
    assert [e.text for e in a.evidence_for("named_sources")] == ["précise Louis Marchand"]
    a = analyse("Cette dernière mesure, estime l'auteur du rapport, Mme Claire Dubois, aurait un "
                "coût élevé.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Mme Claire Dubois"]
    a = analyse("Ces travaux, expliquent les ingénieurs, visaient à renforcer la digue.")
    assert spans(a, "anonymous_sources") == ["expliquent les ingénieurs"]


def test_a_subject_before_the_verb_stays_when_no_incise_inverts_it():
    a = analyse("Nathalie Roux a, elle aussi, critiqué le retard des travaux.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Nathalie Roux"]
    a = analyse("Marc Petit, porte-parole du collectif, admet l'existence de retards.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Marc Petit"]


def test_finite_verb_without_a_parsed_subject_takes_the_words_before_it():
    a = analyse("Avec le recul, certains affirment que la réforme était inutile.")
    assert spans(a, "anonymous_sources") == ["certains affirment"]
    a = analyse("La ville reste loin, comme certains le disent, des promesses du départ.")
    assert spans(a, "anonymous_sources") == ["certains le disent"]
    a = analyse("Aujourd'hui, banques et assureurs demandent l'aide de l'Etat.")
    assert spans(a, "anonymous_sources") == ["banques et assureurs demandent"]


def test_two_cues_of_one_speaker_are_two_attributions_of_one_source():
    a = analyse("Confirmant son avis de mars, le Conseil d'Etat a rappelé que le décret était "
                "illégal.")
    assert named(a) == 1
    assert spans(a, "named_sources") == ["Confirmant son avis de mars, le Conseil d'Etat",
                                         "le Conseil d'Etat a rappelé"]
    # An anonymous-source phrase and the verb it is the subject of are one attribution.
    a = analyse("Un haut fonctionnaire qui a requis l'anonymat a confirmé l'information.")
    assert a.values["anonymous_sources"] == 1


def test_past_participle_speaker_is_its_agent_not_the_noun_it_modifies():
    a = analyse("Les horaires proposés ne conviennent pas aux usagers.")
    assert named(a) == 0 and a.values["anonymous_sources"] == 0
    a = analyse("La piste évoquée mardi par la préfète Claire Antoine reste à l'étude.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Claire Antoine"]


def test_incise_subject_after_a_date_or_an_aside():
    a = analyse("La ligne sera rouverte en mai, a annoncé lundi 3 mars la direction régionale.")
    assert spans(a, "named_sources") == ["annoncé lundi 3 mars la direction régionale"]
    a = analyse('Le calendrier, a ajouté Paul Bernier, "reste inchangé".')
    assert spans(a, "named_sources") == ["ajouté Paul Bernier"]
    a = analyse("Les tarifs, a ajouté le ministre dans une allusion aux élections, resteront "
                "bloqués.")
    assert spans(a, "named_sources") == ["ajouté le ministre"]
    assert a.values["anonymous_sources"] == 0


def test_more_reporting_verbs():
    a = analyse("Paul Renaud se lamente : « Le village se vide. »")
    assert spans(a, "named_sources") == ["Paul Renaud se lamente"]
    a = analyse("Les élus du conseil régional niaient toute irrégularité.")
    assert spans(a, "anonymous_sources") == ["Les élus du conseil régional niaient"]
    # "prévenir" (to prevent) is not "prévenir que" (to warn): only the warning forms count.
    a = analyse("Le nouveau barrage doit prévenir les inondations du printemps.")
    assert a.evidence_for("attributions") == [] and named(a) == 0


def test_participle_speaker_is_the_subject_of_its_auxiliary():
    a = analyse("Claire Antoine est arrivée à midi. « Il faudrait d'abord construire », "
                "a-t-elle ajouté.")
    (item,) = a.evidence_for("named_sources")
    assert item.source == "Claire Antoine"
    a = analyse("Le groupe allemand a déjà fait savoir qu'il maintiendrait son offre de "
                "rachat.")
    assert named(a) == 1
    # A passive's subject is what was said, not who said it.
    a = analyse("Cette pratique est souvent dénoncée dans les entreprises du secteur.")
    assert named(a) == 0 and a.values["anonymous_sources"] == 0


def test_subject_before_an_apposition_not_the_object_after_the_verb():
    # No clause or quote before the commas: an apposition, not an incise; what follows the
    # verb is its object or its clause, never its subject.
    a = analyse("Devant les élus, Jeanne Morel, présidente de l'association des riverains, a "
                "répondu que le projet était abandonné.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Jeanne Morel"]
    a = analyse("Paul Vernet, du syndicat des pêcheurs, admet l'existence de retards importants.")
    assert spans(a, "named_sources") == ["Paul Vernet, du syndicat des pêcheurs, admet"]
    a = analyse("Le directeur du port, Marc Olivier, a, pour sa part, évoqué une baisse du trafic.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Marc Olivier"]


def test_inverted_clitic_of_an_incise_beats_the_subject_of_the_clause():
    a = analyse("Hélène Vasseur est arrivée à midi. Les usagers du port, a-t-elle ajouté, "
                "devront payer davantage.")
    assert [(e.text, e.source) for e in a.evidence_for("named_sources")] == [
        ("-elle ajouté", "Hélène Vasseur")]
    assert a.values["anonymous_sources"] == 0  # not "les usagers du port"
    # "Le maire ne dit-il pas que": the clitic repeats the subject before it.
    a = analyse("Le maire de Bressac ne reconnaît-il pas que le site est trop petit ?")
    assert spans(a, "named_sources") == ["Le maire de Bressac ne reconnaît"]


def test_a_passive_after_an_aside_has_no_speaker():
    a = analyse("La société Vertal, de son côté, est accusée d'avoir menti aux clients.")
    assert named(a) == 0


def test_an_aside_between_the_auxiliary_and_the_participle():
    a = analyse("Jeanne Morel avait, devant un public nombreux, critiqué les retards du chantier.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Jeanne Morel"]
    assert a.values["anonymous_sources"] == 0  # not "les retards du chantier"


def test_an_unnamed_subject_before_a_relative_clause_aside():
    a = analyse("Un voisin du garage, qui tient à rester discret, affirme que les ouvriers "
                "« savent tout ».")
    assert spans(a, "anonymous_sources") == ["Un voisin du garage, qui tient à rester discret, "
                                             "affirme"]


def test_an_unnamed_delegate_of_a_named_union_is_anonymous():
    a = analyse("Un délégué de la CGT affirme que le site fermera.")
    assert named(a) == 0
    assert spans(a, "anonymous_sources") == ["Un délégué de la CGT affirme"]


def test_impersonal_il_is_no_speaker():
    for text in ("Il faut dire que les tarifs du port ont baissé.",
                 "Il convient de rappeler que la digue date de 1950.",
                 "Il est difficile de dire si la saison sera bonne."):
        a = analyse(text)
        assert a.evidence_for("attributions") == [] and named(a) == 0, text
        assert a.values["anonymous_sources"] == 0, text
    # A personal "il" still speaks: "il semble affirmer".
    a = analyse("Paul Renaud est arrivé. Il semble affirmer le contraire.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Renaud"]


def test_prier_forms_not_a_pri_stem():
    a = analyse("Le président a prié les élus de voter le budget.")
    assert spans(a, "anonymous_sources") == ["Le président a prié"]  # (an unnamed role)
    for text in ("La ville a pris une décision sur le prix de l'eau.",
                 "La clinique privée a priori restera ouverte."):
        a = analyse(text)
        assert a.evidence_for("attributions") == [] and named(a) == 0, text


def test_mistagged_verb_with_a_verbal_ending_or_a_preposition_after_it():
    # "-ent" is no noun's ending; "proteste contre", "parle de": a preposition after the form.
    # The tagger calls these forms adverbs or adjectives.
    a = analyse("Plus loin, les infirmiers dénoncent d'autres retards dans les paiements.")
    assert [(e.text, e.type) for e in a.evidence_for("anonymous_sources")] == [
        ("infirmiers dénoncent", "collective")]
    a = analyse("Le syndicat des pêcheurs proteste contre les quotas fixés à Bruxelles.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["syndicat des pêcheurs"]
    a = analyse("M. Pellerin parle de 200 postes menacés dans la région.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Pellerin"]


def test_a_reporting_adjective_before_a_preposition_is_no_cue():
    a = analyse("Le cabinet a publié une analyse critique du plan de relance régional.")
    assert named(a) == 0 and a.values["anonymous_sources"] == 0


def test_a_subject_the_parser_hung_on_the_auxiliary():
    a = analyse("Michelin n'a pas davantage précisé ses ventes, se contentant de dire qu'elles "
                "ont progressé.")
    assert {e.source for e in a.evidence_for("named_sources")} == {"Michelin"}


def test_an_opening_participle_or_infinitive_clause_takes_the_main_subject():
    a = analyse("Après avoir affirmé que le chantier serait prêt en mai, la société Vitrac recule.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Vitrac"]
    a = analyse("Le préfet Moreau est arrivé mardi. Soulignant que l'hiver a été doux, il prévoit "
                "une bonne récolte.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Moreau"]


def test_an_opening_adverb_or_passive_participle_reports_no_speech():
    for text in ("Maintenant, la société Vitrac attend une réponse de la banque.",
                 "Lancé en 2004, après que la société Vitrac eut racheté le titre, le journal a "
                 "cessé de paraître."):
        a = analyse(text)
        assert named(a) == 0 and a.values["anonymous_sources"] == 0, text


def test_a_light_verb_and_its_object_apart():
    a = analyse("Les loyers du centre, fait-on remarquer à la mairie, ont doublé.")
    assert a.values["anonymous_sources"] == 1  # one "on", not one per reading of the incise
    assert "fait-on" in spans(a, "anonymous_sources")[0]
    a = analyse("Le maire Gaston Pivert a fait aussitôt savoir qu'il reportait la réunion.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Gaston Pivert"]


def test_gemir_reports_a_complaint():
    a = analyse("« Nous sommes à bout », gémit-on à la mairie de Pontvieux.")
    assert a.values["anonymous_sources"] == 1


def no_attribution(a):
    """No source counted and no attribution shown, not even an unresolved one."""
    return named(a) == 0 and a.values["anonymous_sources"] == 0 and not a.evidence_for(
        "attributions")


def test_a_verb_with_a_non_speech_sense_needs_what_was_said():
    # "ajouter", "assurer", "maintenir", "proposer", "approuver", "débattre": clause_only_stems
    for text in ("Le groupe Vitrac va ajouter un nouveau titre à sa gamme : Horizons.",
                 "M. Paul Garnier assurera lui-même les fonctions de président, et le journal sera "
                 "rebaptisé « Horizons ».",
                 "La Sofinor va maintenir la parité, tandis que le « franc fort » recule.",
                 "Les initiateurs de l'offre proposent 50 francs par action Vitrac.",
                 "Les actionnaires de Vitrac ont approuvé les comptes de l'exercice 2025.",
                 "Les députés débattaient du budget de la ville de Pontvieux."):
        assert no_attribution(analyse(text)), text
    a = analyse("Le maire Gaston Pivert a ajouté que la réunion était reportée.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Gaston Pivert"]
    a = analyse("Le syndicat Sud-Rail propose de racheter les parts des petits porteurs.")
    assert named(a) == 1
    a = analyse("Certains assurent l'avoir vu arriver à la permanence de Pontvieux.")
    assert a.values["anonymous_sources"] == 1


def test_a_thing_as_subject_or_after_selon_is_no_source():
    for text in ("Le déclin de la CGT indique que les salariés de Vitrac acceptent le contrat.",
                 "La généralisation des flux tendus exige des caristes qu'ils notent tout.",
                 "France Télécom acquérait, selon ses voeux, une participation minoritaire.",
                 "La participation varie de 20 % à 40 % selon les régions de l'Ouest."):
        assert no_attribution(analyse(text)), text


def test_a_passive_without_agent_a_pronominal_or_an_idiom_reports_nothing():
    for text in ("Le montant de la transaction entre Vitrac et Solvia n'a pas été révélé.",
                 "A ces pertes s'ajoutent les dettes de la société Vitrac envers la Sofinor.",
                 "Ce recours au tribunal est révélateur de la tension entre les associés.",
                 "Les hôteliers de Pontvieux ont dénoncé les accords d'entreprise signés en 2019.",
                 "Les députés de la Creuse, promis juré, l'examineront cet été.",
                 "Dans ces conditions, on peut se demander pourquoi Vitrac a vendu."):
        assert no_attribution(analyse(text)), text
    a = analyse("L'enquête a été révélée lundi par le quotidien Le Courrier du Centre.")
    assert named(a) == 1
    a = analyse("Les hôteliers de Pontvieux dénoncent une décision prise à huis clos.")
    assert a.values["anonymous_sources"] == 1


def test_a_reflexive_incise_verb_takes_the_subject_after_it():
    # "se plaint", "s'insurge" after a quote: the clitic, not the verb, follows the comma.
    a = analyse("« Personne ne nous écoute », se plaint un agriculteur qui a perdu sa récolte.")
    assert spans(a, "anonymous_sources") == ["plaint un agriculteur"]
    a = analyse("« Le tarif est trop élevé », s'insurge Paul Renaud, un éleveur de la vallée.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Renaud"]


def test_a_phrase_between_an_incise_verb_and_its_subject():
    # The parser takes "il y a" for a preposition: its "il" is no speaker.
    a = analyse("« Le port doit rester ouvert », déclarait il y a deux ans M. Olivier.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["M. Olivier"]
    # "avec force" is how it was said: the speaker is "un élu", unnamed.
    a = analyse("« La réforme est indispensable », a affirmé avec force un élu de la majorité.")
    assert a.values["anonymous_sources"] == 1


def test_a_document_speaks_for_the_agent_that_issued_it():
    a = analyse("Selon les chiffres publiés jeudi par l'Insee, le chômage recule.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Insee"]
    # A document that names its issuer keeps it.
    a = analyse("Selon un rapport de Greenpeace présenté mardi par sa directrice, la pollution "
                "augmente.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Greenpeace"]


def _parsed(rows):
    """A sentence with the parse given by hand, (word, pos, dep, head index, morph) a word:
    the parser's mistakes that these rules repair, without depending on the parser."""
    import spacy
    from spacy.tokens import Doc

    words, pos, deps, heads, morphs = zip(*rows, strict=True)
    return Doc(spacy.blank("fr").vocab, words=list(words), pos=list(pos), deps=list(deps),
               heads=list(heads), morphs=list(morphs),
               sent_starts=[True] + [False] * (len(rows) - 1))


def test_an_auxiliary_hung_on_a_finite_incise_verb_does_not_block_its_subject():
    from training.features.citation.speakers import _speakers_of_verb
    from training.features.lexicon import load_lexicon

    fin = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    doc = _parsed([
        ("«", "PUNCT", "punct", 8, ""), ("Ces", "DET", "det", 2, ""),
        ("villes", "NOUN", "nsubj", 8, "Number=Plur"), ("ont", "AUX", "aux:tense", 8, fin),
        ("pourtant", "ADV", "advmod", 8, ""), ("des", "DET", "det", 6, ""),
        ("atouts", "NOUN", "obj", 3, "Number=Plur"), (",", "PUNCT", "punct", 8, ""),
        ("note", "VERB", "ROOT", 8, fin), ("un", "DET", "det", 10, ""),
        ("urbaniste", "NOUN", "obj", 8, "Number=Sing"), (".", "PUNCT", "punct", 8, ""),
    ])
    assert [t.text for t in _speakers_of_verb(doc[8], load_lexicon("fr"))] == ["urbaniste"]


def test_of_two_subjects_an_incise_verb_keeps_the_one_after_it():
    from training.features.citation.speakers import _speakers_of_verb
    from training.features.lexicon import load_lexicon

    fin = "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
    doc = _parsed([
        ("Les", "DET", "det", 1, ""), ("prix", "NOUN", "nsubj", 4, "Number=Plur"),
        ("baisseront", "VERB", "ROOT", 2, fin), (",", "PUNCT", "punct", 4, ""),
        ("concluent", "VERB", "parataxis", 2, fin), ("les", "DET", "det", 6, ""),
        ("juges", "NOUN", "nsubj", 4, "Number=Plur"), (".", "PUNCT", "punct", 2, ""),
    ])
    assert [t.text for t in _speakers_of_verb(doc[4], load_lexicon("fr"))] == ["juges"]


def test_the_subject_after_a_verb_that_follows_comme_or_que():
    a = analyse("Les tarifs augmenteront, comme le fait remarquer Paul Renaud dans sa lettre.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Renaud"]
    a = analyse("La réforme sera longue, comme l'a déclaré un conseiller du ministre.")
    assert a.values["anonymous_sources"] == 1


def test_a_relative_pronoun_the_parser_left_unattached_stands_for_the_name_before_it():
    a = analyse("Pour Mme Claire Dubois qui cite une étude récente, la situation reste grave.")
    assert [e.text for e in a.evidence_for("named_sources")] == [
        "Pour Mme Claire Dubois", "Mme Claire Dubois qui cite"]
    assert {e.source for e in a.evidence_for("named_sources")} == {"Mme Claire Dubois"}


def test_a_name_after_an_incise_verb_that_the_tagger_took_for_an_adjective():
    a = analyse("« Le chantier a pris du retard », estime Varnier.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Varnier"]
    a = analyse("« Les ventes du printemps ne sont pas en cause », estime Bercros.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Bercros"]


def test_the_lawyer_title_me_is_no_first_person_pronoun():
    a = analyse("« Mon client est innocent », a déclaré Me Antoine Rivière.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Me Antoine Rivière"]
    a = analyse("Il me l'a dit hier : le dossier est vide.")
    assert named(a) == 0 and a.values["anonymous_sources"] == 0


def test_a_mistagged_incise_verb_inside_the_clause_it_reports():
    # "notent" is tagged an adverb; no clause before the incise, but the clause goes on after.
    a = analyse("Le prix du blé, notent les experts, a nettement reculé cette année.")
    assert spans(a, "anonymous_sources") == ["notent les experts"]


def test_the_subject_before_a_verb_stops_at_a_comma():
    # The parser joins "sa part, M. Paul Girard" into one phrase; the subject is after the comma.
    a = analyse("Pour sa part, M. Paul Girard estime que le texte est mal rédigé.")
    assert "M. Paul Girard estime" in spans(a, "named_sources")


def test_a_light_verb_parsed_as_the_copula_of_its_object():
    from training.features.citation.speakers import _speakers_of_verb
    from training.features.lexicon import load_lexicon

    fin = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    doc = _parsed([
        ("La", "DET", "det", 1, ""), ("CFDT", "PROPN", "nsubj", 3, ""),
        ("fait", "AUX", "cop", 3, fin), ("état", "NOUN", "ROOT", 3, "Number=Sing"),
        ("de", "ADP", "case", 6, ""), ("sa", "DET", "det", 6, ""),
        ("colère", "NOUN", "nmod", 3, "Number=Sing"), (".", "PUNCT", "punct", 3, ""),
    ])
    assert [t.text for t in _speakers_of_verb(doc[2], load_lexicon("fr"))] == ["CFDT"]



def test_a_coordinated_verb_or_an_infinitive_shares_the_subject_of_the_clause_before():
    # The parser hangs "et avaient demandé" on the quoted clause and gives "avoir ordonné" no
    # subject: the speaker is the subject of the clause before them.
    a = analyse("Les syndicats avaient jugé que le coût était « trop élevé » et avaient demandé "
                "à la direction de revoir son plan.")
    assert [e.type for e in a.evidence_for("anonymous_sources")] == ["collective", "collective"]
    assert a.evidence_for("attributions") == []
    a = analyse("Le ministre a déclaré avoir ordonné aux préfets de fermer les frontières.")
    assert len(a.evidence_for("named_sources")) == 2 and a.evidence_for("attributions") == []


def test_an_infinitive_takes_no_speaker_from_an_impersonal_subject_or_an_idiom():
    a = analyse("Cela revient à annoncer que le projet est abandonné.")
    assert named(a) == 0 and a.values["anonymous_sources"] == 0
    a = analyse("Paul Girard n'est pas, à proprement parler, un opposant au projet.")
    assert a.evidence == [] or all(e.feature not in ("named_sources", "attributions")
                                   for e in a.evidence)


def test_incise_subject_after_adjectives_adverbial_phrases_and_a_prepositional_aside():
    a = analyse('Les retraités, a ajouté le premier ministre dans un discours à Lille, "ne seront '
                'pas oubliés".')
    assert spans(a, "named_sources") == ["ajouté le premier ministre"]
    a = analyse('"Quand je suis arrivée, raconte cette dernière, l\'usine était fermée."')
    assert spans(a, "attributions") == ["raconte cette dernière"]
    a = analyse('"Le chantier a pris du retard", affirment d\'ores et déjà les élus '
                'majoritaires chez Vertal.')
    assert spans(a, "anonymous_sources") == [
        "affirment d'ores et déjà les élus majoritaires"]
    a = analyse('"Le port est trop petit", écrivait récemment, dans le quotidien La Voix du Sud, '
                'Paul Girard.')
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    # An apposition, not an incise: the noun after the verb is its object.
    a = analyse("Le maire précise que le rapport, remis lundi, recommande une fermeture « sans "
                "délai » du pont.")
    assert spans(a, "anonymous_sources") == ["Le maire précise"]  # (an unnamed role)


def test_devoiler_exposer_and_se_plaindre_report_speech():
    a = analyse("Le groupe Vertal a dévoilé, jeudi, des pertes de 30 millions d'euros.")
    assert spans(a, "named_sources") == ["Le groupe Vertal a dévoilé"]
    a = analyse("« Le quai est trop court », expose Paul Girard, ingénieur à la SNCF.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    a = analyse("Les riverains sont venus se plaindre de la fermeture de la gare.")
    assert a.values["anonymous_sources"] == 1
    # Not: without complaining, exposed to a risk, an affair that reveals.
    for text in ("Paul Girard a attendu deux heures sans se plaindre.",
                 "Le maire Paul Girard s'expose à des poursuites.",
                 "L'affaire dévoilera les pratiques du cabinet."):
        assert analyse(text).evidence_for("named_sources") == [], text
        assert analyse(text).evidence_for("attributions") == [], text
    assert analyse("Le nouveau modèle de Vertal se dévoile enfin.").evidence_for(
        "named_sources") == []


def test_relative_pronoun_after_ce_dernier():
    a = analyse("Une option écartée en coulisses par ce dernier, qui évoque publiquement une "
                "vente du site.")
    assert spans(a, "attributions") == ["ce dernier, qui évoque"]
    assert a.values["anonymous_sources"] == 0  # not "une solution"


def test_a_verb_the_tagger_missed_before_an_adverbial_phrase_and_its_clause():
    a = analyse("L'Observatoire note par exemple qu'il y a, en 2020, 10 % de plus de départs.")
    assert spans(a, "named_sources") == ["L'Observatoire note"]


def test_verbs_the_tagger_missed_after_a_noun_and_its_adjective_or_after_an_aside():
    a = analyse("La CFDT fait état de sa colère et le Parti socialiste critique les « choix du "
                "gouvernement ».")
    assert spans(a, "named_sources")[-1] == "le Parti socialiste critique"
    a = analyse("M. Paul Girard, porte-parole de l'association des riverains, dénonce une "
                "« décision absurde ».")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    # "l'annonce de": a noun after its article, not a clitic and a verb
    a = analyse("Vendredi, l'annonce de chiffres plus favorables a rassuré les marchés.")
    assert a.evidence_for("attributions") == [] and named(a) == 0


def test_incise_after_a_dative_and_a_subject_opened_by_un_de():
    a = analyse('« Le site ne fermera pas », nous a déclaré, mardi, M. Paul Girard.')
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    a = analyse("Comme l'a déclaré un de ses conseillers : « Le calendrier sera tenu. »")
    assert spans(a, "anonymous_sources") == ["déclaré un de ses conseillers"]



def test_a_gerund_speaks_with_the_subject_of_its_clause_not_the_noun_it_follows():
    # "des erreurs" is the object the parser hangs the gerund on, not who spoke.
    a = analyse("Le ministre a reconnu « avoir commis des erreurs en affirmant que la crise "
                "était finie ».")
    assert [e.type for e in a.evidence_for("named_sources")] == ["organisation"] * 2
    assert spans(a, "named_sources")[1].startswith("Le ministre")
    assert a.values["anonymous_sources"] == 0
    # A gerund after an incise: the incise's speaker.
    a = analyse("« Non », répond Paul Girard, PDG de la maison Vertal, en rappelant que la "
                "marque « a été déposée dès 1950 ».")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"] * 2
    # An opening gerund whose clause comes after a date and a place: the main clause's subject.
    a = analyse("En rappelant, lundi 3 mai, devant la chambre de commerce de Lyon, que le port "
                "« doit rester public », Paul Girard n'a pas caché son inquiétude.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]


def test_a_purpose_infinitive_speaks_with_the_main_subject_even_an_unnamed_group():
    # The parser hangs "pour protester" on the noun before it (a place, a date): the speakers
    # are the subject of the main clause, an unnamed group typed as such.
    a = analyse("Des centaines de pêcheurs ont manifesté calmement, mardi 3 mai, dans trois ports "
                "de la Manche pour protester contre le « quota européen ».")
    (item,) = a.evidence_for("anonymous_sources")
    assert item.text.startswith("Des centaines de pêcheurs") and item.text.endswith("protester")
    a = analyse("Les cheminots ont entamé, lundi 2 mars, leur troisième journée de grève en un "
                "mois, à l'appel de SUD, pour protester contre la fermeture de la ligne.")
    assert named(a) == 0
    assert [e.type for e in a.evidence_for("anonymous_sources")] == ["collective"]


def test_participles_that_share_an_auxiliary_share_its_subject():
    # "évoqué", "déploré": no incise whose subject follows ("de « nombreuses irrégularités »" is
    # an object), but participles that share "avait" and its subject.
    a = analyse("Paul Girard avait dénoncé « des petites manœuvres de couloir », évoqué de "
                "« nombreuses irrégularités constatées pendant le vote » et déploré le silence du "
                "préfet.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"] * 3
    assert a.values["anonymous_sources"] == 0
    # "et a évoqué" after a quoted clause: the subject of the clause it is coordinated with.
    a = analyse("Le délégué de la CGT, M. Paul Girard, a estimé que « les élections sont une "
                "étape que nous franchissons bien » et a évoqué « une hausse des résultats ».")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"] * 2
    # A participle that agrees with what was said describes it: no speaker of its own.
    a = analyse("La ministre de la Culture ne pourra pas de toute façon répéter de tels "
                "propos, jugés maladroits à l'Élysée, puisqu'elle ne sera pas du déplacement.")
    assert named(a) == 0
    # A participle without an object of its own describes the noun before it.
    a = analyse("Selon Le Courrier, le ministère aurait émis des réserves sur le coût du prêt, "
                "estimé à deux milliards d'euros par an.")
    assert all("estimé" not in s for s in spans(a, "named_sources"))


def test_an_incise_verb_the_tagger_missed_between_commas_before_the_clause():
    # "notent", "remarquent": forms no noun has, between commas, with their subject after them.
    a = analyse("Or, notent les magistrats, le contrat de la ville se prête mal à une offre "
                "groupée.")
    assert spans(a, "anonymous_sources") == ["notent les magistrats"]
    a = analyse("En vingt ans d'existence, remarquent d'ailleurs les mauvaises langues, la commune "
                "aura réussi l'exploit de tout rater.")
    assert [e.type for e in a.evidence_for("anonymous_sources")] == ["collective"]
    # After a subject and its aside, the noun phrase after the verb is its object.
    a = analyse("Mais d'autres médecins, tout aussi prudents, vantent le caractère « utile » de "
                "ces jeux, par opposition à la télévision.")
    assert all("caractère" not in s for s in spans(a, "anonymous_sources"))


def test_a_dative_clitic_before_the_verb_is_not_its_speaker():
    # The parser takes "lui" (the one asked) for the subject of "demande".
    a = analyse("Lorsque, par exemple, M. Paul Girard, alors directeur du port mais originaire de "
                "Brest comme lui, lui demande de devenir conseiller auprès du maire en 1995, cet "
                "ingénieur accepte.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    assert all(s != "lui" for s in spans(a, "attributions"))


def test_an_inverted_on_keeps_the_place_it_speaks_from():
    # Someone at the ministry: still unnamed, but the span says where from.
    a = analyse("La hausse des prix, note-t-on au ministère de l'agriculture, n'est pas "
                "« dramatique ».")
    assert spans(a, "anonymous_sources") == ["note-t-on au ministère de l'agriculture"]
    assert named(a) == 0
    a = analyse("« Rien n'est décidé », dit-on au passage.")
    assert all("passage" not in s for s in spans(a, "anonymous_sources"))


def test_selon_lequel_cites_who_made_the_statement_not_an_idea():
    a = analyse("Les marchés ont mal pris les déclarations de Paul Girard, nouveau ministre du "
                "budget, selon lesquelles la dette serait « hors de contrôle ».")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    # The content of an idea, no one's statement: no cue.
    a = analyse("Le maire Paul Arnaud défend l'hypothèse selon laquelle le pont aurait été mal "
                "construit.")
    assert all(not s.startswith("selon") for s in spans(a, "attributions"))
    assert spans(a, "named_sources") == ["Le maire Paul Arnaud défend"]
    # An unnamed role is an anonymous speaker (test_an_unnamed_role_is_anonymous_...).
    a = analyse("Le maire défend l'hypothèse selon laquelle le pont aurait été mal construit.")
    assert all(not s.startswith("selon") for s in spans(a, "attributions"))
    assert spans(a, "anonymous_sources") == ["Le maire défend"] and named(a) == 0


def test_a_postposed_subject_after_a_verb_and_its_infinitive():
    a = analyse("Le port restera public, comme aimait à le dire Paul Girard, maire de Bressac.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    a = analyse("Ce que semble confirmer le magazine Auto Plus dans son numéro de mai, après des "
                "essais entre la Lantra et la Clio : « la Lantra séduira une clientèle ».")
    assert [e.type for e in a.evidence_for("named_sources")] == ["media"]
    assert spans(a, "named_sources")[0].startswith("confirmer le magazine")
    # Not the object of an infinitive whose subject is a pronoun before it.
    a = analyse("Les patrons sont trop prudents pour qu'ils risquent à demander des baisses de "
                "salaires.")
    assert a.values["anonymous_sources"] == 0 and named(a) == 0


def test_a_reply_word_stands_for_the_clause_before_an_incise():
    a = analyse("Oui, exige le quotidien La Voix du Sud, qui conseille aux élus de « prendre leurs "
                "responsabilités ».")
    assert all(not s.startswith("Oui") for s in spans(a, "named_sources"))
    assert [e.type for e in a.evidence_for("named_sources")] == ["media", "media"]


def test_an_unnamed_role_is_anonymous_or_the_person_named_earlier_in_it():
    a = analyse("Le directeur a indiqué que la piscine rouvrira en juin.")
    assert named(a) == 0 and spans(a, "anonymous_sources") == ["Le directeur a indiqué"]
    b = analyse("Claire Vasseur, directrice du conservatoire de Bressac, a reçu les familles "
                "lundi. La directrice a ajouté que les cours reprendront jeudi.")
    assert [(e.type, e.source) for e in b.evidence_for("named_sources")] == [
        ("person", "Claire Vasseur")]
    # The role with the same adjectives and complement: not the other holder of the word.
    c = analyse("L'ancien maire, Paul Terrier, a quitté la salle. L'actuelle maire, Julie "
                "Fabre, est restée. L'ancien maire a indiqué qu'il ferait appel.")
    assert [e.source for e in c.evidence_for("named_sources")] == ["Paul Terrier"]
    # The spokesperson or the head of a named organisation speaks for it.
    d = analyse("Un porte-parole de Velmor a précisé que l'usine restera ouverte.")
    assert [e.type for e in d.evidence_for("named_sources")] == ["organisation"]
    e = analyse("La Fédération des producteurs de lait a annoncé mardi une perte. Son président "
                "a rappelé que les prix avaient baissé.")
    assert named(e) == 1 and e.values["anonymous_sources"] == 0
    # A role whose possessor is no organisation stays anonymous; so does a plural one.
    f = analyse("Selon son directeur de campagne, le candidat l'emporterait au second tour.")
    assert named(f) == 0 and f.values["anonymous_sources"] == 1
    g = analyse("Les dirigeants du rugby répètent que le sport amateur est en danger.")
    assert named(g) == 0 and g.values["anonymous_sources"] == 1


def test_a_name_apposed_to_a_role_is_a_person():
    a = analyse("« Le dossier est solide », a estimé le président du jury, le professeur "
                "Aurélien Mazet, à la sortie de la séance.")
    assert [(e.type, e.source) for e in a.evidence_for("named_sources")] == [
        ("person", "Aurélien Mazet")]


def test_a_pronoun_after_an_unnamed_speaker_is_that_speaker_again():
    a = analyse("Le maire, Paul Arnaud, a inauguré le pont. Une commerçante, qui a requis "
                "l'anonymat, affirme que les loyers ont doublé. Selon elle, trois boutiques "
                "vont fermer.")
    assert named(a) == 0
    assert spans(a, "anonymous_sources") == [
        "Une commerçante, qui a requis l'anonymat, affirme", "Selon elle"]
    # Not across a person named in between, nor from a pronoun of another gender.
    b = analyse("Une commerçante, qui a requis l'anonymat, affirme que les loyers ont doublé. "
                "Le maire, Paul Arnaud, l'a reçue lundi. Selon lui, trois boutiques vont fermer.")
    assert [(e.type, e.source) for e in b.evidence_for("named_sources")] == [
        ("person", "Paul Arnaud")]
    c = analyse("Paul Arnaud a visité le marché. Une commerçante, qui a requis l'anonymat, "
                "affirme que les loyers ont doublé. Il estime que la mairie doit agir.")
    assert [e.text for e in c.evidence_for("named_sources")] == ["Il estime"]


def test_hearsay_from_an_unnamed_source_is_still_an_anonymous_source():
    a = analyse("Un groupe de parents réclamerait la fermeture de la cantine.")
    assert spans(a, "anonymous_sources") == ["Un groupe de parents réclamerait"]
    # A named speaker in the conditional stays out of the sources, as before.
    b = analyse("Le maire, Paul Arnaud, aurait déclaré que la cantine fermera.")
    assert named(b) == 0 and b.values["anonymous_sources"] == 0
    # Not a modal's possible speech, nor a thing the parser took for a speaker.
    c = analyse("Les parents pourraient demander la fermeture de la cantine.")
    assert c.values["anonymous_sources"] == 0
    d = analyse("La mairie a évoqué un voyage d'études à Lisbonne, qui expliquerait le retard "
                "du chantier.")
    assert d.values["anonymous_sources"] == 0
    # An indefinite plural counts; a definite one may stand for people named before.
    e = analyse("Plusieurs chroniqueurs auraient dénoncé la décision.")
    assert spans(e, "anonymous_sources") == ["Plusieurs chroniqueurs auraient dénoncé"]
    f = analyse("Paul Arnaud et Marc Tissier se sont vus mardi à Genève. Les deux hommes "
                "auraient aussi évoqué la question des visas.")
    assert f.values["anonymous_sources"] == 0


def test_rumour_formulas_with_an_adverb_or_a_place_before_que():
    for text, phrase in (
            ("Il se dit aussi, chez les notaires, que les prix vont baisser.",
             "Il se dit aussi, chez les notaires, que"),
            ("Il paraît même que le stade sera rasé.", "Il paraît même que"),
            ("On entend souvent que les loyers vont doubler.", "On entend souvent que"),
            ("D'après ce qui se raconte au marché, la halle fermerait.", "ce qui se raconte")):
        a = analyse(text)
        assert spans(a, "anonymous_sources") == [phrase], text
    # Not a person who declares himself something.
    b = analyse("Paul Arnaud se dit prêt à négocier avec la mairie.")
    assert b.values["anonymous_sources"] == 0


def test_an_unnamed_source_cited_by_a_named_outlet_is_anonymous():
    a = analyse("D'après l'AFP, qui cite un diplomate en poste à Vienne, les discussions "
                "seraient rompues.")
    assert named(a) == 1
    assert spans(a, "anonymous_sources") == ["un diplomate en poste à Vienne"]
    b = analyse("Une caissière, qui a préféré taire son nom, raconte que les horaires ont changé.")
    assert spans(b, "anonymous_sources") == ["qui a préféré taire son nom"]


def test_a_generic_organisation_noun_is_the_organisation_named_before():
    # "l'entreprise", "le constructeur": no new named source, the one named before
    a = analyse(
        "Le groupe Nordelec a annoncé mardi la fermeture de son usine de Lyon. "
        "L'entreprise a précisé que 300 postes seraient supprimés. "
        "Le constructeur a ajouté qu'un plan social serait présenté en mai."
    )
    assert named(a) == 1
    assert {e.source for e in a.evidence_for("named_sources")} == {"Nordelec"}


def test_a_generic_organisation_noun_passes_over_a_ministry_and_an_outlet():
    a = analyse(
        "Les Laboratoires Pharmavel ont reconnu un incident technique dans leur usine. "
        "Le ministère de la Santé a indiqué suivre la situation, selon Le Monde. "
        "L'entreprise assure que la ligne sera relancée avant la fin du mois."
    )
    (company,) = [e for e in a.evidence_for("named_sources") if e.text.startswith("L'entreprise")]
    assert company.type == "organisation" and company.source == "Laboratoires Pharmavel"
    assert named(a) == 3


def test_a_generic_organisation_noun_with_nothing_named_before_stays_an_institution():
    # as "la préfecture": a small NER misses many company names, which the article did give
    a = analyse("L'entreprise a précisé que 300 postes seraient supprimés d'ici juin.")
    assert named(a) == 1
    assert [(e.type, e.source) for e in a.evidence_for("named_sources")] == [
        ("organisation", "entreprise")]


def test_a_generic_organisation_noun_with_a_complement_is_not_a_mention_back():
    # "l'association des riverains" is an organisation of its own, named by its complement
    a = analyse(
        "La société Vialis a confirmé le chantier. "
        "L'association des riverains a dénoncé un projet « imposé »."
    )
    assert named(a) == 2


def test_an_agency_is_an_outlet_only_when_an_outlet_was_named_before_it():
    a = analyse(
        "L'Agence régionale de santé a confirmé deux cas lundi. "
        "L'agence a précisé que les écoles resteraient ouvertes."
    )
    assert named(a) == 1
    assert {e.type for e in a.evidence_for("named_sources")} == {"organisation"}
    b = analyse(
        "Le ministre a démissionné, selon l'AFP. L'agence a précisé qu'il partirait en mai."
    )
    assert named(b) == 1
    assert {(e.type, e.source) for e in b.evidence_for("named_sources")} == {("media", "AFP")}


def test_an_acronym_role_is_a_role():
    a = analyse(
        "Le groupe Técalis recrute. « Nous embaucherons 200 personnes », a affirmé son PDG, "
        "Marc-Antoine Vercel."
    )
    people = [e for e in a.evidence_for("named_sources") if e.type == "person"]
    assert [e.source for e in people] == ["Marc-Antoine Vercel"]
    assert "PDG" not in {e.source for e in a.evidence_for("named_sources")}


def test_a_short_name_merges_with_the_long_one_it_opens():
    a = analyse(
        "La Commission européenne a annoncé une enquête mardi. "
        "La Commission a précisé que la procédure durerait un an."
    )
    assert named(a) == 1


def test_an_unnamed_source_cited_once_counts_once():
    for text in (
        "Selon un salarié de l'usine, qui a requis l'anonymat, la ligne était à l'arrêt.",
        "Dans l'entourage du joueur, on laisse entendre qu'il pourrait partir.",
        "Le maire aurait menti, selon plusieurs personnes qui disent l'avoir entendu.",
    ):
        a = analyse(text)
        assert a.values["anonymous_sources"] == 1, text
        check_slices(a)
    # two unnamed sources side by side stay two
    a = analyse("Selon certains, le projet est mort. D'autres affirment qu'il reviendra.")
    assert a.values["anonymous_sources"] == 2


def test_the_registry_merges_a_short_name_and_survives_names_without_words():
    from training.features.citation.mentions import _Registry, normalise_key

    registry = _Registry()
    # a name with no word characters normalises to an empty key (seen in FreSaDa)
    empty = registry.add(0, "organisation", normalise_key("« — »"), "« — »")
    full = registry.add(5, "organisation", "commission europeenne", "Commission européenne")
    assert registry.add(40, "organisation", "commission", "Commission") == full
    assert registry.add(60, "organisation", "", "") == empty
    assert registry.positions[full] == [5, 40]


def test_on_inside_a_quotation_is_the_quoted_speakers_voice():
    # « On nous a répondu… »: the mayor's account of what he was told, not an unnamed source
    a = analyse("Le maire, Jean Dupont, est furieux. « On nous a répondu que tout allait bien, "
                "on parle maintenant de fermer l'école », a-t-il dit.")
    assert named(a) == 1
    assert a.values["anonymous_sources"] == 0


def test_on_outside_a_quotation_and_unnamed_people_inside_one_stay_anonymous():
    a = analyse("On raconte que la mairie va vendre le terrain. « Ce projet est confirmé par "
                "plusieurs élus de la majorité », a affirmé Paul Rivière.")
    assert named(a) == 1
    assert a.values["anonymous_sources"] == 2


def test_a_plan_that_does_not_say_its_name_cites_no_one():
    a = analyse("« C'est un plan social qui ne dit pas son nom. Les salariés le savent », "
                "a déclaré Nadia Colin.")
    assert named(a) == 1
    assert [e.type for e in a.evidence_for("named_sources")] == ["person"]
    # nor an attribution reported within the quotation
    assert not [e for e in a.evidence_for("attributions") if "plan social" in e.text]


def test_a_fire_that_broke_out_is_no_source():
    # "se déclarer" of an event: it broke out, nobody declared anything
    a = analyse("Un incendie s'est déclaré dans la nuit à l'usine. Une épidémie s'est déclarée "
                "dans la maison de retraite, a indiqué l'agence régionale de santé.")
    assert a.values["anonymous_sources"] == 0
    assert named(a) == 1
    assert not a.evidence_for("attributions")


def test_an_incise_after_a_clause_the_parser_took_for_a_relative_one():
    # the parser hangs "sera annulé" on "vol" as a relative clause, which has no pronoun
    a = analyse("Un vol sur deux sera annulé lundi dans les aéroports de Marseille-Provence et "
                "de Nice-Côte-d'Azur en raison d'un mouvement des pompiers, a annoncé dimanche "
                "la Direction générale de l'aviation civile (DGAC).")
    assert a.values["anonymous_sources"] == 0
    (item,) = a.evidence_for("named_sources")
    assert item.type == "organisation" and "Direction générale" in item.text
    # a real relative clause still has its pronoun: the subject is before it
    b = analyse("Ces entreprises, dont les usines ont fermé dans toute la région, réclament "
                "surtout un interlocuteur unique.")
    assert [e.text for e in b.evidence_for("anonymous_sources")] == [
        "Ces entreprises, dont les usines ont fermé dans toute la région, réclament"]


def test_an_incise_subject_followed_by_how_it_spoke():
    a = analyse("La société Vernaval a été piratée le mois dernier. Adresses, numéros de "
                "téléphone et, pour certains clients, coordonnées bancaires ont été volés, "
                "a précisé l'entreprise dans un message envoyé aux clients concernés.")
    assert a.values["anonymous_sources"] == 0
    assert named(a) == 1
    assert {e.source for e in a.evidence_for("named_sources")} == {"Vernaval"}


def test_an_anonymity_formula_and_its_verb_are_one_unnamed_source():
    a = analyse("D'après un cadre de la préfecture, qui s'exprimait sous couvert d'anonymat, "
                "la grève pourrait durer. Un élu de la majorité, qui a demandé à ne pas être "
                "nommé, affirme que le maire partira.")
    assert a.values["anonymous_sources"] == 2
    assert named(a) == 0


def test_a_company_named_after_its_kind_is_an_organisation_whatever_ner_says():
    a = analyse("L'entreprise Solvane Ouvrages a confirmé l'incident. La société Brévia a "
                "ajouté que le chantier reprendrait. L'entreprise a précisé que personne n'était "
                "blessé.")
    items = a.evidence_for("named_sources")
    assert {e.type for e in items} == {"organisation"}
    assert {e.source for e in items} == {"Solvane Ouvrages", "Brévia"}
    assert named(a) == 2


def test_a_detached_participle_after_the_object_speaks_with_the_subject():
    a = analyse("La société Ormeau a rejeté ces accusations, affirmant avoir toujours respecté "
                "la loi.")
    assert a.values["anonymous_sources"] == 0
    assert {e.source for e in a.evidence_for("named_sources")} == {"Ormeau"}


def test_a_spokesperson_of_the_company_named_before():
    a = analyse("Le distributeur Maraval a reçu trois offres de reprise. « Nous ne commenterons "
                "pas », a indiqué un porte-parole de l'enseigne.")
    assert a.values["anonymous_sources"] == 0
    assert {e.source for e in a.evidence_for("named_sources")} == {"Maraval"}


def test_findings_results_and_delays_are_no_sources():
    a = analyse("Selon les premiers éléments de l'enquête, le conducteur roulait trop vite. "
                "Un résultat exceptionnel qui confirme la stratégie du groupe. Les retards de "
                "procédure s'expliquaient par le manque de juges.")
    assert a.values["anonymous_sources"] == 0 and named(a) == 0


def test_a_surname_that_ner_takes_for_an_organisation_is_the_person_named_before():
    # (and a name that opens with "La" or "Le" is not an article: "Lagarde", "Leclerc")
    a = analyse("Christine Lagarde a déclaré que les taux baisseraient. Lagarde a ajouté que "
                "l'inflation reculait. Paul Leclerc a estimé que c'était trop tard. Leclerc a "
                "précisé qu'il voterait contre.")
    assert named(a) == 2
    assert {e.type for e in a.evidence_for("named_sources")} == {"person"}


def test_a_clause_the_parser_hung_on_a_time_word_and_a_chamber():
    a = analyse("La préfecture rappelait déjà l'an dernier que les nappes étaient basses. La "
                "chambre d'agriculture estime que 300 exploitations seront touchées.")
    assert named(a) == 2
    assert {e.type for e in a.evidence_for("named_sources")} == {"organisation"}


def test_the_longest_reporting_stem_decides_whether_a_verb_needs_its_clause():
    # "notifier" starts like the clause-only "noter" but reports with any object.
    a = analyse("Le tribunal de Lyon a notifié sa décision à la société Vertal.")
    assert spans(a, "named_sources") == ["Le tribunal de Lyon a notifié"]
    # "noter" still needs what was said: "noter une hausse" is perceiving.
    a = analyse("Le tribunal de Lyon a noté une hausse des dossiers.")
    assert a.evidence_for("named_sources") == []


def test_an_adverbial_infinitive_after_a_quote_speaks_with_the_quoted_speaker():
    # The parser hangs "avant d'ajouter" on the quoted clause, whose subject "je" is the quoted
    # words' own: the speaker is the subject of the clause outside the quote.
    a = analyse("Paul Girard a répondu : \"Il n'y a rien à cacher, et je ne sais pas pourquoi "
                "les élus s'inquiètent\", avant d'ajouter qu'il publierait les comptes.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"] * 2


def test_rappeler_with_a_plain_object_reports_only_from_someone():
    a = analyse("Paul Girard a rappelé l'importance de l'épargne pour les communes.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    a = analyse("La directrice a écrit au club pour lui rappeler les règles du stade.")
    assert spans(a, "anonymous_sources")[-1] == "La directrice a écrit au club pour lui rappeler"
    # A thing that evokes, even with a name in its complement, says nothing.
    for text in ("Les grèves de l'hiver à Lyon rappellent les dangers d'une réforme rapide.",
                 "Ce vieux décor rappelle les années trente."):
        a = analyse(text)
        assert a.evidence_for("named_sources") == [] and a.evidence_for(
            "anonymous_sources") == [] and a.evidence_for("attributions") == [], text


def test_an_opening_clause_speaks_with_the_subject_after_its_asides():
    # The main clause's subject stands before one to three asides, then its verb.
    a = analyse("Sans nier la nécessité ou l'utilité des réformes, Paul Girard, délégué (CFDT) du "
                "site, s'inquiète de la fermeture.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"]
    a = analyse("Dénonçant \"la gestion opaque\" de la direction, les syndicats CGT, FO et CFTC, "
                "majoritaires chez Vertal depuis 2010, redoutent des licenciements.")
    (item,) = a.evidence_for("anonymous_sources")
    assert item.type == "collective" and "les syndicats CGT" in item.text
    # An aside right after the verb: what follows its closing comma is the verb's object.
    a = analyse("Même en dénonçant, comme à chaque élection, les retards et les fraudes, qui n'ont "
                "pas manqué, les syndicats ont voté.")
    (item,) = a.evidence_for("anonymous_sources")
    assert item.text.endswith("les syndicats")


def test_a_preposed_subject_after_adjectives_or_after_comme():
    # A noun the tagger called an adjective, after another adjective and its determiner.
    a = analyse("Sur ce point, de bons analystes notent que le budget de la ville est trop serré.")
    (item,) = a.evidence_for("anonymous_sources")
    assert item.type == "collective" and item.text.endswith("de bons analystes notent")
    # "comme" before the subject is no preposition that makes it a complement.
    a = analyse("Le service est meilleur, comme les petites librairies l'affirment, que celui des "
                "grandes chaînes.")
    assert spans(a, "anonymous_sources") == ["les petites librairies l'affirment"]


def test_a_verb_the_tagger_missed_before_a_short_aside_and_its_clause():
    a = analyse("En Espagne, dès le 5, le gouvernement admet, au vu des chiffres, que la "
                "croissance va ralentir.")
    assert spans(a, "named_sources") == ["le gouvernement admet"]
    a = analyse("Le syndicat rappelle, dans un communiqué, que la grève continue.")
    assert spans(a, "named_sources") == ["Le syndicat rappelle"]


def test_an_incise_subject_after_a_manner_phrase():
    # "avec colère", "avec fierté": a preposition and a bare noun between the verb and its
    # subject (not "Le quartier", the clause's own subject).
    a = analyse("Les loyers, dénoncent avec colère les locataires, ont doublé.")
    assert spans(a, "anonymous_sources") == ["dénoncent avec colère les locataires"]
    a = analyse("Le quartier, expliquent avec fierté les habitants, a changé.")
    assert spans(a, "anonymous_sources") == ["expliquent avec fierté les habitants"]
    assert a.evidence_for("attributions") == []


def test_a_reporting_participle_the_tagger_missed_speaks_with_its_agent():
    a = analyse("Révélés mardi par le quotidien La Voix du Nord, ces chiffres inquiètent les élus.")
    (item,) = a.evidence_for("named_sources")
    assert item.type == "media" and item.source.endswith("La Voix du Nord")
    # Not who asked: the one asked is the one who speaks.
    a = analyse("Interrogés par l'institut en mars, les ménages se disent inquiets.")
    assert a.evidence_for("named_sources") == []


def test_a_verb_the_tagger_missed_after_an_aside_with_a_name_for_object():
    for verb in ("fustige", "dénonce"):
        a = analyse(f"Le député Paul Girard, maire de Bressac, {verb} Marc Leroux.")
        assert [e.source for e in a.evidence_for("named_sources")] == ["Paul Girard"], verb


def test_a_lawyer_named_after_her_title_by_a_preposition():
    for name in ("Nadia Belkacem", "Aurélie Fabre"):
        a = analyse(f"Pour Me {name}, avocate spécialisée, les victimes pourraient être "
                    "indemnisées.")
        (item,) = a.evidence_for("named_sources")
        assert item.type == "person" and item.source.endswith(name)
        # her name in the evidence, not the clause the parser hung on it
        assert name in item.text and "pourraient" not in item.text


def test_an_outlet_citing_unnamed_sources_and_an_anonymity_formula_with_its_reason():
    a = analyse("D'après l'agence Reuters, qui cite deux sources proches du dossier, le groupe "
                "Norval proposerait de reprendre 90 magasins. Selon un cadre de la banque, qui a "
                "requis l'anonymat car il n'est pas autorisé à s'exprimer publiquement, la fusion "
                "aurait été décidée en mars.")
    assert named(a) == 1
    assert a.values["anonymous_sources"] == 2


def test_a_postposed_speaker_s_evidence_stops_at_the_name_not_at_how_it_spoke():
    for after, name in ((", lors de son point presse", "Paul Mercier"),
                        (", sur Radio Vallée", "Paul Mercier"),
                        (", au micro d'une radio locale", "Paul Mercier"),
                        (", d'après l'agence Cap Presse", "Paul Mercier")):
        a = analyse(f"« Les travaux reprendront lundi », a déclaré le porte-parole de la mairie, "
                    f"{name}{after}.")
        item = next(e for e in a.evidence_for("named_sources") if e.source == name)
        assert item.text.endswith(name), after
        check_slices(a)
    a = analyse("Les colis seront livrés vendredi, a précisé l'entreprise dans un message adressé "
                "à ses clients.")
    (item,) = a.evidence_for("named_sources") + a.evidence_for("attributions")
    assert item.text.endswith("l'entreprise")


def test_a_source_before_the_main_clause_leaves_out_the_clause_s_subject():
    cases = (
        ("Selon le procureur de Valmont, Hugo Séverin, les deux suspects ont pris la fuite.",
         "Hugo Séverin"),
        ("Selon la gendarmerie, un adolescent de 16 ans, inscrit dans un autre lycée, a été "
         "entendu mardi.", "la gendarmerie"),
        ("Pour Me Claire Dubois, avocate des plaignants, les adhérents ont été trompés.",
         "avocate des plaignants"),
        ("Pour Lucien Brossard, président de la fédération des artisans, les normes sont en "
         "cause.", "président de la fédération des artisans"),
    )
    for sentence, end in cases:
        a = analyse(sentence)
        (item,) = a.evidence_for("named_sources")
        assert item.text.endswith(end), sentence
        check_slices(a)


def test_the_subject_of_the_main_clause_is_not_named_by_an_unnamed_source_before_it():
    a = analyse("D'après un compte réputé pour ses fuites, le Orbis Fold 2 serait présenté en "
                "octobre.")
    assert a.evidence_for("named_sources") == []
    assert spans(a, "anonymous_sources") == ["D'après un compte réputé pour ses fuites"]


def test_an_institution_s_evidence_keeps_the_bracket_around_its_acronym():
    a = analyse("Le vol sera annulé, a annoncé la Direction régionale des transports (DRT).")
    (item,) = a.evidence_for("named_sources")
    assert item.text.endswith("(DRT)")
