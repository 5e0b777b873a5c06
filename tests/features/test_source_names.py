"""Source names and how mentions of one source merge: an acronym given in brackets, names the
parser cuts or splits, coordinated speakers, a company's management (French and English)."""

from .helpers import analyse


def _named(a) -> list[str]:
    return [e.source for e in a.evidence_for("named_sources")]


def test_an_acronym_given_in_brackets_is_the_name_it_follows():
    a = analyse("L'Agence nationale de sûreté des barrages (ANSB) a ordonné mardi la vidange du "
                "lac de Vermeil. Les travaux dureront six mois, a précisé l'agence dans un "
                "communiqué. Selon l'ANSB, aucune habitation n'est menacée.")
    assert a.values["named_sources"] == 1
    assert set(_named(a)) == {"Agence nationale de sûreté des barrages"}


def test_an_acronym_given_in_brackets_is_the_name_it_follows_in_english():
    a = analyse("Officials at the National Board of Dam Safety (NBDS) ordered the lake drained. "
                "According to the National Board of Dam Safety, no homes are at risk. The NBDS "
                "said work would take six months.", language="en")
    assert a.values["named_sources"] == 1


def test_an_acronym_is_not_an_alias_of_a_name_it_does_not_follow():
    a = analyse("L'Office régional des forêts a fermé le sentier, a indiqué l'Office régional "
                "des forêts. Le Syndicat des guides (SDG) a dénoncé la décision. Selon le SDG, "
                "rien ne presse.")
    assert a.values["named_sources"] == 2


def test_a_ministry_of_two_portfolios_is_one_source():
    # The parser makes "Forêts" a conjunct of "ministère": a complement, not a second speaker.
    a = analyse("Le ministère de l'Agriculture et des Forêts a annoncé lundi la fin du programme.")
    assert _named(a) == ["ministère de l'Agriculture et des Forêts"]


def test_a_name_cut_by_ner_after_a_function_word_is_whole():
    a = analyse("Selon la Commission nationale de l'énergie et des réseaux, les prix baisseront.")
    assert _named(a) == ["Commission nationale de l'énergie et des réseaux"]
    b = analyse("Le Centre national du cinéma et de l'image animée a indiqué que les entrées ont "
                "baissé.")
    assert _named(b) == ["Centre national du cinéma et de l'image animée"]
    c = analyse("Le Centre régional du patrimoine et de l'architecture a indiqué que les travaux "
                "commenceront.")
    assert _named(c) == ["Centre régional du patrimoine et de l'architecture"]


def test_a_regional_agency_named_after_its_acronym_is_one_source():
    a = analyse("L'Agence régionale de santé (ARS) Bretagne a confirmé mardi la fermeture. Selon "
                "l'ARS, le service rouvrira en septembre.")
    assert a.values["named_sources"] == 1
    assert set(_named(a)) == {"Agence régionale de santé (ARS) Bretagne"}
    b = analyse("L'Agence régionale de santé (ARS) Auvergne-Rhône-Alpes a confirmé mardi la "
                "fermeture.")
    assert _named(b) == ["Agence régionale de santé (ARS) Auvergne-Rhône-Alpes"]


def test_an_acronym_in_brackets_closes_the_name():
    a = analyse("Le Syndicat unifié des boulangers (SUB) a dénoncé la réforme, a indiqué "
                "le Syndicat unifié des boulangers (SUB).")
    assert set(_named(a)) <= {"Syndicat unifié des boulangers (SUB)",
                              "Syndicat unifié des boulangers"}



def test_coordinated_names_each_speak():
    a = analyse("Valmeuse et Terrana ont annoncé mardi leur fusion.")
    assert _named(a) == ["Valmeuse", "Terrana"]
    b = analyse("Paul Girard et Marie Lenoir ont déclaré que le projet avance.")
    assert _named(b) == ["Paul Girard", "Marie Lenoir"]


def test_coordinated_names_after_a_plural_noun_of_their_kind_each_speak():
    a = analyse("Les coopératives agroalimentaires Valmeuse et Terrana ont annoncé lundi leur "
                "projet de fusion.")
    assert sorted(_named(a)) == ["Terrana", "Valmeuse"]
    b = analyse("Les syndicats Sud et Unsa ont dénoncé la réforme.")
    assert sorted(_named(b)) == ["Sud", "Unsa"]


