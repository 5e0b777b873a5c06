"""What a French mention refers back to: a bare institution noun, a one-word name given as an
organisation, an outlet's noun, a definite descriptor of a person named before."""

from .helpers import analyse


def _named(a) -> list[str]:
    return [e.source for e in a.evidence_for("named_sources")]


def test_a_bare_institution_noun_is_not_a_name_holding_it_inside_a_word():
    a = analyse("La sous-préfecture de Lormont a annoncé mardi la fermeture du pont de la "
                "Garenne pour trois semaines. Les habitants protestent depuis. La préfecture a "
                "précisé jeudi que des navettes seraient mises en place pour les écoliers.")
    assert a.values["named_sources"] == 2
    b = analyse("La préfecture de la Sarthe a annoncé mardi la fermeture du pont. La préfecture "
                "a précisé jeudi que des navettes seraient mises en place.")
    assert b.values["named_sources"] == 1


def test_a_one_word_name_given_as_an_organisation_stays_one():
    a = analyse("Le groupe Sorvane a annoncé lundi la fermeture de son usine de Brisac. Selon "
                "des syndicalistes, le site serait vendu. Interrogée sur ce point, Sorvane a "
                "démenti toute vente.")
    assert a.values["named_sources"] == 1
    assert {e.type for e in a.evidence_for("named_sources")} == {"organisation"}


def test_a_one_word_name_after_the_role_of_its_head_is_an_organisation():
    a = analyse("L'État va entrer au capital de Sorvane. Le PDG de Sorvane, Julien Marsac, a "
                "reconnu des erreurs. Selon des syndicalistes, le site serait vendu. Interrogée "
                "sur ce point, Sorvane a démenti toute vente. « Rien n'est décidé », a assuré "
                "une porte-parole du groupe.")
    assert a.values["named_sources"] == 2
    assert sorted(_named(a)) == ["Julien Marsac", "Sorvane", "Sorvane"]
    assert {e.type for e in a.evidence_for("named_sources") if e.source == "Sorvane"} == {
        "organisation"}


def test_a_surname_after_a_role_stays_a_person():
    a = analyse("Le procès de Paul Vernier s'est ouvert mardi. L'avocate de Vernier, Me Anne "
                "Lorrain, a plaidé la relaxe. Vernier a nié en bloc toute malversation.")
    assert {e.type for e in a.evidence_for("named_sources")} == {"person"}


def test_an_outlet_noun_refers_to_a_name_ner_took_for_a_place_that_has_a_spokesperson():
    a = analyse("Rien ne va plus entre Paul Ravier et Canal Horizon. Selon nos informations, "
                "l'animateur serait sur le départ. Contactée, la chaîne a démenti toute "
                "éviction : « rien n'est décidé », a affirmé un porte-parole de Canal Horizon.")
    assert a.values["named_sources"] == 1
    assert set(_named(a)) == {"Canal Horizon"}


def test_a_definite_descriptor_covering_a_role_is_the_person_named_in_that_role():
    a = analyse("Le procès de Paul Arnal, ancien adjoint aux finances de Brissac, s'est ouvert "
                "lundi. À la barre, l'ancien élu a nié les faits en bloc.")
    assert _named(a) == ["Paul Arnal"]
    assert a.values["anonymous_sources"] == 0
    # with no one named in a role it covers, the descriptor stays an unnamed official
    b = analyse("Le procès s'est ouvert lundi devant le tribunal de Brissac. À la barre, "
                "l'ancien élu a nié les faits en bloc.")
    assert b.values["named_sources"] == 0
    assert b.values["anonymous_sources"] == 1


def test_an_age_descriptor_is_the_person_of_that_age_or_the_only_one_just_named():
    a = analyse("La mairie de Brissac a recruté Lucien Berger, 72 ans, ancien instituteur, et "
                "Marc Tillon, 45 ans, menuisier. Les travaux commenceront en mai. « Je suis "
                "ravi de reprendre du service », a déclaré le septuagénaire.")
    assert _named(a) == ["Lucien Berger"]
    b = analyse("Le témoin principal, Henri Caube, est arrivé en retard à l'audience. « Je "
                "n'ai rien vu de ce soir-là », a déclaré le septuagénaire.")
    assert _named(b) == ["Henri Caube"]


