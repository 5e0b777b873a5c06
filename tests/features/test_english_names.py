"""English named sources: what a name is, who speaks and what is no source (sentences the team
wrote)."""

from .helpers import analyse


def en(text):
    return analyse(text, language="en")


def named(a):
    return a.values["named_sources"]


def sources(a):
    return sorted({item.source for item in a.evidence_for("named_sources")})


def test_a_name_does_not_end_with_the_possessive_marker():
    a = en("Senator Kay Whitman's spokesman said the bill was dead. Whitman said later that she "
           "was glad.")
    assert sources(a) == ["Kay Whitman"]
    assert named(a) == 1
    b = en("Mayor Orla Pemberton’s office said in a statement that the pool would reopen.")
    assert sources(b) == ["Orla Pemberton"]


def test_a_plural_common_noun_opening_a_sentence_is_an_unnamed_group():
    # (after a masked photo credit the tagger calls "Patrons" a plural proper noun)
    a = en("The Brass Kettle's counter on Lindell Avenue. Photo: Instagram/@brasskettle\n\n"
           "Patrons say the cafe has been shut for ten days, and word on the street is that the "
           "owner is retiring.")
    assert named(a) == 0
    assert a.values["anonymous_sources"] == 2


def test_a_document_is_issued_by_the_name_right_before_it_not_by_its_addressee():
    a = en("Talvora Systems agreed to buy Quillon for $2 billion. According to a Quillon filing "
           "with the Federal Trade Commission, Quillon's board approved the deal unanimously.")
    assert sources(a) == ["Quillon"]


def test_a_date_inside_a_document_phrase_is_no_part_of_its_issuer():
    a = en("According to a Tamberly full-year outlook report, sales will rise 3%.")
    assert sources(a) == ["Tamberly"]


def test_a_name_with_a_person_s_role_in_apposition_is_a_person():
    # (NER calls "Helen Park" a facility)
    a = en('The deal needs approval. Helen Park, an analyst at Tiller Securities, said regulators '
           'could take months. "It is a coin toss," she said.')
    assert sources(a) == ["Helen Park"]


def test_an_organisation_s_short_name_that_ner_calls_a_person_is_the_organisation():
    for name in ("Kessel", "Dornell"):
        a = en(f"{name} Foods said Monday that its profit fell 9%. In its annual report, {name} "
               "disclosed that it had hired advisers to sell its snack unit. Mira Olsen of Beacon "
               f"Securities said a sale would let {name} focus on frozen meals. \"The unit is a "
               'distraction," she wrote in a note to clients.')
        assert sources(a) == [f"{name} Foods", "Mira Olsen"], name
        assert named(a) == 2


def test_confirming_a_person_is_an_appointment_not_a_statement():
    a = en("Lena Ortiz, a former utility executive, was confirmed by the Senate in 2024 by a vote "
           "of 61-38.")
    assert named(a) == 0
    assert named(en("The Senate confirmed Lena Ortiz on Tuesday.")) == 0
    assert named(en("The Senate confirmed that the vote would be held Friday.")) == 1


def test_a_court_ruling_that_is_the_court_s_word():
    a = en("The state Supreme Court on Friday struck down the new tax law, ruling 4-3 that it "
           "violated the state constitution.")
    assert named(a) == 1
    assert named(en("The appeals court ruled that the ban was unlawful.")) == 1
    assert named(en("Queen Adela ruled the island for forty years.")) == 0


def test_an_institution_s_documents_are_the_named_institution_s():
    a = en("The Marlow County Water Authority board voted on Monday to raise rates. According "
           "to the authority's budget documents, demand has fallen 6%.")
    assert sources(a) == ["Marlow County Water Authority"]
    b = en("The Marlow County Water Authority board voted on Monday to raise rates. The "
           "authority said demand had fallen 6%.")
    assert sources(b) == ["Marlow County Water Authority"]


def test_a_participle_of_a_verb_under_a_modal_is_speech_to_come():
    a = en("Harlan Teachers Union president Joan Pike said the union would file a grievance over "
           "the cuts, arguing that the district had broken its contract.")
    assert sources(a) == ["Joan Pike"]
    b = en("The union filed a grievance over the cuts, arguing that the district had broken its "
           "contract.")
    assert named(b) == 1


def test_a_document_released_by_a_named_body_is_that_body_s():
    a = en("Rents rose 40% over a decade, according to a study released Monday by the Brookvale "
           "University Center for Housing Research.")
    assert named(a) == 1
    assert a.values["anonymous_sources"] == 0
    b = en("According to a report published by a local charity, rents rose 40%.")
    assert named(b) == 0
    assert b.values["anonymous_sources"] == 1


def test_a_group_that_cautions_that_is_a_source():
    assert en("Some economists caution that the rebound may not last.").values[
        "anonymous_sources"] == 1
    assert en("Drivers should proceed with caution on the bridge.").values[
        "anonymous_sources"] == 0


def test_a_view_inside_a_source_s_account_is_the_source_s():
    a = en("According to a source close to the band, Mara recently learned that her brother had "
           "signed a separate deal with the label.")
    assert named(a) == 0
    assert a.values["anonymous_sources"] == 1
    assert named(en("Mara recently learned that her brother had signed a separate deal with the "
                    "label.")) == 1