def test_coordinated_names_each_speak_in_english():
    a = analyse("Acme Corp. and Brightline Foods said on Tuesday they would merge.", language="en")
    assert _named(a) == ["Acme Corp.", "Brightline Foods"]
    b = analyse("Paul Girard and Mary Lenoir said the project was moving ahead.", language="en")
    assert _named(b) == ["Paul Girard", "Mary Lenoir"]


def test_one_name_with_a_coordinator_inside_is_one_source():
    a = analyse("Procter & Gamble said sales rose.", language="en")
    assert a.values["named_sources"] == 1
    b = analyse("The Securities and Exchange Commission said it would review the deal.",
                language="en")
    assert b.values["named_sources"] == 1


def test_the_management_is_the_company_named_before():
    a = analyse("Le groupe Vernaval a confirmé la fermeture de son usine de Bressac. La direction "
                "a indiqué que les salariés seraient reclassés.")
    assert _named(a) == ["Vernaval", "Vernaval"]
    b = analyse("Le groupe Vernaval a confirmé la fermeture de son usine de Bressac. Selon la "
                "direction du groupe, les salariés seront reclassés.")
    assert _named(b) == ["Vernaval", "Vernaval"]
    c = analyse("Selon la direction de Vernaval, les ventes ont baissé.")
    assert _named(c) == ["Vernaval"]


def test_the_management_of_a_body_named_by_a_common_noun():
    a = analyse("Le musée des Beaux-Arts de Lorrac rouvrira en mai. Les tableaux ont été "
                "restaurés, selon la direction du musée.")
    assert _named(a) == ["musée des Beaux-Arts de Lorrac"]
    b = analyse("L'hôpital de Lorrac fonctionne en mode dégradé depuis dimanche. Les urgences "
                "restent ouvertes, a annoncé la direction lundi.")
    assert _named(b) == ["hôpital de Lorrac"]


def test_the_management_with_no_organisation_named_is_no_named_source():
    a = analyse("La direction a annoncé que 80 postes seront supprimés.")
    assert a.values["named_sources"] == 0
    assert [e.type for e in a.evidence_for("attributions")] == ["unresolved"]


def test_a_body_called_direction_is_named_by_its_name():
    a = analyse("La direction départementale des routes (DDR) a indiqué que le pont est fermé. "
                "La Direction générale des ports a précisé que le quai reste ouvert.")
    assert a.values["named_sources"] == 2


def test_the_management_is_the_company_named_before_in_english():
    a = analyse("Vernaval Corp. said it would close its plant in Bressac. Management said the "
                "workers would be offered other jobs.", language="en")
    assert _named(a) == ["Vernaval Corp.", "Vernaval Corp."]
    b = analyse("Management said the workers would be offered other jobs.", language="en")
    assert b.values["named_sources"] == 0


def test_a_name_the_parser_hung_on_the_one_it_is_coordinated_with_speaks():
    # The parser makes "Center" a modifier of "Hospital", the coordinator a child of "Center".
    a = analyse("St. Brendan's Medical Center and Valley General Hospital announced Wednesday "
                "that they would merge.", language="en")
    assert _named(a) == ["St. Brendan's Medical Center", "Valley General Hospital"]


def test_a_quote_signed_after_a_dash_with_a_role_before_the_name():
    a = analyse("Lumio will launch a phone in May.\n\n\"I would wait for the real thing before "
                "buying.\" - Tech Daily reviewer Ann Kessler\n\nLumio did not respond.",
                language="en")
    assert _named(a) == ["Ann Kessler"]
    b = analyse("Prices rose again - then Paris followed.", language="en")
    assert b.values["named_sources"] == 0


def test_an_imperfect_the_tagger_calls_a_conditional_still_reports():
    # The morphologizer gives "déclarait" Mood=Cnd here; the lexicon's rule says imperfect.
    a = analyse("Léa Morvan, qui déclarait il y a quelques mois dans une interview vouloir « se "
                "consacrer à sa musique », semble avoir changé d'avis.")
    assert _named(a) == ["Léa Morvan"]
    b = analyse("Léa Morvan déclarerait vouloir se consacrer à sa musique.")
    assert b.values["named_sources"] == 0


