"""English: same features, names and evidence as French, from en.toml and en_core_web_sm."""

from .helpers import analyse, check_slices, spans


def en(text):
    return analyse(text, language="en")


def test_future_in_the_past_would_is_not_a_hedge():
    a = en("The company said on Tuesday that 1,700 jobs would be affected by the closure.")
    assert spans(a, "conditional_density") == []


def test_hedges_are_counted():
    a = en("The mayor reportedly met the developer twice, and the deal may collapse.")
    assert spans(a, "conditional_density") == ["reportedly", "may"]


def test_ability_could_is_not_a_hedge():
    a = en("She could not attend the meeting on Friday.")
    assert spans(a, "conditional_density") == []


def test_according_to_a_person_merges_with_surname_and_pronoun():
    a = en(
        "According to Governor Janet Miles, the bridge will reopen in May. "
        "Miles added that repairs cost $4 million. She said the state would pay."
    )
    assert a.values["named_sources"] == 1
    assert len(a.evidence_for("named_sources")) == 3
    check_slices(a)


def test_according_to_a_document_is_not_a_named_source():
    a = en("According to the report, emissions rose by 4 percent last year.")
    assert a.values["named_sources"] == 0


def test_dash_attribution():
    a = en("Prices will rise again next month - Commissioner Ray Alvarez")
    assert a.values["named_sources"] == 1
    assert a.evidence_for("named_sources")[0].type == "person"


def test_a_pull_quote_signed_after_a_dash():
    a = en(
        "The council approved the budget on Monday.\n\n"
        "\"We froze hiring. We had no other choice.\" - Dana Whitfield, county treasurer"
    )
    assert a.values["named_sources"] == 1
    (item,) = a.evidence_for("named_sources")
    assert item.type == "person" and "Dana Whitfield" in item.text


def test_a_demonym_is_an_unnamed_source():
    a = en("A Frenchman said the talks had failed after midnight.")
    assert a.values["named_sources"] == 0
    assert a.values["anonymous_sources"] == 1


def test_someone_described_by_a_name_is_not_that_name():
    a = en("A friend of Jessica Moore said the couple had split months ago.")
    assert a.values["named_sources"] == 0
    assert a.values["anonymous_sources"] == 1


def test_a_negated_reporting_verb_cites_no_one():
    a = en("Plant manager Dana Price did not say whether the line would reopen in May.")
    assert a.values["named_sources"] == 0
    assert en("Dana Price said she did not know when the line would reopen.").values[
        "named_sources"] == 1


def test_hearsay_adverbs_cite_no_one():
    a = en("Council member Ray Drummond allegedly demanded a payment from the contractor.")
    assert a.values["named_sources"] == 0
    assert [e.source for e in a.evidence_for("attributions")] == ["Ray Drummond"]


def test_people_of_a_named_place_who_asked_for_anonymity_are_anonymous():
    a = en("Two physicians at St. Brendan's Hospital, who spoke on condition of anonymity, "
           "said the merger was nearly done.")
    assert a.values["named_sources"] == 0
    assert a.values["anonymous_sources"] == 1


def test_speaker_in_previous_sentence():
    a = en("Governor Janet Miles toured the site on Monday. She said repairs would start soon.")
    assert a.values["named_sources"] == 1
    assert a.evidence_for("named_sources")[0].source == "Janet Miles"


def test_anonymous_sources():
    a = en(
        "People familiar with the matter said the talks had stalled. A senior official, who "
        "spoke on condition of anonymity, said the plan was dead. The tax will rise, "
        "officials said."
    )
    assert a.values["named_sources"] == 0
    assert a.values["anonymous_sources"] == 3


def test_declined_to_comment_is_not_a_denial():
    a = en("Acme Corp declined to comment on the layoffs.")
    assert a.values["non_response"] == 1
    assert a.values["denial"] == 0


def test_denial():
    a = en("The spokesman denied the allegations on Monday.")
    assert a.values["denial"] == 1


def test_appositive_spokesperson():
    a = en("Sarah Kim, a spokesperson for the Department of Energy, said the review was done.")
    assert a.values["named_sources"] == 1
    assert a.evidence_for("named_sources")[0].source == "Sarah Kim"


