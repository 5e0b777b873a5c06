"""French speech that is not reported as having happened, and words that look like reporting
verbs but report nothing: none of them is a source (sentences the team wrote)."""

from .helpers import analyse, spans


def anonymous(a):
    return a.values["anonymous_sources"]


def named(a):
    return a.values["named_sources"]


# Speech to come or only hypothetical: the future tense, the near future, "risquer de".


def test_a_rhetorical_objection_in_the_future_cites_no_one():
    a = analyse("On nous objectera que la réforme coûte cher. Le calcul est pourtant simple.")
    assert anonymous(a) == 0
    assert spans(a, "attributions") == ["On nous objectera"]


def test_a_predicted_protest_is_no_source():
    a = analyse("Des parents protesteront, évidemment.")
    assert anonymous(a) == 0
    b = analyse("Des parents d'élèves diront que le collège exagère.")
    assert anonymous(b) == 0


def test_a_near_future_announcement_is_not_yet_a_source():
    a = analyse("Des élus vont annoncer que la piscine fermera en juillet.")
    assert anonymous(a) == 0


def test_the_same_speech_in_the_present_still_counts():
    a = analyse("Des élus annoncent que la piscine fermera en juillet.")
    assert anonymous(a) == 1


def test_the_conditional_of_hearsay_still_counts():
    # the conditionnel journalistique reports a rumoured statement: it stays an attribution
    a = analyse("Un collectif de riverains réclamerait la fermeture de la carrière.")
    assert anonymous(a) == 1


def test_what_people_risk_regretting_is_the_writer_s_prediction():
    a = analyse("Les épargnants qui attendent encore risquent de regretter leur choix d'ici l'été.")
    assert anonymous(a) == 0


def test_regret_said_now_still_counts():
    a = analyse("Des épargnants regrettent leur choix.")
    assert anonymous(a) == 1


# Speech the clause denies.


def test_nobody_dares_to_say_is_no_source():
    a = analyse("Personne n'ose dire que le projet de rocade est abandonné.")
    assert anonymous(a) == 0
    b = analyse("Ses voisins n'osent pas dire que le projet de rocade est abandonné.")
    assert anonymous(b) == 0


def test_neighbours_who_dare_to_say_it_count():
    a = analyse("Des voisins osent dire que le projet de rocade est abandonné.")
    assert anonymous(a) == 1


def test_a_double_negation_keeps_the_speech():
    a = analyse(
        "Pas un mois ne passe sans qu'un patron annonce que le robot va libérer ses employés."
    )
    assert anonymous(a) == 1


# The writer's own voice.


def test_on_with_a_first_person_singular_object_is_the_writer_s_experience():
    a = analyse("On me demandait de signer sans lire, et je signais.")
    assert anonymous(a) == 0
    b = analyse("On m'a expliqué que tout était réglé. Je n'en croyais rien.")
    assert anonymous(b) == 0


def test_on_nous_with_what_was_said_stays_an_unnamed_source():
    # a newsroom's "nous": someone unnamed told the paper something
    a = analyse("On nous explique que les salles de cinéma ferment faute de public.")
    assert anonymous(a) == 1


# A promise with nothing said, an adverb after a quote, writing as an activity.


def test_a_promise_with_no_content_is_no_source():
    a = analyse("Les constructeurs promettaient une révolution du transport urbain.")
    assert anonymous(a) == 0
    b = analyse("On nous avait promis une ville apaisée, rendue aux cyclistes.")
    assert anonymous(b) == 0


def test_a_promise_of_what_will_be_done_still_counts():
    a = analyse("Les constructeurs promettent de baisser leurs prix.")
    assert anonymous(a) == 1
    b = analyse("Les constructeurs promettent que les prix baisseront.")
    assert anonymous(b) == 1


def test_an_adverb_after_a_quote_is_no_incise():
    a = analyse(
        "Le directeur, Paul Lemoine, a reconnu jeudi des « fautes de gestion », notamment "
        "une série de marchés conclus à prix fermes."
    )
    assert anonymous(a) == 0
    assert named(a) == 1


def test_an_incise_after_a_quote_still_counts():
    a = analyse("« Rien n'est décidé », note un conseiller.")
    assert anonymous(a) == 1


def test_machines_that_write_report_nothing():
    a = analyse(
        "Nous risquons de bâtir des agences où les rédacteurs relisent des logiciels qui "
        "écrivent à leur place."
    )
    assert anonymous(a) == 0


def test_a_reader_who_writes_what_he_saw_counts():
    a = analyse("Un lecteur écrit que le quartier est abandonné.")
    assert anonymous(a) == 1


# Wrong speakers: a passive's subject or complement, an object after a list of verbs.


def test_a_valuation_in_the_passive_has_no_speaker():
    a = analyse(
        "Les bijoux dérobés, deux colliers de la reine, sont estimés à 3 millions d'euros, "
        "selon la direction du château."
    )
    assert anonymous(a) == 0
    assert named(a) == 1
    b = analyse(
        "Les tableaux volés, deux toiles du peintre Jules Marnier, sont estimées à 2 millions "
        "d'euros au total, selon la direction du musée."
    )
    assert anonymous(b) == 0


def test_a_passive_with_its_agent_still_counts():
    a = analyse("Le projet est dénoncé par des riverains.")
    assert anonymous(a) == 1


def test_an_object_after_a_list_of_verbs_is_no_postposed_subject():
    a = analyse(
        "La promesse est belle : le logiciel rédige les notes, classe les dossiers, résume "
        "les réunions, et l'employé se consacre à l'essentiel."
    )
    assert anonymous(a) == 0


def test_a_postposed_subject_that_agrees_still_counts():
    a = analyse("Le chantier a pris du retard, résume un technicien.")
    assert anonymous(a) == 1
    b = analyse("Le chantier a pris du retard, résument les techniciens.")
    assert anonymous(b) == 1


def test_a_future_inside_the_quote_leaves_its_incise_a_source():
    a = analyse(
        "« Nous accompagnerons les élèves aussi longtemps que nécessaire », a déclaré la "
        "rectrice, Marie Dubreuil."
    )
    assert named(a) == 1


def test_a_past_denial_the_tagger_calls_a_future_still_counts():
    # spaCy's French morphology may put Tense=Fut on a past participle or a present: the
    # lexicon's future endings decide
    a = analyse("Le ministère de l'Agriculture a démenti mardi toute pénurie de lait.")
    assert named(a) == 1


def test_what_nobody_would_accept_being_asked_is_no_source():
    a = analyse(
        "Ils ont acheté des tablettes à leurs enfants et ne comprendraient pas qu'on leur "
        "demande de revenir au papier."
    )
    assert anonymous(a) == 0


def test_what_they_do_not_accept_being_asked_is_a_source():
    a = analyse("Ils ne comprennent pas qu'on leur demande de revenir au papier.")
    assert anonymous(a) == 1


def test_the_subject_of_a_verb_of_motion_with_etre_still_speaks():
    # "étaient venus" takes "être" without being a passive
    a = analyse(
        "Les manifestants étaient venus discuter de « problèmes publics », selon la police."
    )
    assert spans(a, "anonymous_sources") == ["Les manifestants étaient venus discuter"]


def test_a_name_after_an_incise_speaks_whatever_its_number():
    a = analyse("« Nous céderons les activités non stratégiques », estime Ducros.")
    assert named(a) == 1
