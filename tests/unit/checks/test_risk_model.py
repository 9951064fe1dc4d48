"""The learned risk-intent model: loading, exact and repeatable scores, explanations, the
dedupe against the rules, and what it warns on. Sentences written for these tests, not
taken from any corpus."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

import pytest

from desktopapp.checks import risk_model, risk_model_check
from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity

ROOT = Path(__file__).resolve().parents[3]


def model_warnings(text: str) -> list[CheckWarning]:
    return risk_model_check.check(text, CheckContext())


def test_the_shipped_model_loads_with_a_code_and_a_threshold_for_every_kind() -> None:
    model = risk_model.load()
    assert set(model.kinds) == set(risk_model_check.KINDS) | risk_model_check.SILENT
    assert len(model.packed) > 10_000
    assert all(-20 < t < 50 for t in model.threshold)
    assert len(model.bias) == len(model.scale) == len(model.threshold) == len(model.kinds)


def test_a_score_is_the_bias_plus_the_weights_of_the_texts_ngrams() -> None:
    """The packed sum unpacks to exactly what the n-grams' own weights add up to."""
    model = risk_model.load()
    text = "A friend who works there says the whole branch shuts next month."
    scores = model.scores(text)
    for k in range(len(model.kinds)):
        expected = model.bias[k] + sum(model.contributions(text, k).values())
        assert scores[k] == pytest.approx(expected, abs=1e-9)


def test_a_small_model_written_and_read_scores_by_hand() -> None:
    header = {"kinds": ["a", "b"], "bias": [-1.0, 0.5], "scale": [0.5, 0.25],
              "threshold": [0.0, 0.0], "word_range": [1, 1], "char_range": [2, 2]}
    rows = [("w:storm", [4, -2]), ("w:sale", [3, 127]), ("c:zz", [-128, 0])]
    blob = risk_model.write(header, rows)
    assert blob == risk_model.write(header, rows)  # byte for byte
    model = risk_model.read(blob)
    assert model.scores("storm sale") == (-1.0 + 0.5 * 7, 0.5 + 0.25 * 125)
    assert model.scores("nothing known") == (-1.0, 0.5)
    assert model.weight(next(iter(risk_model.char_keys(["zz"]))), 0) == -64.0


def test_scores_repeat_exactly() -> None:
    model = risk_model.load()
    text = "Word is the mayor has been taking money from the builders for years."
    assert model.scores(text) == model.scores(text)
    assert risk_model.unit_scores(model, text + " Thanks all.") == \
        risk_model.unit_scores(model, text + " Thanks all.")


@pytest.mark.parametrize(("text", "code"), [
    ("Three killed in the crash on the bypass. Congrats to the survivors, drinks are on me "
     "lol", "risk.sensitive-judgement"),
    ("Those rioters deserved every baton they got, should have been rougher tbh.",
     "risk.endorses-violence"),
    ("We are about to announce we are buying our biggest rival, keep it quiet until the deal "
     "closes, the share price will fly.", "risk.market-sensitive"),
])
def test_risky_intent_warns_with_the_kinds_code_and_names_its_words(text: str, code: str) -> None:
    found = [w for w in model_warnings(text) if w.code == code]
    assert found, model_warnings(text)
    warning = found[0]
    assert warning.severity is Severity.CAUTION
    assert warning.checker == risk_model_check.NAME
    assert warning.category is risk_model_check.KINDS[
        next(k for k, v in risk_model_check.KINDS.items() if v[0] == code)][1]
    assert warning.message.startswith("Reads like ")
    named = warning.message.split("(driven by: ")[1].split(")")[0]
    words = [w.strip("“”") for w in named.split(", ")]
    assert 1 <= len(words) <= 3
    # named as the post writes them, or normalised where it spells them otherwise
    assert all(w in text[warning.start:warning.end]
               or w in risk_model.normalise(text[warning.start:warning.end]) for w in words)