def test_asked_participle_is_not_a_source_of_its_own():
    a = en(
        "The board approved the budget on Monday. Asked about the cuts, hospital spokesperson "
        "Jill Carver said no decision had been made."
    )
    assert a.values["named_sources"] == 1
    assert [e.source for e in a.evidence_for("named_sources")] == ["Jill Carver"]
    assert a.values["anonymous_sources"] == 0
    assert a.evidence_for("attributions") == []


def test_rejecting_a_notion_is_a_denial_but_a_dismissed_coach_is_not():
    a = en("At a town hall on Monday, the senator flatly rejected the notion that she had "
           "known about the payments.")
    assert a.values["denial"] == 1
    assert [e.text for e in a.evidence_for("denial")] == ["flatly rejected the notion"]
    b = en("The coach was dismissed after the season, and the club rejected the offer from "
           "the city on Monday afternoon.")
    assert b.values["denial"] == 0


def test_anonymous_phrases_start_at_a_word():
    from training.features.lexicon import load_lexicon

    patterns = load_lexicon("en").anonymous_patterns
    text = "Human resources said the office would close. Sources said it would."
    assert [m.group() for m in patterns.finditer(text)] == ["Sources said"]


def test_a_quote_split_across_sentences_does_not_hide_the_speaker_between():
    # The sentence splitter ends the middle sentence after the next quotation's opening mark:
    # paired within that sentence, the two marks would enclose "Ann Howe said".
    a = en('"Do we have problems? Of course we have problems," Ann Howe said. "Everyone has '
           'them."')
    assert [e.source for e in a.evidence_for("named_sources")] == ["Ann Howe"]


def test_a_reporting_verb_inside_a_quotation_is_not_the_article_s():
    a = en('Ann Howe said on Monday: "The board met. Bob Ferris told me the plan was dead. '
           'We all agreed."')
    assert [e.source for e in a.evidence_for("named_sources")] == ["Ann Howe"]


def test_the_speaker_of_by_saying_is_the_subject_of_the_verb_above():
    a = en("Ann Howe won the debate by saying that the tax plan was rigged.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Ann Howe"]
    b = en("Though Bob Ferris was not willing to say who would run, the race was open.")
    assert [e.source for e in b.evidence_for("named_sources")] == ["Bob Ferris"]


def test_a_request_to_someone_is_speech_but_a_bare_want_is_not():
    a = en("On Monday, Ann Howe urged the council to delay the vote.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Ann Howe"]
    b = en("On Monday, Ann Howe wanted to delay the vote.")
    assert b.values["named_sources"] == 0


def test_calling_for_something_is_a_demand():
    a = en("Bob Ferris called for an inquiry into the contract.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Bob Ferris"]
    b = en("Bob Ferris called the council on Monday.")
    assert b.values["named_sources"] == 0


def test_as_reported_comments_on_the_main_clause():
    a = en("As the Daily Courier reported on Sunday, the mayor has hired a new adviser.")
    assert a.values["named_sources"] == 1
    b = en("As reported by the Daily Courier, the mayor has hired a new adviser.")
    assert b.values["named_sources"] == 1


def test_a_name_after_a_role_word_is_a_person_whatever_ner_says():
    # en_core_web_sm's NER calls "Jill Carver" an organisation here.
    a = en("Hospital spokesperson Jill Carver said no decision had been made.")
    assert [(e.source, e.type) for e in a.evidence_for("named_sources")] == [
        ("Jill Carver", "person")]


def test_a_headline_name_before_a_colon_is_the_speaker():
    a = en("Janet Miles: 'The Bridge Will Reopen In May'\n\nThe bridge closed in March.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Janet Miles"]
    b = en("Editor's Note: The bridge closed in March.")
    assert b.values["named_sources"] == 0


def test_a_headline_surname_before_a_colon_is_the_person_named_below():
    # the tagger takes a lone surname opening the title for a common noun
    a = en("Rivers: Budget Holds Despite Cuts\n\n"
           "County treasurer Dana Rivers said on Monday that the budget was balanced.")
    items = a.evidence_for("named_sources")
    assert a.values["named_sources"] == 1
    assert [(e.text, e.type) for e in items][0] == ("Rivers:", "person")


