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
