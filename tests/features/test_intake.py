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


# Nesting. The parser's cost grows with the depth of every element it opens, and the
# old "leaf blocks only" test walked each block's subtree: both quadratic in the depth.


def _max_depth(html):
    from selectolax.lexbor import LexborHTMLParser

    stack = [(LexborHTMLParser(html).root, 0)]
    deepest = 0
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            stack.append((child, depth + 1))
            child = child.next
    return deepest


@pytest.mark.parametrize("open_tag, close_tag", [("<ul><li>", "</li></ul>"),
                                                 ("<blockquote>", "</blockquote>"),
                                                 ("<div><b>", "</b></div>")])
def test_deep_nesting_is_bounded_before_parsing(open_tag, close_tag):
    from training.features.intake import MAX_DEPTH, _flatten_deep_nesting

    html = open_tag * 20_000 + "Le ministre a dit." + close_tag * 20_000
    # the parser never meets more than MAX_DEPTH counted levels (li adds one level per ul)
    assert _max_depth(_flatten_deep_nesting(html)) <= 2 * MAX_DEPTH + 10
    assert html_to_text(html) == "Le ministre a dit."


def test_nesting_within_the_bound_is_untouched():
    from training.features.intake import _flatten_deep_nesting

    html = "<div>" * 100 + "<p>A</p><script>'<div>'.repeat(999)</script>" + "</div>" * 100
    assert _flatten_deep_nesting(html * 3) == html * 3


# A drop class on a page container, or a class that is a state flag, drops nothing.


@pytest.mark.parametrize("html", [
    "<body class='single-post comments-open'><p>Le maire a démissionné lundi.</p></body>",
    "<div class='article-body social-enabled'><p>Le maire a démissionné lundi.</p></div>",
    "<article class='post has-social-share'><p>Le maire a démissionné lundi.</p></article>",
    "<main id='comments'><p>Le maire a démissionné lundi.</p></main>",
    "<div class='no-comments'><p>Le maire a démissionné lundi.</p></div>",
])
def test_state_classes_and_page_containers_keep_the_article(html):
    assert html_to_text(html) == "Le maire a démissionné lundi."


@pytest.mark.parametrize("widget", [
    "<div class='share-buttons'>Partager sur X</div>", "<div id='comments'>Bravo</div>",
    "<section class='related_posts'>Autre article</section>", "<div class='ad'>Pub</div>",
    "<div role='navigation'>Accueil</div>", "<span class='wp-caption-text'>Légende</span>",
    "<div class='entry-readmore'>Suite</div>",
    # readers' comments, a comments service, an in-read newsletter box, a sign-up box
    "<section class='article__reactions'><h2>Réactions</h2><p>Jean87 : Il aurait dû partir."
    "</p></section>",
    "<div id='disqus_thread'><p>Ce maire aurait menti</p></div>",
    "<div class='inread'><p>Newsletter « Politique » Chaque semaine. S'inscrire</p></div>",
    "<div class='signup-box'><p>Sign up for our morning newsletter</p></div>",
])
def test_widgets_are_still_dropped(widget):
    html = f"<body class='single-post comments-open'><p>Le texte.</p>{widget}</body>"
    assert html_to_text(html) == "Le texte."


# Every visible text run of the kept content, one paragraph per block.


@pytest.mark.parametrize("html, paragraphs", [
    ("<ol><li>Alpha point <b>gras</b><ul><li>Beta</li></ul> Gamma fin</li></ol>",
     ["Alpha point gras", "Beta", "Gamma fin"]),
    ("<blockquote>Texte direct du témoin. <p>Un paragraphe.</p></blockquote>",
     ["Texte direct du témoin.", "Un paragraphe."]),
    ("<p>A</p><div>B</div>", ["A", "B"]),
    ("<p>Le texte.</p><table><tr><td>Le ministère n'a pas répondu à nos sollicitations.</td>"
     "<td>Rien</td></tr></table>",
     ["Le texte.", "Le ministère n'a pas répondu à nos sollicitations.", "Rien"]),
    ("<body><p>Un.</p>Texte nu du corps.<p>Deux <a href='#'>lien</a><i>, ital</i>.</p></body>",
     ["Un.", "Texte nu du corps.", "Deux lien, ital."]),
])
def test_text_outside_leaf_blocks_is_kept(html, paragraphs):
    assert html_to_text(html).split("\n\n") == paragraphs