def test_a_document_that_shows_or_finds_is_a_cue_but_a_video_is_not():
    a = en("A Daily Courier poll released on Tuesday showed the mayor with a 16-point lead.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Daily Courier"]
    b = en("The audit found that the city had overspent by $2 million.")
    assert [e.text for e in b.evidence_for("attributions")] == ["The audit found"]
    c = en("The video shows the mayor at the rally, and police found the car on Monday.")
    assert c.evidence_for("attributions") == [] and c.values["named_sources"] == 0


def _sources(a) -> list[str]:
    return [e.source for e in a.evidence_for("named_sources")]


def test_a_belief_with_a_clause_cites_a_view_but_a_wish_or_an_acquaintance_does_not():
    assert _sources(en("Janet Miles fears that the plant will close next year.")) == [
        "Janet Miles"]
    assert _sources(en("Ray Alvarez knows the council will vote against the plan.")) == [
        "Ray Alvarez"]
    assert en("Janet Miles knew the owner of the plant for years.").values[
        "named_sources"] == 0
    assert en("Ray Alvarez knows how many people work at the plant.").values[
        "named_sources"] == 0
    assert en("Ray Alvarez is expected to win the race in May.").values["named_sources"] == 0
    assert en("Janet Miles would consider a new tax if the plant closed.").values[
        "named_sources"] == 0


def test_a_view_given_as_a_predicate_of_the_object():
    assert _sources(en("Senator Ray Alvarez sees the new tax as a trap for farmers.")) == [
        "Ray Alvarez"]
    assert _sources(en("Mayor Janet Miles called the plan reckless on Monday.")) == [
        "Janet Miles"]


def test_a_parenthetical_speaker_reports_the_clause_around_it():
    assert _sources(en("The deal, Janet Miles noted, was signed in May.")) == ["Janet Miles"]
    a = en('"Why would anyone build a bridge there?" Ray Alvarez asked. The river is wide.')
    assert _sources(a) == ["Ray Alvarez"]


def test_a_speaker_the_parser_left_out_is_the_noun_phrase_before_the_verb():
    a = en("The firm built the tool to help farmers, a spokeswoman, Anna Ruiz, said on "
           "Friday, and it has been used twice since then.")
    assert _sources(a) == ["Anna Ruiz"]


def test_a_share_of_people_is_a_collective_source():
    a = en("About 4 in 10 say they want a new mayor, and the rest are undecided.")
    assert [(e.text, e.type) for e in a.evidence_for("anonymous_sources")] == [
        ("About 4 in 10 say", "collective")]


def test_a_transcript_line_gives_the_speaker_by_surname_alone():
    a = en("JANET MILES: We will reopen the bridge.\n\nRAY ALVAREZ: When?\n\nMILES: In May.")
    assert [e.text for e in a.evidence if e.feature != "quotations"
            and e.text.startswith("MILES")] == ["MILES:"]
    b = en("Iowa: The bridge closed in March.")
    assert b.values["named_sources"] == 0


def test_polling_and_results_report_what_they_show():
    a = en("Exit polling showed that the mayor won most suburbs.")
    # (a document with no named issuer: an anonymous source, data/README.md)
    assert [e.text for e in a.evidence_for("anonymous_sources")] == ["Exit polling showed"]
    b = en("A Daily Courier Poll found that the mayor leads by ten points.")
    assert _sources(b) == ["Daily Courier"]


def test_a_participle_or_passive_without_agent_is_no_attribution():
    a = en("The so-called reform, a self-described compromise, was announced on Monday, and "
           "the mayor won 40 pledged delegates.")
    assert a.evidence_for("attributions") == []


def test_two_apostrophe_quotes_are_quotations():
    a = en("''We will rebuild the bridge by May,'' said Janet Miles, the mayor of Dover.")
    assert _sources(a) == ["Janet Miles"]
    b = en("''The owners want to sell the plant and move on,'' Ray Alvarez said on Monday.")
    assert [e.text for e in b.evidence if e.feature in ("named_sources", "attributions")] == [
        "Ray Alvarez said"]


