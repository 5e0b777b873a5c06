"""A read of the French FrameNet misses: quotation marks glued to elided words, speakers past
asides that hold a quote or a date, documents issued by someone named after an aside, and
names or roles the tagger misread."""

import pytest
from spacy.tokens import Doc

from training.features.citation.speakers import _speakers_of_verb
from training.features.lexicon import load_lexicon
from training.features.nlp import load_pipeline
from training.features.parse import parse_text

from .helpers import analyse, check_slices


def sources(analysis) -> list[tuple[str, str]]:
    return sorted({(e.source, e.type) for e in analysis.evidence_for("named_sources")})


def speakers(analysis) -> list[tuple[str, str]]:
    """(evidence text, type) of every attribution, named or not."""
    return [(e.text, e.type) for e in analysis.evidence
            if e.feature in ("named_sources", "anonymous_sources", "attributions")]


@pytest.mark.parametrize("text, tokens", [
    ("Il a dit qu'« aucune décision » n'était prise.", ["qu'", "«", "aucune"]),
    ("Il a dit qu'\"aucune décision\" n'était prise.", ["qu'", '"', "aucune"]),
    ("la notion d'«intérêt général»", ["d'", "«", "intérêt"]),
    ("lorsqu’« il » parle", ["lorsqu’", "«", "il"]),
    ("les praticiens eux-mêmes le disent", ["praticiens", "eux-mêmes", "le"]),
])
def test_an_elided_word_before_a_quotation_mark_stays_whole(text, tokens):
    words = [t.text for t in parse_text(text, load_lexicon("fr")).doc]
    start = words.index(tokens[0])
    assert words[start:start + len(tokens)] == tokens


def test_english_tokens_around_apostrophes_are_unchanged():
    words = [t.text for t in parse_text("The dogs'\" bowls, rock'n'roll.", load_lexicon("en")).doc]
    assert words == ["The", "dogs", "'", '"', "bowls", ",", "rock'n'roll", "."]


def test_a_speaker_whose_name_holds_coordinated_complements():
    a = analyse("Le ministère de l'agriculture, de la pêche et de l'alimentation rappelle, dans "
                "un communiqué, qu'« aucune dérogation ne sera accordée ».")
    (evidence,) = a.evidence_for("named_sources")
    assert evidence.text == ("Le ministère de l'agriculture, de la pêche et de l'alimentation "
                             "rappelle")
    assert evidence.source == "ministère de l'agriculture"
    check_slices(a)


def test_a_plural_noun_tagged_an_adjective_before_an_emphatic_pronoun():
    a = analyse("Le vocabulaire du métier, souvent fait de sigles, comme l'avouent les "
                "praticiens eux-mêmes, agace.")
    assert speakers(a) == [("avouent les praticiens", "collective")]


def test_what_remains_to_be_said_is_said_by_no_one():
    a = analyse("Le vocabulaire, trop souvent flou, comme l'admettent les formateurs eux-mêmes, "
                "reste à préciser. Le calendrier restera à confirmer.")
    assert [text.split()[0] for text, _ in speakers(a)] == ["admettent"]


def test_the_issuer_of_a_document_after_a_dated_aside():
    a = analyse("Les tarifs baisseront de 2 %, indique un communiqué publié, mardi 4 mars à "
                "Lyon, par le ministère de l'économie.")
    assert sources(a) == [("ministère de l'économie", "organisation")]
    a = analyse("La hausse atteindra 3 %, selon un rapport diffusé jeudi par l'Insee.")
    assert sources(a) == [("Insee", "organisation")]
    # with no issuer named the document stays unnamed
    a = analyse("La hausse atteindra 3 %, indique un communiqué publié lundi à Paris.")
    assert sources(a) == []


def test_a_period_before_a_comma_ends_no_sentence():
    a = analyse("La société Orvalis veut acquérir Delta Co., un importateur qui écoule ses "
                "machines en Corée, rapporte le quotidien Nikkei Asia dans un article de mardi.")
    assert [s for s, _ in sources(a)] == ["Nikkei Asia"]


