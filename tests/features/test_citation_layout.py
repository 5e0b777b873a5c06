"""The modules of training/features/citation import one another in one direction only, as the
package docstring says, so that none of them can come to need attribution.py."""

import ast
from pathlib import Path

CITATION = Path(__file__).resolve().parents[2] / "training" / "features" / "citation"
# Each module may import only modules after it (training.features.citation.__init__).
ORDER = ["verb_cues", "preposition_cues", "noun_cues", "punctuation_cues", "reported_content",
         "clause_subjects", "speakers", "surface_subjects", "source_typing", "roles", "mentions",
         "verb_groups", "noun_phrases", "quotes"]


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.module.split(".")[0] if node.level == 1 else f"..{node.module}"
            for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level}


def test_every_module_is_in_the_order():
    assert sorted(ORDER) == sorted(p.stem for p in CITATION.glob("*.py") if p.stem != "__init__")


def test_modules_import_only_the_modules_after_them():
    for i, name in enumerate(ORDER):
        imported = _imported(CITATION / f"{name}.py")
        siblings = {module for module in imported if not module.startswith("..")}
        assert siblings <= set(ORDER[i + 1:]), (name, siblings - set(ORDER[i + 1:]))
        assert "..attribution" not in imported, name