def test_a_named_poll_cited_through_in():
    a = en("The mayor leads the race by 8 points in a Reuters poll released on Monday.")
    assert [e.type for e in a.evidence_for("named_sources")] == ["media"]
    b = en("The mayor leads in the polls and in New Hampshire polls, his aides said.")
    assert [e.text for e in b.evidence if e.feature in ("named_sources", "attributions",
                                                        "anonymous_sources")] == [
        "his aides said"]


def test_questions_reported_by_asking():
    a = en("Mayor Janet Miles asked the engineers whether the bridge could reopen in May.")
    assert _sources(a) == ["Janet Miles"]
    b = en("When asked by Ray Alvarez whether the bridge was safe, the mayor smiled.")
    assert _sources(b) == ["Ray Alvarez"]
    c = en("Ray Alvarez would support the plan if the council agreed to it.")
    assert c.values["named_sources"] == 0


def test_the_issuer_of_a_statement_speaks_through_it():
    a = en("Mayor Janet Miles issued a statement saying the bridge would reopen in May.")
    assert _sources(a) == ["Janet Miles"]


def test_a_surname_the_tagger_took_for_a_plural_noun_is_the_person_named_before():
    a = en("Senator Bernie Sanders toured Iowa on Monday, his aides said. Sanders said the "
           "bank should be broken up.")
    assert _sources(a) == ["Bernie Sanders"]


def test_a_wish_is_no_citation_even_with_a_quote():
    a = en('Janet Miles said on Monday that she wanted "a bridge that lasts a century."')
    assert [e.text for e in a.evidence_for("named_sources")] == ["Janet Miles said"]


def test_an_abbreviation_before_the_verb_ends_no_sentence():
    a = en("Sen. Janet Miles (D-Vt.) said the bridge would reopen in May.")
    assert _sources(a) == ["Janet Miles"]


def test_a_possessed_statement_with_its_content_cites_the_possessor():
    a = en("Mayor Janet Miles spoke on Monday, her aides said. Critics mocked Miles's claim "
           "that the bridge would reopen in May.")
    assert _sources(a) == ["Janet Miles"]
    b = en("Critics mocked Janet Miles's remarks on Monday.")
    assert b.values["named_sources"] == 0


def test_progressive_forms_of_speech_verbs():
    a = en("Janet Miles is promising voters that the bridge will reopen in May.")
    assert _sources(a) == ["Janet Miles"]


def test_a_request_through_called_on():
    a = en("Senator Janet Miles called on the governor to resign over the bridge.")
    assert _sources(a) == ["Janet Miles"]
    b = en("Ray Alvarez called on Monday to book a table for dinner.")
    assert b.values["named_sources"] == 0


def test_an_unnamed_role_is_anonymous_or_the_person_named_earlier_in_it():
    for text in ("The spokeswoman said the ferry would resume on Friday.",
                 "Prosecutors said the suspect had fled to Canada.",
                 "The official said the talks had stalled."):
        a = analyse(text, "en")
        assert a.values["named_sources"] == 0 and a.values["anonymous_sources"] == 1, text
    b = analyse("Tom Reyes, the county's sheriff, toured the levee on Monday. The sheriff said "
                "the water would recede by Friday.", "en")
    assert [(e.type, e.source) for e in b.evidence_for("named_sources")] == [
        ("person", "Tom Reyes")]
    c = analyse("A spokeswoman for Brinmark Logistics said the depot would close.", "en")
    assert [e.type for e in c.evidence_for("named_sources")] == ["organisation"]
    d = analyse("The White House said the summit would go ahead.", "en")
    assert [e.type for e in d.evidence_for("named_sources")] == ["organisation"]


def test_a_pronoun_after_an_unnamed_speaker_and_hearsay_from_one():
    a = analyse("Mayor Jane Holt opened the bridge. Several engineers reportedly argued that the "
                "design was flawed. They described the cables as too thin.", "en")
    assert a.values["named_sources"] == 0
    assert spans(a, "anonymous_sources") == ["Several engineers reportedly argued",
                                             "They described"]
    b = analyse("A nurse, who spoke on condition of anonymity, said the ward was full. She said "
                "three beds were in the corridor.", "en")
    assert b.values["named_sources"] == 0 and b.values["anonymous_sources"] == 2


