"""Articles and checks shared by the service tests."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from service.extensions import JSONFormatter

FRENCH = (
    "Le ministre de l'Intérieur, Gérald Darmanin, a annoncé mercredi un renfort de 200 "
    "policiers à Marseille. « Nous ne laisserons pas la ville aux trafiquants », a-t-il "
    "déclaré lors d'une conférence de presse. Selon une source policière, les effectifs "
    "seraient pourtant en baisse depuis deux ans. La mairie n'a pas répondu à nos "
    "sollicitations, tandis que le syndicat Alliance dément tout manque de moyens."
)
FRENCH_TITLE = "Marseille : Gérald Darmanin promet 200 policiers"

ENGLISH = (
    "The health secretary, Wes Streeting, announced on Wednesday that 200 new doctors would "
    "be posted to Cornwall. \"We will not leave rural patients behind,\" he told reporters in "
    "Truro. According to a senior NHS official, staffing may still fall this year. The local "
    "trust did not respond to requests for comment, and the British Medical Association denied "
    "that training places had been cut."
)

GERMAN = (
    "Der Bundesminister des Innern hat am Mittwoch angekündigt, dass zweihundert zusätzliche "
    "Polizisten nach Hamburg geschickt werden. Nach Angaben der Gewerkschaft fehlen jedoch "
    "weiterhin viele Stellen, und die Stadtverwaltung wollte sich nicht dazu äußern."
)

HTML = (
    "<!doctype html><html><head><title>ignored</title>"
    "<style>p { color: red } .selon { display: none }</style>"
    "<script>var leak = 'selon une source anonyme, a déclaré le porte-parole';</script>"
    "</head><body><nav><a href='/'>Accueil</a></nav><article><h1>Réforme des retraites</h1>"
    "<p>Selon la Première ministre, Élisabeth Borne, la réforme sera votée avant l'été, "
    "a-t-elle déclaré lundi devant les députés.</p>"
    "<p>« Nous irons jusqu'au bout », a-t-elle ajouté. Les syndicats, eux, préparent une "
    "nouvelle journée de mobilisation, selon la CGT.</p>"
    "<script>document.write('un haut fonctionnaire aurait démenti')</script>"
    "</article><footer>© Le Journal</footer></body></html>"
)


def logit(probability: float) -> float:
    return math.log(probability) - math.log1p(-probability)


def identity_gap(answer: Mapping[str, Any]) -> float:
    total = answer["base_value"] + math.fsum(f["contribution"] for f in answer["features"])
    return abs(total - logit(answer["score"]))


def assert_evidence_slices(answer: Mapping[str, Any], request: Mapping[str, Any]) -> int:
    """Every span slices its own text out of the text it indexes; returns how many spans."""
    sources = {"text": answer.get("text", request.get("text")), "title": request.get("title")}
    count = 0
    for feature in answer["features"]:
        for span in feature["evidence"]:
            source = sources[span.get("field", "text")]
            assert source is not None, span
            assert source[span["start"]:span["end"]] == span["text"], span
            count += 1
    return count


def error_envelope(response) -> dict[str, Any]:
    """The flask-smorest error body, checked for shape; never HTML, never a traceback."""
    assert response.mimetype == "application/json", response.get_data(as_text=True)[:200]
    body = response.get_json()
    assert set(body) <= {"code", "status", "message", "errors"}, body
    assert body["code"] == response.status_code
    assert isinstance(body["status"], str) and body["status"]
    assert isinstance(body["message"], str) and body["message"]
    assert "Traceback" not in response.get_data(as_text=True)
    assert response.headers.get("X-Request-ID")
    assert response.headers.get("X-Model-Version")
    return body


class _ListHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(JSONFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def captured_logs() -> Iterator[list[dict[str, Any]]]:
    """The service's JSON log lines (parsed) emitted inside the block.

    The service logger does not propagate (its lines are JSON on stderr), so pytest's caplog
    does not see it; a handler on it does.
    """
    logger = logging.getLogger("service")
    handler = _ListHandler()
    logger.addHandler(handler)
    parsed: list[dict[str, Any]] = []
    try:
        yield parsed
    finally:
        logger.removeHandler(handler)
        parsed.extend(json.loads(line) for line in handler.lines)


def raw_log_text(entries: list[dict[str, Any]]) -> str:
    return "\n".join(json.dumps(entry, ensure_ascii=False) for entry in entries)