def test_an_age_descriptor_with_no_single_person_of_its_age_stays_unnamed():
    a = analyse("Le conseil a entendu Lucien Berger, 52 ans, et Marc Tillon, deux riverains du "
                "chantier. « Je suis ravi de reprendre du service », a déclaré le "
                "septuagénaire.")
    assert a.values["named_sources"] == 0
    b = analyse("Le conseil a entendu Lucien Berger, 52 ans, riverain du chantier. « Je suis "
                "ravi de reprendre du service », a déclaré le septuagénaire.")
    assert b.values["named_sources"] == 0


def test_an_incise_after_a_coordinated_clause_the_tagger_missed_finds_its_speaker():
    a = analyse("L'éditeur de jeux Brumel a présenté mardi ses comptes. Son activité progresse "
                "de 4 %, à 95 millions d'euros, et le groupe dégage enfin une marge positive "
                "après trois années difficiles, a indiqué le groupe dans un communiqué.")
    assert _named(a) == ["Brumel"]


def test_a_pronoun_after_a_quote_is_not_a_one_word_name_inside_it():
    a = analyse("Le maire, Fernand Lagrue, assume. « Castagne a toujours été une ville de "
                "dialogue », a-t-il affirmé.")
    assert _named(a) == ["Fernand Lagrue"]


def test_an_institution_of_a_place_ner_took_for_a_person_is_the_institution():
    a = analyse("Deux tableaux ont été volés au musée de la ville, a annoncé dimanche le parquet "
                "de Castelmaure, qui a ouvert une enquête.")
    assert {e.type for e in a.evidence_for("named_sources")} == {"organisation"}
    assert _named(a) == ["parquet de Castelmaure"]


def test_a_name_in_apposition_after_a_relative_clause_is_the_speaker():
    a = analyse("Le rapport a été remis lundi au ministre. L'experte qui l'a rédigé, Sandrine "
                "Morel, a estimé que le site pouvait être sauvé.")
    assert _named(a) == ["Sandrine Morel"]
    assert a.values["anonymous_sources"] == 0


def test_a_demonstrative_pronoun_opening_a_sentence_is_no_name():
    a = analyse("Le maire de Brissac, Paul Arnal, a dénoncé une fermeture. Il a demandé un "
                "rendez-vous au ministère de la Santé. Celui-ci, sollicité par notre journal, "
                "n'a pas donné suite.")
    assert _named(a) == ["Paul Arnal", "Paul Arnal"]


def test_a_name_after_a_word_of_its_kind_is_no_person_a_pronoun_refers_to():
    a = analyse("Le service fermera en juin. « C'est une catastrophe », a averti le docteur Luc "
                "Marchetti, urgentiste et délégué du collectif Jeanne Valmont. Il estime que la "
                "fermeture coûtera des vies.")
    assert _named(a) == ["Luc Marchetti", "Luc Marchetti"]


def test_a_descriptor_with_its_own_qualifier_or_another_adjective_is_no_one_named():
    a = analyse("Le procès de Paul Arnal, maire de Brissac, s'est ouvert lundi. À la barre, "
                "l'ancien élu a nié les faits en bloc.")
    assert a.values["named_sources"] == 0
    b = analyse("Le procès de Paul Arnal, maire de Brissac, s'est ouvert lundi. À la barre, "
                "l'élu écologiste a nié les faits en bloc.")
    assert b.values["named_sources"] == 0


def test_a_role_holder_is_a_name_not_the_complement_of_the_role():
    a = analyse("Le procès de Paul Arnal, maire de Brissac, s'est ouvert lundi. À la barre, "
                "le maire a nié les faits en bloc.")
    assert _named(a) == ["Paul Arnal"]


def test_a_negative_pronoun_opening_a_sentence_is_no_name():
    a = analyse("Le club de Brissac aurait trouvé un nouvel entraîneur pour la saison prochaine, "
                "selon plusieurs supporters. Rien ne permet de le confirmer à ce stade.")
    assert a.values["named_sources"] == 0