def test_rumour_formulas_documents_without_issuer_and_leakers_are_anonymous():
    for text, phrase in (
            ("Word around the marina is that the ferry will stop.",
             "Word around the marina is that"),
            ("Shares of Dalvik jumped amid talk that a rival may bid.", "amid talk that"),
            ("According to court papers, the firm owed $3 million.", "According to court papers"),
            ("According to the leaker, the tablet will ship in May.", "According to the leaker")):
        a = analyse(text, "en")
        assert spans(a, "anonymous_sources") == [phrase], text
    # A document whose issuer is named or possessed is no anonymous source.
    b = analyse("According to the council's report, the bridge is unsafe.", "en")
    assert b.values["anonymous_sources"] == 0


def test_an_unnamed_source_cited_by_a_named_outlet_is_anonymous():
    a = analyse("According to Reuters, which cited two diplomats, the talks collapsed.", "en")
    assert a.values["named_sources"] == 1
    assert spans(a, "anonymous_sources") == ["two diplomats"]
    # What is cited as a reason is no source.
    b = analyse("The company cited rising energy costs for the closure.", "en")
    assert b.values["anonymous_sources"] == 0


def test_a_capitalised_first_word_before_an_unnamed_group_is_no_name():
    a = analyse("Bridge safety experts say the cables are too thin.", "en")
    assert a.values["named_sources"] == 0
    assert spans(a, "anonymous_sources") == ["Bridge safety experts say"]


def test_speech_acts_that_deride_guess_or_recall_are_cues():
    assert _sources(en("Senator Ann Price lambasted the harbour plan on Tuesday.")) == [
        "Ann Price"]
    assert _sources(en("Ray Alvarez speculated that the ferry would stop in winter.")) == [
        "Ray Alvarez"]
    assert _sources(en("Janet Miles is predicting a late thaw on the lake.")) == [
        "Janet Miles"]
    assert _sources(en("Governor Lisa Hart hinted at a second term during the fair.")) == [
        "Lisa Hart"]


def test_what_someone_is_portrayed_or_deemed_to_be():
    assert _sources(en("Mayor Tom Reilly portrayed the strike as selfish.")) == ["Tom Reilly"]
    assert _sources(en("Judge Nora Banks deemed the audit a failure.")) == ["Nora Banks"]
    assert en("Tom Reilly painted the fence on Sunday.").values["named_sources"] == 0


def test_a_participle_on_a_thing_names_no_one():
    a = en("Voters backed the harbour plan announced earlier this year. Several maps later "
           "deemed outdated were burned.")
    assert [e.text for e in a.evidence_for("attributions")] == []


def test_a_verb_in_a_comparison_cites_no_one():
    a = en("Ferry traffic grew faster than the harbour board had predicted.")
    assert a.evidence_for("attributions") == [] and a.values["named_sources"] == 0
    assert _sources(en("Janet Miles forecast a busy summer for the ferries.")) == [
        "Janet Miles"]


def _denials(text: str) -> list[str]:
    return [e.text for e in en(text).evidence_for("denial")]


def test_disputing_or_dismissing_a_claim_is_a_denial():
    assert _denials("A spokeswoman for the port disputed their account of the night.") == [
        "disputed their account"]
    assert _denials("It is a figure the harbour office strongly disputes.") == [
        "strongly disputes"]
    assert _denials("The mayor dismissed the whole quarrel as a storm in a teacup.") == [
        "dismissed the whole quarrel as"]
    assert _denials("The mayor dismissed concerns about the ferry fares.") == [
        "dismissed concerns"]
    assert _denials("Ann Price rejected Tom Reilly's latest remarks about the fares.") == [
        "rejected Tom Reilly's latest remarks"]
    assert _denials("It was an accusation rejected by the port board.") == [
        "accusation rejected by"]
    # a conflict, a sacking and a vote turn down no claim
    assert _denials("The two towns are in a dispute over fishing rights, the coach was "
                    "dismissed as manager in May, and zoning disputes with the city go on. "
                    "The plan was rejected by 60 percent of voters.") == []


