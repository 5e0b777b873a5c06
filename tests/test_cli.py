"""The command line: JSON lines out, one-line errors with exit status 2."""

import json
import subprocess
import sys


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "training", *args], capture_output=True,
                          text=True, input=stdin, timeout=120)


def test_analyze_files_and_html(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>Selon la préfecture, la route serait coupée jusqu'à lundi.</p>",
                    encoding="utf-8")
    result = run("analyze", "--language", "fr", "--html", str(page))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["language"] == "fr"
    assert record["text"].startswith("Selon la préfecture")
    for item in record["evidence"]:
        assert record["text"][item["start"] : item["end"]] == item["text"]


def test_analyze_jsonl(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "The mayor said the road would reopen on Monday."}) + "\n"
        + json.dumps({"id": "b", "html": "<p>Le maire a démenti.</p>", "language": "fr"})
        + "\n",
        encoding="utf-8",
    )
    result = run("analyze", "--jsonl", str(path))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    assert records[0]["language"] == "en" and "text" not in records[0]


def test_bad_inputs_exit_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "ok ok"}\n{not json\n', encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("café".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("   ", encoding="utf-8")
    no_words = tmp_path / "emoji.txt"
    no_words.write_text("\ufeff😀😀😀 !!!", encoding="utf-8")
    cases = [
        ("analyze", "--jsonl", str(bad)),
        ("analyze", str(tmp_path / "missing.txt")),
        ("analyze", str(latin)),
        ("analyze", str(empty)),
        ("analyze", str(no_words)),
        ("analyze", "--language", "fr", str(no_words)),
        ("analyze",),
        ("nonsense",),
    ]
    for args in cases:
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr
