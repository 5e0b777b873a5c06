"""More English speakers the attribution rules used to miss, found by grouping the PolNeAR
misses by construction (sentences the team wrote, none taken from the corpus): each rule with a
sentence where the source is found and a near miss where no one, or no one else, is."""

from .test_polnear_speakers_en import speakers


def test_viewing_someone_as_an_adjective_or_a_participle_is_a_view():
    assert speakers("Voters still view Mayor Tran as far better prepared for the job.") == [
        "Voters"]
    assert speakers("Some outside analysts see the truce as driven by fear.") == [
        "Some outside analysts"]


def test_seeing_someone_as_they_do_something_is_no_view():
    assert speakers("Residents saw the mayor as he left the hall.") == []
    assert speakers("Voters saw the governor as recently as May.") == []


def test_a_belief_across_a_relative_clause_is_its_subject_s_view():
    assert speakers("The board is backing Mayor Lott, whom many residents believed was "
                    "treated unfairly by the council.") == ["many residents"]
    assert speakers("The Senate, which even the most hopeful Democrats doubt will flip in "
                    "November, votes next.") == ["even the most hopeful Democrats"]
    assert speakers("The tax, which he views as part of a bargain, is small.") == ["he"]


def test_a_belief_whose_subject_is_the_relative_or_that_has_no_clause_stays_out():
    assert speakers("Traders who had expected a cut sold their shares.") == []
    assert speakers("The major danger he sees for the plan is its cost.") == []
    assert speakers("The campaign is braced for a fight it expects to last into spring.") == []


def test_a_statement_noun_with_an_infinitive_cites_its_possessor():
    assert speakers("Voters cheered the mayor's promise to build a new bridge.") == [
        "the mayor's"]
    assert speakers("A win in Ohio would bolster Lee's claim to be the strongest rival.") == [
        "Lee's"]


def test_a_statement_noun_before_a_preposition_cites_no_one():
    assert speakers("He made his remarks to reporters on Monday.") == []
    assert speakers("Her plan to build a bridge is costly.") == []


def test_a_statement_noun_cites_the_speaker_after_from_or_by():
    assert speakers("The ministry pushed back against claims by the agency that the files "
                    "were secret.") == ["the agency"]
    assert speakers("The plan drew criticism from Senator Dana Whitfield.") == [
        "Senator Dana Whitfield"]


def test_a_call_from_someone_without_its_demand_or_a_date_after_from_is_no_statement():
    assert speakers("The office received a call from the hospital.") == []
    assert speakers("He kept the remarks from 2015 in a drawer.") == []


def test_a_headline_full_name_that_the_text_names_is_the_speaker():
    text = ("Lena Marsh: 'The Record Is Open.'\n\nThe former executive Lena Marsh said on "
            "Monday that her record was open.")
    assert speakers(text)[0] == "Lena Marsh"


def test_a_headline_place_before_a_colon_is_no_speaker():
    text = "Blue Harbor: 'Rents Rise Again.'\n\nRents in Blue Harbor rose again, the council said."
    assert speakers(text) == ["the council"]


def test_the_name_after_an_incise_verb_inside_the_clause_speaks():
    assert speakers("The contrast with Lane, said Doyle and others, would be clear.") == [
        "Doyle and others"]
    assert speakers("And Lane, said Sunshine, who remains friendly with her, does not "
                    "care.") == ["Sunshine"]


def test_an_incise_with_its_subject_before_the_verb_keeps_it():
    assert speakers("The bridge, the mayor said, will reopen in May.") == ["the mayor"]
    assert speakers("The mayor, he said, will resign.") == ["he"]


def test_a_clause_after_a_relative_aside_is_no_incise():
    text = ("Aides to Gov. Tom Reed, who had a long career in Congress, said their speeches, "
            "full of jokes, would change.")
    assert speakers(text) == ["Aides to Gov. Tom Reed"]


def test_a_possessed_statement_noun_with_its_subject_cites_the_possessor():
    assert speakers("Lee's remarks about the fire drew applause.") == ["Lee's"]
    assert speakers("Senator Dana Whitfield's criticism of the plan was sharp.") == [
        "Senator Dana Whitfield's"]


def test_a_statement_noun_with_no_subject_or_a_call_of_something_cites_no_one():
    assert speakers("Lee's comments were short.") == []
    assert speakers("Lee answered his call of duty.") == []


def test_a_transcript_label_that_turns_to_the_surname_alone_is_a_speaker():
    text = ("Part of the interview follows.\n\nKATE ODUYA: Why not debate?\n\nJOEL BRENNAN: "
            "The senator does not get to decide.\n\nODUYA: And the budget?")
    assert speakers(text) == ["KATE ODUYA", "ODUYA"]  # (not the one-off JOEL BRENNAN)


def test_a_one_off_label_in_capitals_is_no_speaker():
    text = "UPDATE: The vote is next week.\n\nNOTE: The council met on Monday."
    assert speakers(text) == []


def test_a_name_before_a_statement_noun_is_its_speaker():
    assert speakers("The report renewed Republican calls for a special prosecutor.") == [
        "Republican"]
    assert speakers("The City Hall statement that the talks failed surprised no one.") == [
        "City Hall"]


def test_a_date_before_a_statement_noun_or_a_statement_to_come_cites_no_one():
    assert speakers("The Monday statement that the talks failed surprised no one.") == []
    assert speakers("The governor's statement to be released Monday is long.") == []


def test_praise_a_message_or_tweets_are_statements_of_their_speaker():
    assert speakers("The plan drew praise from the union.") == ["the union"]
    assert speakers("Voters liked the senator's message of lower taxes.") == ["the senator's"]
    assert speakers("Lee's tweets about the fire were deleted.") == ["Lee's"]


def test_a_request_for_comment_or_a_threat_is_no_statement_of_the_one_named():
    assert speakers("The paper sent a request for comment from the mayor.") == []
    assert speakers("The city faces threats from Russia.") == []