def test_a_non_response_in_a_table_cell_counts():
    a = analyse_html("<p>Le projet serait abandonné.</p><table><tr><td>Le ministère n'a pas "
                     "répondu à nos sollicitations.</td></tr></table>")
    assert a.values["non_response"] == 1.0


# <br> is a line break.


def test_br_is_a_line_break_and_keeps_two_sources_apart():
    html = ("<p>« Nous ne partirons pas », a affirmé le maire Jean Dupont<br>"
            "Marie Curie, son adjointe, a démenti toute démission.</p>")
    assert html_to_text(html) == (
        "« Nous ne partirons pas », a affirmé le maire Jean Dupont\n"
        "Marie Curie, son adjointe, a démenti toute démission."
    )
    sources = {e.source for e in analyse_html(html).evidence_for("named_sources")}
    assert "Jean Dupont Marie Curie" not in sources
    assert "Jean DupontMarie Curie" not in sources


# Hidden elements and "read also" links are not the article.


@pytest.mark.parametrize("hidden", [
    "<p hidden>Selon Paul Mercier, tout irait bien.</p>",
    "<div aria-hidden='true'><p>Selon Paul Mercier, tout irait bien.</p></div>",
    "<p style='color: red; display : none'>Selon Paul Mercier, tout irait bien.</p>",
    "<p><span style='visibility:hidden'>Selon Paul Mercier, tout irait bien.</span></p>",
    "<p>Lire aussi : <a href='#'>Selon Paul Mercier, tout irait bien</a></p>",
    "<p><strong>À lire aussi</strong></p>",
    "<ul><li>Read more: <a href='#'>Paul Mercier said all was well</a></li></ul>",
    "<p>Related: <a href='#'>Paul Mercier said all was well</a></p>",
    "<p>See also - Paul Mercier</p>",
    "<p>Voir aussi : le dossier</p>",
    "<p class='article__paragraph'>Lire aussi | <a href='#'>Le Sénat aurait trouvé un "
    "compromis, selon des proches du dossier</a></p>",
    "<p>Read more » <a href='#'>Paul Mercier reportedly denied it</a></p>",
    "<p>À lire aussi → <a href='#'>Le Kremlin dément</a></p>",
])
def test_hidden_elements_and_read_also_links_are_dropped(hidden):
    assert html_to_text(f"<p>Le texte.</p>{hidden}") == "Le texte."


def test_read_also_lines_are_masked_in_plain_text_but_not_sentences():
    text = "Le maire a démissionné.\nLire aussi : Selon Paul Mercier, tout irait bien\n"
    masked, ranges = mask_captions(text)
    assert len(ranges) == 1 and "Mercier" not in masked
    sentence = "Voir aussi le rapport de la Cour des comptes, a dit le maire."
    assert mask_captions(sentence) == (sentence, [])
    # the bar of a copied page ("Lire aussi | ...") is a separator too
    text = "Le maire a démissionné.\nLire aussi | Le Sénat aurait trouvé un compromis\n"
    masked, ranges = mask_captions(text)
    assert len(ranges) == 1 and "aurait" not in masked and "démissionné" in masked


# A credit marker counts only in credit position.


