"""Lab cards: the bundled ones validate, bad ones fail with file, line, field, value and fix, numbers are right."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
import yaml

from torchdojo.errors import PartnerError
from torchdojo.partners import lab_paths, list_labs, load_lab, parse_card
from torchdojo.partners.card import Rule, normalize
from torchdojo.settings import BUNDLED_COURSE

LAB_IDS = [
    "first-model/lab-environment",
    "first-model/lab-architecture",
    "first-model/lab-training-loop",
    "first-model/lab-evaluation",
]
EVALUATION_CARD = BUNDLED_COURSE / "labs" / "first-model" / "lab-evaluation.yaml"


def test_bundled_course_has_the_four_first_model_labs():
    assert set(LAB_IDS) <= set(lab_paths(BUNDLED_COURSE))
    listed = [card.id for card in list_labs(BUNDLED_COURSE)]
    assert listed == sorted(listed) and set(LAB_IDS) <= set(listed)


@pytest.mark.parametrize("lab_id", LAB_IDS)
def test_bundled_card_is_complete(lab_id):
    card = load_lab(BUNDLED_COURSE, lab_id)
    assert card.min_exchanges >= 3
    assert any(point.required for point in card.rubric)
    for point in card.rubric:
        assert 3 <= len(point.reference_phrasings) <= 5
        assert point.challenge.endswith("?") or "?" in point.challenge


def test_unknown_lab_names_the_closest_one():
    with pytest.raises(PartnerError, match="first-model/lab-evaluation"):
        load_lab(BUNDLED_COURSE, "first-model/lab-evalution")


def _good_card() -> dict:
    return yaml.safe_load(EVALUATION_CARD.read_text())


def _break(card: dict, dotted: str, value) -> dict:
    target = card
    parts = dotted.split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    target[parts[-1]] = value
    return card


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("min_exchanges", 2, ["min_exchanges", "2", "use 3 or more"]),
        (
            "rubric.0.reference_phrasings",
            ["only one"],
            ["rubric[0].reference_phrasings", "only one", "3 to 5"],
        ),
        ("rubric.1.keywords", ["recall + "], ["rubric[1].keywords", "empty group", "fix"]),
        ("rubric.0.id", "Has Spaces", ["rubric[0].id", "Has Spaces", "lower-case"]),
        ("persona.acknowledgements", ["no placeholder"], ["persona.acknowledgements", "{point}"]),
        ("verdict.max_exchanges", 2, ["verdict.max_exchanges", "2"]),
        ("surprise", "x", ["surprise", "'x'", "Extra inputs"]),
    ],
)
def test_bad_card_error_names_file_line_field_value_and_fix(field, value, expected):
    text = yaml.safe_dump(_break(_good_card(), field, value), sort_keys=False, allow_unicode=True)
    path = Path("labs/first-model/lab-evaluation.yaml")
    with pytest.raises(PartnerError) as error:
        parse_card(text, path)
    message = str(error.value)
    assert message.startswith(f"{path}:")
    assert message.split(":")[1].strip().isdigit(), "the line number follows the file name"
    assert "fix" in message
    for piece in expected:
        assert piece in message


def test_card_id_must_match_its_file():
    text = EVALUATION_CARD.read_text()
    with pytest.raises(PartnerError, match="set it to 'first-model/other'"):
        parse_card(text, Path("x.yaml"), expected_id="first-model/other")


def test_yaml_syntax_error_names_the_file():
    with pytest.raises(PartnerError, match="bad.yaml: not valid YAML"):
        parse_card("id: [unclosed", Path("bad.yaml"))


@pytest.mark.parametrize(
    ("rule", "sentence", "matches"),
    [
        ("zero_grad + before|first", "call zero_grad first", True),
        ("zero_grad + before|first", "call zero_grad later", False),
        ("accumulat*", "gradients accumulate", True),
        ("train()", "nobody calls model.train() again", True),
        ("0.29", "precision is 0.29", True),
        ("0.29", "precision is 10.29", False),
        ("0.05", "f1 is 0.054", False),
        ("backward > zero_grad > step", "loss.backward() then zero_grad() then step()", True),
        ("zero_grad > backward", "backward() then zero_grad()", False),
        ("don't", "i don\u2019t think so", True),
    ],
)
def test_rule_syntax(rule, sentence, matches):
    assert Rule(rule).matches(normalize(sentence)) is matches


def test_evaluation_numbers_are_computed_not_copied():
    tp, fp, fn, tn = 18, 45, 582, 9355
    total = tp + fp + fn + tn
    assert total == 10_000 and tp + fn == 600
    accuracy = Fraction(tp + tn, total)
    precision, recall = Fraction(tp, tp + fp), Fraction(tp, tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert accuracy == Fraction(9373, 10_000)
    assert precision == Fraction(2, 7) and recall == Fraction(3, 100)
    always_no = Fraction(tn + fp, total)  # a model that never predicts a default
    assert always_no == Fraction(94, 100) and always_no > accuracy
    text = EVALUATION_CARD.read_text()
    for shown in (
        f"{float(accuracy) * 100:.2f} %",
        f"{float(precision):.2f}",
        f"{float(precision):.3f}",
        f"{float(recall):.2f}",
        f"{float(f1):.3f}",
        f"{float(always_no) * 100:.1f} %",
        f"{float(precision + recall) / 2:.2f}",  # the wrong, arithmetic-mean F1 the card corrects
    ):
        assert shown in text, f"{shown} should appear in the card"
