"""Text intake: HTML to visible text, captions and credits never count, offsets hold."""

import pytest

from training.features import EmptyDocumentError, InputError
from training.features.intake import html_to_text, mask_captions, read_document

from .helpers import analyse, check_slices

PAGE = """<html><head><title>t</title><style>p {color: red}</style>
<script>var selon = "Selon Jean Valmont, tout va bien";</script></head><body>
<nav><a href="/">Accueil</a> <a href="/politique">Politique</a></nav>
<h1>Le port de Brest va s'agrandir</h1>
<figure><img src="a.jpg">
<figcaption>Le port vu du ciel. Photo : Luc Ferrand / AFP</figcaption></figure>
<p>Les travaux dureraient trois ans, <b>selon la préfecture</b>.</p>
<blockquote><p>« Nous attendons ce projet depuis dix ans », a déclaré Anne Riou.</p></blockquote>
<aside>À lire aussi : selon Paul Mercier, la pêche serait menacée</aside>
<div class="share-buttons">Partager sur Facebook</div>
<ul><li>Coût : 40 millions d'euros</li></ul>
</body></html>"""


def test_html_keeps_article_blocks_and_drops_the_rest():
    text = html_to_text(PAGE)
    assert text.split("\n\n") == [
        "Le port de Brest va s'agrandir",
        "Les travaux dureraient trois ans, selon la préfecture.",
        "« Nous attendons ce projet depuis dix ans », a déclaré Anne Riou.",
        "Coût : 40 millions d'euros",
    ]


def test_html_evidence_indexes_the_returned_text():
    a = analyse_html(PAGE)
    assert a.from_html
    names = {e.source for e in a.evidence_for("named_sources")}
    assert names == {"préfecture", "Anne Riou"}
    check_slices(a)


def analyse_html(html):
    from training.features import analyse_document

    return analyse_document({"html": html}, language="fr", min_words=0)


def test_credit_lines_and_repeated_captions_are_masked():
    text = (
        "Le maire a démissionné.\n\nUne vue de la mairie © Shutterstock\n"
        "Une vue de la mairie © Shutterstock\n\nPhoto : Marc Olivier / AFP\n\n"
        "Selon Claire Dubois, adjointe, il serait parti en Espagne."
    )
    masked, ranges = mask_captions(text)
    assert len(masked) == len(text)
    assert "Shutterstock" not in masked and "AFP" not in masked
    assert len(ranges) == 3
    a = analyse(text)
    assert a.text == text  # plain text comes back unchanged
    assert {e.source for e in a.evidence_for("named_sources")} == {"Claire Dubois"}


def test_a_repeated_caption_without_credit_counts_once():
    text = "Le quai sous la pluie\nLe quai sous la pluie\n\nLe port a rouvert mardi."
    masked, ranges = mask_captions(text)
    assert masked.count("Le quai sous la pluie") == 1


@pytest.mark.parametrize(
    "document",
    [{}, {"text": "a", "html": "<p>a</p>"}, {"text": 3}, {"html": None}, 42],
)
def test_bad_documents_raise_input_error(document):
    with pytest.raises(InputError):
        read_document(document)


@pytest.mark.parametrize("document", [{"text": "   \n "}, {"html": "<script>x()</script>"}])
def test_empty_documents(document):
    with pytest.raises(EmptyDocumentError):
        read_document(document)


def test_title_is_analysed_with_its_own_offsets():
    a = analyse("Le projet a été confirmé lundi.", title="Le maire aurait menti, selon Le Monde")
    title_items = [e for e in a.evidence if e.field == "title"]
    assert {e.feature for e in title_items} >= {"conditional_density", "named_sources"}
    check_slices(a)