def test_a_descriptor_used_before_a_name_stands_for_that_person():
    a = analyse("Selon certains internautes, le chanteur Marc Delvaux aurait été hospitalisé "
                "mercredi. Le chanteur, qui déclarait en mai vouloir arrêter la scène, n'a pas "
                "donné de nouvelles.")
    assert _named(a) == ["Marc Delvaux"]
    b = analyse("La navigatrice Anne Quéré a franchi la ligne lundi. « Je suis épuisée », a "
                "confié la navigatrice à son arrivée.")
    assert _named(b) == ["Anne Quéré"]
    c = analyse("Pop singer Dana Reyes canceled her tour on Monday. \"I need rest,\" the singer "
                "said.", language="en")
    assert _named(c) == ["Dana Reyes"]
    d = analyse("Le chanteur a déclaré que la tournée continuera.")
    assert d.values["named_sources"] == 0


def test_a_common_noun_written_as_a_name_keeps_its_complement():
    a = analyse("La Cour des comptes a estimé mardi dans un rapport que le plan coûte trop cher. "
                "La Cour a ajouté que rien ne presse.")
    assert _named(a) == ["Cour des comptes", "Cour des comptes"]
    b = analyse("La Délégation à la sécurité routière a rappelé que la vitesse tue.")
    assert _named(b) == ["Délégation à la sécurité routière"]
    c = analyse("Selon l'Observatoire local des loyers de l'agglomération, les prix montent.")
    assert _named(c) == ["Observatoire local des loyers de l'agglomération"]


def test_a_body_of_a_town_is_not_the_town():
    a = analyse("Le centre de secours de Lorrac a indiqué que trois personnes ont été évacuées.")
    assert _named(a) == ["centre de secours de Lorrac"]
    b = analyse("La régie des eaux de Lorrac a assuré que l'eau reste potable.")
    assert _named(b) == ["régie des eaux de Lorrac"]


def test_two_people_of_one_surname_are_two_sources():
    a = analyse("Paul Ferrand said the barn burned in an hour. His wife, Anna Ferrand, said the "
                "firefighters came late. \"We lost everything,\" Ferrand said.", language="en")
    assert a.values["named_sources"] == 2
    b = analyse("Isabelle Kervella a indiqué que la ligne rouvrira lundi. Mme Kervella a ajouté "
                "que les trains seront moins nombreux.")
    assert b.values["named_sources"] == 1


def test_a_kind_of_outlet_before_its_name_is_that_outlet():
    a = analyse("Le ministre Paul Ardan pourrait démissionner. C'est ce qu'affirme l'hebdomadaire "
                "Le Courrier du Soir dans son édition de jeudi. D'après le journal, le ministre "
                "aurait dîné avec des élus. Une annonce interviendrait avant l'été, selon Le "
                "Courrier du Soir.")
    assert a.values["named_sources"] == 1
    assert set(_named(a)) == {"Le Courrier du Soir"}


def test_a_bare_kind_of_outlet_is_the_one_named_before():
    a = analyse("Le présentateur Léo Marchal quitte la matinale de Radio Vermeil FM, selon nos "
                "informations. Contactée, la radio a démenti toute éviction.")
    assert _named(a) == ["Radio Vermeil FM"]


def test_a_role_set_before_the_name_it_describes_is_no_second_source():
    a = analyse("Dans les officines, la situation reste tendue. Président de la Fédération des "
                "pharmaciens du Nord, Paul Verdier dit recevoir des appels chaque jour.")
    assert _named(a) == ["Paul Verdier"]
    b = analyse("Installateur de pompes à chaleur en Bretagne, Luc Ravier dit constater une "
                "baisse des commandes.")
    assert _named(b) == ["Luc Ravier"]


def test_a_sub_prefecture_is_an_institution():
    a = analyse("Selon la préfecture, le scrutin s'est déroulé dans le calme. La participation a "
                "atteint 71 %, a souligné la sous-préfecture dans un communiqué.")
    assert a.values["named_sources"] == 2


def test_a_pronoun_chain_reaches_the_person_named_before_it():
    text = ("Le procès de Bruno Castel, ancien trésorier du club de Lorrac, s'est ouvert mardi. "
            "Il est soupçonné d'avoir détourné 30 000 euros.\n\nÀ la barre, l'ancien trésorier "
            "a tout contesté. « Je n'ai jamais touché cet argent », a-t-il lancé.")
    a = analyse(text)
    assert "Bruno Castel" in _named(a)
    b = analyse("Le procès de Bruno Castel s'est ouvert mardi. La salle était pleine.\n\nÀ la "
                "barre, le public a applaudi. La séance a duré deux heures. « Je n'ai jamais "
                "touché cet argent », a-t-il lancé.")
    assert b.values["named_sources"] == 0
