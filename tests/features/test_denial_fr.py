"""Denials and non-responses are separate features; negated denials are admissions."""

from .helpers import analyse


def test_denial():
    a = analyse("Le porte-parole du gouvernement a démenti ces informations mardi soir.")
    assert a.values["denial"] == 1
    assert a.values["non_response"] == 0


def test_negated_denial_is_not_a_denial():
    a = analyse("Le maire ne dément pas avoir reçu la lettre du préfet en janvier.")
    assert a.values["denial"] == 0


def test_non_response_is_not_a_denial():
    a = analyse("Contactée, l'entreprise n'a pas répondu à nos sollicitations.")
    assert a.values["non_response"] == 1
    assert a.values["denial"] == 0


def test_rejecting_accusations_is_a_denial():
    a = analyse("L'élu rejette fermement les accusations portées contre lui.")
    assert a.values["denial"] == 1