@pytest.mark.parametrize("line", [
    "© Shutterstock", "Photo : Julien Aubreton / Le Quotidien national", "Crédit : Paul Marc",
    "Getty Images / AFP", "(c) Reuters", "Photo: Instagram/@lemaire",
    "La place de la mairie au printemps © Nexo", "Une vue du port, Shutterstock",
    "Le port vu du ciel. Photo : Luc Ferrand / AFP", "Copyright 2026 Le Journal",
    "Le stade (Photo : Marc Roux)", "Illustration : Anne Gil / Getty Images",
    "Crédit photo : Jean Petit", "Crédits photos : Marc Roux", "Photo credit: John Smith",
])
def test_credit_lines_are_masked(line):
    sentence = "Le patron de Shutterstock a parlé de copyright."
    masked, ranges = mask_captions(f"{sentence}\n{line}\nIl part lundi.")
    assert len(ranges) == 1 and line not in masked and sentence in masked


@pytest.mark.parametrize("line", [
    "Mitch Glazier, chief executive of the RIAA, said the company had broken copyright law.",
    "Le patron de Shutterstock, Paul Hennessy, a déclaré que l'entreprise allait recruter.",
    "Getty Images said on Tuesday that it would cut 200 jobs.",
    "Les photos de Unsplash sont gratuites, a rappelé la mairie.",
    "Le crédit photo est cher : il faut payer les agences, a rappelé la mairie.",
])
def test_sentences_mentioning_credit_words_are_not_masked(line):
    assert mask_captions(line) == (line, [])


def test_a_sentence_about_a_photo_agency_is_analysed():
    a = analyse("Le patron de Shutterstock, Paul Hennessy, a déclaré que l'entreprise "
                "allait recruter.")
    assert {e.source for e in a.evidence_for("named_sources")} == {"Paul Hennessy"}


# A title printed again as a heading is analysed once, as the title.

TITLE = "Le maire aurait démissionné, selon des sources proches du dossier"
BODY = ("Le conseil municipal se réunira lundi pour élire un successeur, a indiqué la préfecture "
        "dans un communiqué.")


@pytest.mark.parametrize("document", [
    {"title": TITLE, "html": f"<h1>{TITLE}</h1><p>{BODY}</p>"},
    {"title": TITLE,
     "html": f"<p class='date'>12 mars</p><h1>  {TITLE.lower().replace(' ', '  ')} </h1>"
             f"<p>{BODY}</p>"},
    {"title": TITLE, "text": f"{TITLE}\n\n{BODY}"},
    # the site's name in a heading before the article's
    {"title": TITLE, "html": f"<header><h1>Le Courrier du Centre</h1></header>"
                             f"<article><h1>{TITLE}</h1><p>{BODY}</p></article>"},
])
def test_a_title_repeated_as_a_heading_counts_once(document):
    from training.features import analyse_document

    a = analyse_document(document, language="fr", min_words=0)
    assert a.values["anonymous_sources"] == 1.0
    assert [e.field for e in a.evidence_for("anonymous_sources")] == ["title"]
    assert a.title == TITLE and TITLE.lower() in a.text.lower()  # the body keeps its copy
    check_slices(a)
    # a heading that is not the title, or a title line that is not the first, is the body's
    for other in ({"title": TITLE, "html": f"<h1>Un autre titre</h1><p>{TITLE}.</p>"},
                  {"title": TITLE, "text": f"Un autre titre\n{TITLE}"}):
        a = analyse_document(other, language="fr", min_words=0)
        assert a.values["anonymous_sources"] == 2.0


# No letter or digit is no text; zero-width characters are spaces.


@pytest.mark.parametrize("document", [
    {"text": "😀😀😀"}, {"text": "!!! ???"}, {"text": "\u200b\u200b"}, {"text": "\ufeff"},
    {"html": "<p>😀 — !!!</p>"}, {"text": "***", "title": "Le maire a démissionné"},
])
def test_documents_without_letters_or_digits_are_empty(document):
    with pytest.raises(EmptyDocumentError):
        read_document(document)


def test_a_bom_and_zero_width_spaces_are_spaces_for_the_analysis():
    text = "\ufeffLe ministre a\u200b déclaré que la réforme serait adoptée."
    a = analyse(text)
    assert a.text == text
    assert a.evidence and all("\ufeff" not in e.text for e in a.evidence)
    check_slices(a)
