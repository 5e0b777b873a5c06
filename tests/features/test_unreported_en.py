"""English speech that is not reported as having happened, and verbs that look like reporting
but report nothing: none of them is a source (sentences the team wrote)."""

from .helpers import analyse, spans


def en(text):
    return analyse(text, language="en")


def anonymous(a):
    return a.values["anonymous_sources"]


def named(a):
    return a.values["named_sources"]


def test_speech_under_a_modal_through_an_open_clause_is_only_possible():
    a = en("She said inspectors might begin asking hospitals to publish their waiting times.")
    assert anonymous(a) == 0
    assert "inspectors might begin asking" in spans(a, "attributions")


def test_the_same_speech_in_the_past_counts():
    a = en("Inspectors began asking hospitals to publish their waiting times.")
    assert anonymous(a) == 1


def test_critics_will_say_is_a_prediction_and_critics_said_a_source():
    assert anonymous(en("Critics will say the plan comes too late.")) == 0
    assert anonymous(en("Critics said the plan came too late.")) == 1


def test_few_dare_to_say_is_no_source():
    a = en("Many nurses agree, though few dare to say so publicly.")
    assert anonymous(a) == 0


def test_a_few_said_and_some_dared_to_say_count():
    assert anonymous(en("A few nurses said the ward was closing.")) == 1
    assert anonymous(en("Some nurses dared to say that the ward was closing.")) == 1


def test_a_belief_that_picks_out_a_group_is_no_citation():
    a = en("Tenants who believe they were overcharged can ask the housing office for a refund.")
    assert anonymous(a) == 0
    b = en("Bond prices fell, a move that surprised investors who had expected a rate cut.")
    assert anonymous(b) == 0


def test_a_belief_stated_as_a_group_s_view_counts():
    a = en("Many tenants believe that they were overcharged.")
    assert anonymous(a) == 1


def test_noticing_a_fact_is_no_citation():
    a = en("Viewers noticed that the host had deleted every photo of his former partner.")
    assert anonymous(a) == 0
    assert anonymous(en("Viewers said that the host had deleted every photo.")) == 1


def test_a_share_in_a_finding_is_the_finding_s():
    a = en("A survey found that 64% of drivers describe their commute as stressful.")
    assert "64% of drivers describe" not in spans(a, "anonymous_sources")
    assert anonymous(a) == 1  # the survey (a document with no named issuer)


def test_a_share_of_people_who_say_still_counts():
    a = en("In the survey, 64% of drivers say their commute is stressful.")
    assert anonymous(a) == 1


def test_a_question_with_no_content_is_no_source_when_the_quote_is_another_s():
    a = en(
        "When a resident asked about the delay at the meeting, Mayor Ellen Voss said the work "
        'was "on schedule."'
    )
    assert anonymous(a) == 0
    assert named(a) == 1


def test_a_question_with_its_content_counts():
    assert anonymous(en("A resident asked whether the work was on schedule.")) == 1
    assert anonymous(en('"Is it safe?" a resident asked.')) == 1


def test_an_interpretation_read_as_a_sign_counts():
    a = en(
        'A job ad posted by the firm sought "senior engineers for a live project," which some '
        "players read as a sign that the game was unfinished."
    )
    assert "some players read" in spans(a, "anonymous_sources")


def test_adding_minutes_is_no_speech():
    a = en(
        "The closure will push trucks onto Route 9, adding about 20 minutes to deliveries, "
        "company spokesman Dan Whitley said."
    )
    assert anonymous(a) == 0
    assert named(a) == 1
    b = en("The company added 500 jobs last year, Whitley said.")
    assert "The company added" not in spans(b, "named_sources")


def test_adding_what_was_said_still_counts():
    a = en('"We are working nights," Dan Whitley added.')
    assert named(a) == 1
    b = en('Dan Whitley added: "We are working nights."')
    assert named(b) == 1


def test_a_finite_verb_after_a_modal_clause_is_the_reporting_verb_s_conjunct():
    a = en(
        "The county said tenants who have not yet moved should leave now and warned that crews "
        "would cut the power."
    )
    assert anonymous(a) == 0
    assert named(a) == 1