def test_asking_if_is_a_question_and_reporting_a_figure_is_a_report():
    assert _sources(en("Senator Ann Price shook hands and asked voters if they meant to "
                       "vote.")) == ["Ann Price"]
    assert _sources(en("Harbour Holdings reported earnings of $3 a share on Monday.")) == [
        "Harbour Holdings"]
    assert en("Ann Price reported to the harbour master on Monday.").values[
        "named_sources"] == 0
    assert en("Tom Reilly said he would resign if the board agreed.").values[
        "named_sources"] == 1


def test_talking_about_something_is_speech_but_a_rally_or_a_plan_to_talk_is_not():
    assert _sources(en("Mayor Ann Price talked about the ferry fares on Monday.")) == [
        "Ann Price"]
    assert en("Mayor Ann Price spoke at a rally in Dover on Monday.").values[
        "named_sources"] == 0
    assert en("Tom Reilly hopes to talk about the fares with the board.").values[
        "named_sources"] == 0
    assert en("Harbour Holdings, which reported record profits, hired Ann Price.").values[
        "named_sources"] == 0


def test_a_finding_with_its_clause_and_a_share_in_percent():
    assert _sources(en("Professor Ann Price found that ferry fares rose by a third.")) == [
        "Ann Price"]
    assert en("Tom Reilly found himself short of votes, and police found the car.").values[
        "named_sources"] == 0
    a = en("On the fares, 47% say the harbour board should cut them.")
    assert [(e.text, e.type) for e in a.evidence_for("anonymous_sources")] == [
        ("47% say", "collective")]


def test_present_tense_with_a_plural_subject():
    a = en("Ferry owners concede that the fares are high.")
    assert [e.text for e in a.evidence_for("anonymous_sources")] == ["Ferry owners concede"]
    a = en("Economists estimate that the ferry carries 3,000 people a day.")
    assert [e.text for e in a.evidence_for("anonymous_sources")] == ["Economists estimate"]


def test_the_company_is_the_organisation_named_before():
    a = en(
        "Kessler Foods announced on Monday that it would close its bakery in Dayton. "
        "The company said 300 jobs would be cut. The firm added that talks would begin."
    )
    assert a.values["named_sources"] == 1
    assert {e.source for e in a.evidence_for("named_sources")} == {"Kessler Foods"}
    check_slices(a)


def test_the_company_with_no_company_named_before_stays_an_institution():
    a = en("The company said 300 jobs would be cut by the end of the year.")
    assert [(e.type, e.source) for e in a.evidence_for("named_sources")] == [
        ("organisation", "company")]


def test_the_group_after_an_acronym_that_ner_missed():
    a = en(
        "Oil prices rose on Thursday after OPEC+ agreed to extend its production cuts. "
        "The group said in a statement that the extension was needed."
    )
    assert a.values["named_sources"] == 1
    assert [e.source for e in a.evidence_for("named_sources")] == ["OPEC+"]


def test_the_central_bank_is_the_bank_named_before():
    a = en(
        "The Federal Reserve held interest rates steady on Wednesday. "
        "The central bank said inflation remained too high."
    )
    assert a.values["named_sources"] == 1
    assert {e.source for e in a.evidence_for("named_sources")} == {"The Federal Reserve"}


def test_the_paper_after_a_newspaper_is_that_newspaper():
    a = en("The Guardian reported on Monday that the deal was off. The paper said the "
           "minister had resigned.")
    assert a.values["named_sources"] == 1
    assert [e.type for e in a.evidence_for("named_sources")] == ["media", "media"]
    assert not a.evidence_for("attributions")
    # an indefinite one is a document with no named issuer
    b = en("The Guardian reported on Monday that the deal was off. A paper said the "
           "risk was low.")
    assert b.values["anonymous_sources"] == 1