@pytest.mark.parametrize("text", [
    "We had a lovely walk by the river today and the dog found a stick twice his size.",
    "Our new spring menu launches on Friday with three vegan dishes and a rhubarb tart.",
    "Thanks to the volunteers who cleared the beach after the storm, you are brilliant.",
    "Reminder: the office is closed on Monday for the bank holiday.",
    "The film's ending where the whole crew dies had me in tears.",
    "Quarterly results will be published on our investor page on 14 March.",
    "I heard the new cafe on Bridge Street does the best cinnamon buns, must try.",
    "Our hearts go out to everyone affected by the floods; the shop is closed while we help.",
])
def test_near_misses_get_no_model_warning(text: str) -> None:
    assert model_warnings(text) == []


def test_the_span_is_the_sentence_that_drives_it() -> None:
    calm = "We spent the weekend painting the fence. "
    risky = ("Three killed in the crash on the bypass, congrats to the survivors, drinks are "
             "on me lol")
    found = [w for w in model_warnings(calm + risky) if w.code == "risk.sensitive-judgement"]
    assert found and (found[0].start, found[0].end) == (len(calm), len(calm) + len(risky))


def _warning(code: str, start: int, end: int, checker: str) -> CheckWarning:
    return CheckWarning(code, Category.RISK, Severity.CAUTION, start, end, "m", (), checker)


def test_a_rule_on_the_same_code_and_span_replaces_the_models_warning() -> None:
    rule = _warning("risk.market-sensitive", 0, 10, "risk")
    model_same = _warning("risk.market-sensitive", 5, 40, risk_model_check.NAME)
    model_elsewhere = _warning("risk.market-sensitive", 50, 60, risk_model_check.NAME)
    model_other_code = _warning("risk.rumour", 0, 40, risk_model_check.NAME)
    kept = risk_model_check.without_repeats([rule, model_same, model_elsewhere,
                                             model_other_code])
    assert kept == [rule, model_elsewhere, model_other_code]


def test_a_rules_hearsay_on_the_claim_replaces_the_models_rumour_there_only() -> None:
    def warning(code: str, start: int, end: int, checker: str) -> CheckWarning:
        return CheckWarning(code, Category.RISK, Severity.CAUTION, start, end, "m", (), checker)

    hearsay = warning("risk.hearsay", 0, 11, "risk")
    model_rumour = warning("risk.rumour", 0, 80, risk_model_check.NAME)
    model_rumour_elsewhere = warning("risk.rumour", 90, 120, risk_model_check.NAME)
    # the other way round is no repeat: the model's hearsay is silent, and a rule's rumour
    # does not stand in for the model's confidential warning
    model_confidential = warning("risk.confidential", 0, 80, risk_model_check.NAME)
    kept = risk_model_check.without_repeats([hearsay, model_rumour, model_rumour_elsewhere,
                                             model_confidential])
    assert kept == [hearsay, model_rumour_elsewhere, model_confidential]


def test_the_engine_shows_the_rules_warning_not_a_second_one_from_the_model() -> None:
    text = ("Three killed in the crash on the bypass. Congrats to the survivors, drinks are on "
            "me lol")
    assert any(w.code == "risk.sensitive-judgement" for w in model_warnings(text))
    report = CheckEngine().check(text, CheckContext(), grammar=False)
    ruled = [w for w in report.warnings if w.code == "risk.sensitive-judgement"]
    assert ruled and all(w.checker != risk_model_check.NAME for w in ruled)


def test_good_news_heard_second_hand_is_left_to_the_rules() -> None:
    text = "My cousin who works at the bakery says the new rye loaf is amazing."
    assert model_warnings(text) == []


def test_the_shipped_file_is_what_make_train_risk_recorded_on_the_data_it_names() -> None:
    """Retraining takes minutes, so the test checks what training recorded: the shipped
    file's checksum, and the digest of the training posts, which must still be the posts
    in the repository (retrain with `make train-risk` when they change)."""
    from tools.risk import training

    blob = (resources.files("desktopapp.resources") / "models" / risk_model.MODEL_FILE
            ).read_bytes()
    recorded = (ROOT / "tools" / "risk" / "model.sha256").read_text().split()[0]
    assert hashlib.sha256(blob).hexdigest() == recorded
    header = risk_model.header(blob)
    posts = training.examples(ROOT.parent / "shared" / "data" / "tweeteval")
    assert header["data_sha256"] == training.data_digest(posts)