def test_a_speaker_before_an_aside_that_quotes():
    a = analyse('Mme Claire Arnaud, député européen, soulignant "la lenteur dont souffre la '
                'justice de la République", affirme, vendredi 9 mai, dans un entretien donné à la '
                'Dépêche, qu\'"il faut tout changer".')
    assert ("Mme Claire Arnaud", "person") in sources(a)
    cues = sorted(e.text.split()[-1] for e in a.evidence_for("named_sources")
                  if e.source == "Mme Claire Arnaud")
    assert cues == ["affirme", "soulignant"]


def test_an_opening_participle_the_parser_hung_on_a_relative_clause():
    # "Commentant cette journée, qu'il a qualifiée de « réussie », M. Paul Girard, président de
    # la chambre, s'en est pris au ministre", parsed as the tagger once parsed such a sentence:
    # the participle hung on the relative clause's verb, whose subject is "il".
    rows = [  # word, head, dependency, part of speech, morphology
        ("Commentant", 7, "advcl", "VERB", "Tense=Pres|VerbForm=Part"),
        ("cette", 2, "det", "DET", ""), ("journée", 0, "obj", "NOUN", ""),
        (",", 7, "punct", "PUNCT", ""), ("qu'", 7, "dep", "PRON", "PronType=Rel"),
        ("il", 7, "nsubj", "PRON", "Person=3"),
        ("a", 7, "aux:tense", "AUX", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("qualifiée", 25, "advcl", "VERB", "Tense=Past|VerbForm=Part"),
        ("de", 10, "case", "ADP", ""), ("«", 10, "punct", "PUNCT", ""),
        ("réussie", 7, "obj", "NOUN", ""), ("»", 10, "punct", "PUNCT", ""),
        (",", 10, "punct", "PUNCT", ""), ("M.", 25, "nsubj", "NOUN", ""),
        ("Paul", 13, "flat:name", "PROPN", ""), ("Girard", 13, "flat:name", "PROPN", ""),
        (",", 13, "punct", "PUNCT", ""), ("président", 13, "appos", "NOUN", ""),
        ("de", 20, "case", "ADP", ""), ("la", 20, "det", "DET", ""),
        ("chambre", 17, "nmod", "NOUN", ""), (",", 13, "punct", "PUNCT", ""),
        ("s'", 25, "expl:comp", "PRON", "Reflex=Yes"), ("en", 25, "iobj", "PRON", ""),
        ("est", 25, "aux:tense", "AUX", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
        ("pris", 25, "ROOT", "VERB", "Tense=Past|VerbForm=Part"),
    ]
    nlp = load_pipeline("fr_core_news_sm")
    doc = Doc(nlp.vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], morphs=[r[4] for r in rows],
              sent_starts=[True] + [False] * (len(rows) - 1))
    assert [t.text for t in _speakers_of_verb(doc[0], load_lexicon("fr"))] == ["M."]


def test_an_adverbial_phrase_and_a_number_between_an_incise_and_its_subject():
    a = analyse("Manque de moyens surtout, répètent à satiété les trois experts : trop de "
                "dossiers, trop peu d'agents.")
    assert speakers(a) == [("répètent à satiété les trois experts", "collective")]


def test_a_place_s_name_leaves_its_preposition_to_the_role():
    a = analyse("« La réforme est injuste », a déclaré le maire de Lille.")
    assert sources(a) == [("Lille", "organisation")]


def test_a_role_before_an_apposed_name_and_a_noun_phrase_ending_in_an_adjective():
    a = analyse("L'affluence a profité aux commerçants. Le président de l'union commerciale, "
                "Stéphane Roux, évoque une hausse de 30 % du chiffre d'affaires.")
    assert sources(a) == [("Stéphane Roux", "person")]
    # a list of tasks: the noun phrase before the aside is no speaker
    a = analyse("La promesse est séduisante : la machine rédige les comptes rendus, trie les "
                "courriels, résume les réunions, et l'humain se consacre à l'essentiel.")
    assert speakers(a) in ([], [("résume", "unresolved")])


def test_a_light_verb_the_parser_made_an_auxiliary():
    a = analyse("Le syndicat, qui fait état de menaces contre les salariés, a porté plainte.")
    assert speakers(a) == [("Le syndicat, qui fait état", "organisation")]
    # negated, it cites no one
    a = analyse("En France, la Direction générale de l'alimentation (DGAL) n'a pas fait état "
                "d'un rappel de produits à ce stade.")
    assert a.values["named_sources"] == 0


@pytest.mark.parametrize("text, speaker", [
    ("Au total, 62 % des Français estiment que la réforme est injuste.", "62 % des Français"),
    ("Seuls 30 % des salariés déclarent avoir reçu une formation.",
     "Seuls 30 % des salariés"),
])
def test_a_share_of_people_speaks_as_a_group(text, speaker):
    a = analyse(text)
    assert speakers(a) == [(speaker + " " + text.split(speaker)[1].split()[0], "collective")]
    assert a.values["named_sources"] == 0 and a.values["anonymous_sources"] == 1


def test_a_light_verb_whose_subject_hangs_on_its_object():
    a = analyse("Plusieurs d'entre eux ont pourtant déjà fait savoir qu'ils quitteraient le "
                "conseil.")
    assert speakers(a) == [("Plusieurs d'entre eux ont pourtant déjà fait savoir", "anonymous")]


def test_a_participle_after_a_comma_speaks_with_the_clause_before():
    a = analyse("Le Crédit Agricole a porté plainte contre M. Girard, l'accusant de n'avoir pas "
                "tenu un engagement.")
    assert [(e.text.split()[-1], e.source) for e in a.evidence_for("named_sources")] == [
        ("l'accusant", "Crédit Agricole")]


def test_faire_valoir_reports_only_what_was_said():
    a = analyse("Les salariés qui sortiront du dispositif feront valoir leurs droits à une "
                "allocation. Le maire a fait valoir ses arguments devant le conseil.")
    assert speakers(a) == []
    a = analyse("Le maire a fait valoir, lundi, que la route était dangereuse.")
    assert speakers(a) == [("Le maire a fait valoir", "anonymous")]


@pytest.mark.parametrize("text, words, kind", [
    ("Les « gilets jaunes » affirment que rien n'a changé.", "gilets jaunes", "collective"),
    ("Les « zadistes » dénoncent une expulsion.", "zadistes", "collective"),
    ("Selon les « gilets jaunes », rien n'a changé.", "gilets jaunes", "collective"),
    ("Le collectif « Avenir Ferroviaire » a dénoncé la fermeture de la ligne.",
     "Avenir Ferroviaire", "organisation"),
])
def test_quoted_words_after_an_article_or_a_kind_name_a_speaker(text, words, kind):
    a = analyse(text)
    (found,) = speakers(a)
    assert words in found[0] and found[1] == kind
    if kind == "organisation":
        assert [e.source for e in a.evidence_for("named_sources")] == [words]
    check_slices(a)


def test_a_quotation_before_an_incise_stays_one():
    assert speakers(analyse("« C'est faux », affirme le maire.")) == [
        ("affirme le maire", "anonymous")]
    a = analyse("Il a qualifié le projet « absurde », affirme Le Parisien.")
    assert [e.source for e in a.evidence_for("named_sources")] == ["Le Parisien"]


@pytest.mark.parametrize("text, names", [
    ("Le quotidien « Libération » affirme que le ministre a menti. Selon l'hebdomadaire « Le "
     "Point », il le savait.", [("Le Point", "media"), ("Libération", "media")]),
    ("Selon « Le Monde », le ministre a menti.", [("Le Monde", "media")]),
    ("Le journal « Le Canard enchaîné » affirme que le ministre a menti.",
     [("Le Canard enchaîné", "media")]),
])
def test_an_outlet_named_in_quotation_marks(text, names):
    a = analyse(text)
    assert sources(a) == names
    check_slices(a)