def test_short_names_merge_with_the_full_name_whatever_ner_calls_them():
    a = en("The Washington Post reported on Monday that the jet had been grounded. According to "
           "the Post, inspectors found cracks. Airline spokesperson Derek Lamb said the fleet "
           "was safe. Lamb said inspections would finish on Friday. Mechanic Tiffany Lane told "
           "reporters the checks were rushed. Tiffany said she had warned managers.")
    assert a.values["named_sources"] == 3
    post = [e for e in a.evidence_for("named_sources") if "Post" in e.text]
    assert {e.source for e in post} == {"Washington Post"} and {e.type for e in post} == {"media"}


def test_a_verb_in_a_relative_clause_on_an_unnamed_speaker_is_one_source():
    a = en("One user who posted screenshots said the app had leaked data. A woman who said she "
           "saw the crash told reporters the driver fled. The unions criticised the plan and "
           "demanded talks.")
    assert a.values["anonymous_sources"] == 4  # the unions' two verbs stay two


def test_denouncing_slamming_or_touting_something_is_a_statement_about_it():
    assert _sources(en("Senator Ray Alvarez denounced the new tariff on Monday.")) == [
        "Ray Alvarez"]
    assert _sources(en("Mayor Dana Rivers touts her record on housing.")) == ["Dana Rivers"]


def test_pointing_out_or_calling_out_says_something_but_signs_pointing_to_do_not():
    assert _sources(en("Dana Rivers pointed out the cost of the bridge on Monday.")) == [
        "Dana Rivers"]
    assert _sources(en("Senator Ray Alvarez called out the mayor for the delays.")) == [
        "Ray Alvarez"]
    a = en("All signs point to a close race in the county.")
    assert a.evidence_for("attributions") == [] and a.values["anonymous_sources"] == 0


def test_expressing_repeating_or_reminding_says_something_without_a_clause():
    assert _sources(en("Mayor Dana Rivers expressed concern about the cost of the bridge.")) == [
        "Dana Rivers"]
    assert _sources(en("Senator Ray Alvarez repeated his promise to cut taxes.")) == [
        "Ray Alvarez"]
    assert _sources(en("Dana Rivers reminded voters of her record on housing.")) == [
        "Dana Rivers"]


def test_noting_something_reports_it():
    assert _sources(en("Mayor Dana Rivers noted the rise in rents across the county.")) == [
        "Dana Rivers"]
    assert en("The noted author Dana Rivers arrived on Monday.").values["named_sources"] == 0


def test_a_parenthetical_report_with_a_time_after_it():
    a = en("The store closed after the 2012 fire, the Daily Courier reported in 2015.")
    assert _sources(a) == ["the Daily Courier"]


def test_words_shouted_or_chanted_are_said():
    a = en("“Keep the clinic open!” the nurses chanted outside the county building.")
    assert [e.text for e in a.evidence_for("anonymous_sources")] == ["the nurses chanted"]


def test_a_participle_hung_on_a_noun_of_the_clause_speaks_with_its_subject():
    # The parser hangs "calling" on "point": the clause's subject speaks.
    a = en("Ann Howe has clashed with the board over the budget, at one point calling the "
           "chairman a coward.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Ann Howe"]


def test_a_participle_after_the_object_of_a_preposition_speaks_with_the_clause_subject():
    # "talking" hangs on "was"; "the radio" only ends the prepositional phrase before it.
    a = en("Ann Howe was on the radio talking about what she plans next.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Ann Howe"]


def test_a_transcript_label_in_capitals_that_opens_several_lines_is_a_speaker():
    a = en("Part of the interview follows.\n\nKIM VOSS: The vote is next week. Are you ready?"
           "\n\nORTEGA: We are ready.\n\nVOSS: And the budget?\n\nORTEGA: It will pass.")
    assert "ORTEGA" in [e.source for e in a.evidence_for("named_sources")]
    b = en("UPDATE: The vote is next week.\n\nThe council met on Monday.")
    assert b.values["named_sources"] == 0


def test_a_postposed_speaker_s_evidence_leaves_out_what_it_spoke_in():
    a = analyse("The bridge will reopen on Friday, said the county in an email to residents.",
                "en")
    (item,) = a.evidence_for("named_sources")
    assert item.text == "said the county" and item.source == "county"
