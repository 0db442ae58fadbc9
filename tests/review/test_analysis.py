"""The review's analysis on a small scripted corpus: exact counts, filters, heatmap cells and the
proposals behind them, sentiment per place, the plain sentence, quotes that look personal."""

from __future__ import annotations

import shutil
import time

import numpy as np
import pytest

from junior_planner.services import report, review


@pytest.fixture
def corpus(corpus_bundles):
    return review.load_bundles(corpus_bundles)


def _by_title(corpus):
    return {r.title: r for r in corpus.records}


def test_records_carry_exact_counts(corpus):
    assert len(corpus) == 4 and corpus.problems == []
    p = _by_title(corpus)
    shady = p["Shady corner"]
    assert shady.age_bands == ("6-8", "9-11")
    assert (shady.blocks, shady.annotations) == (3, 2)
    assert dict(shady.stickers) == {"love": 1, "worry": 1}
    assert dict(shady.reasons) == {"place-to-sit": 1, "more-shade": 1}
    assert shady.budget_used == 3 + 3 + 2          # two trees and a bench from the catalog
    assert shady.has_voice is False
    assert shady.indicators and all("id" in i for i in shady.indicators)
    assert p["Green"].workshop_title == "Lawn afternoon"


def test_filters(corpus):
    titles = lambda f: sorted(r.title for r in corpus.select(f))  # noqa: E731
    assert titles(review.Filter(age_band="6-8")) == ["Shady corner", "Swings 秋千"]
    assert titles(review.Filter(category="play")) == ["Green", "Swings 秋千"]
    assert titles(review.Filter(block_type="bench")) == ["More trees", "Shady corner"]
    assert titles(review.Filter(sticker="unsafe")) == ["More trees"]
    assert titles(review.Filter(text="GRANDMA")) == ["Shady corner"]
    assert titles(review.Filter(text="奶奶")) == ["Shady corner"]
    ws = _by_title(corpus)["Green"].workshop_id
    assert titles(review.Filter(workshop=ws)) == ["Green"]
    assert titles(review.Filter(site="school-gate")) == []


def test_heatmap_counts_proposals_once_per_cell_and_lists_them(corpus):
    heat = corpus.heatmap("practice-lawn", cell_m=5.0)
    assert heat.shape == (12, 12) and heat.origin == (-30.0, -30.0)
    # trees at (-8, 4), (-7, 3), (-6, 1) from three proposals share column 4, row 6
    assert heat.counts[6, 4] == 3
    assert heat.cell_of(-8.0, 4.0) == (4, 6)
    members = corpus.proposals_in_cell(heat, 4, 6)
    assert sorted(r.title for r in members) == ["Green", "More trees", "Shady corner"]
    assert corpus.proposals_in_cell(heat, 0, 0) == []
    # by blocks: every block counts, here each block sits in a cell of its own proposal once
    blocks = corpus.heatmap("practice-lawn", cell_m=5.0, by="blocks")
    assert blocks.counts.sum() == 3 + 2 + 1 + 2
    assert heat.counts.sum() <= blocks.counts.sum()


def test_heatmap_layers_and_filters(corpus):
    trees = corpus.heatmap("practice-lawn", layer=review.Layer(block_type="tree"))
    assert trees.counts.sum() == 4
    play = corpus.heatmap("practice-lawn", layer=review.Layer(category="play"))
    assert play.counts.sum() == 2
    young = corpus.heatmap("practice-lawn", review.Filter(age_band="6-8"), review.Layer(block_type="tree"))
    assert young.counts[6, 4] == 1 and young.proposals == 2
    big = corpus.heatmap("practice-lawn", cell_m=60.0)
    assert big.shape == (1, 1) and big.counts[0, 0] == 4


def test_counts_by_age_band(corpus):
    types = corpus.block_types_by_band()
    assert types["tree"] == {"6-8": 2, "9-11": 3, "12-14": 1, "15-17": 0}
    assert types["swing"] == {"6-8": 1, "9-11": 0, "12-14": 0, "15-17": 0}
    reasons = corpus.reasons_by_band()
    # a note counts for its author's band (the first of the group writes in a replay)
    assert reasons["more-shade"] == {"6-8": 0, "9-11": 2, "12-14": 1, "15-17": 0}
    assert reasons["play-together"]["6-8"] == 1
    assert corpus.participants_by_band() == {"6-8": 2, "9-11": 2, "12-14": 1, "15-17": 0}


def test_sentiment_near_the_footpath(corpus):
    moods = {m.place.name("en"): m for m in corpus.sentiment("practice-lawn")}
    path = moods["Footpath"]
    assert (path.positive, path.negative) == (0, 2)
    assert path.by_sticker["worry"] == 1 and path.by_sticker["unsafe"] == 1


def test_summary_sentence(corpus):
    sentence = corpus.summary_sentence()
    assert sentence.startswith("Children most often asked for more shade (3 of 4 proposals)")
    assert "tree (3 of 4 proposals)" in sentence
    assert "5 children" in sentence
    assert corpus.summary_sentence(review.Filter(text="nothing like this")) == "No proposals match these filters."


def test_a_damaged_bundle_is_skipped_with_one_sentence(corpus_bundles, tmp_path):
    bad = tmp_path / "bad.jpbundle"
    bad.write_bytes(b"not a zip at all")
    good = tmp_path / "a.jpbundle"
    shutil.copy(corpus_bundles[0], good)
    loaded = review.load_bundles([bad, good])
    assert len(loaded) == 3
    assert len(loaded.problems) == 1 and "bad.jpbundle" in loaded.problems[0]


def test_the_same_bundle_twice_adds_nothing(corpus_bundles):
    loaded = review.load_bundles([corpus_bundles[0], corpus_bundles[0]])
    assert len(loaded) == 3


def test_merge_of_a_worker_corpus(corpus_bundles):
    first = review.load_bundles(corpus_bundles[:1])
    second = review.Corpus()
    second.known_keys = set(first.keys())
    review.load_bundles(corpus_bundles, second)
    assert len(second) == 1
    assert first.merge(second) == 1
    heat = first.heatmap("practice-lawn")
    assert heat.counts[6, 4] == 3


def test_heatmap_filter_change_is_fast(corpus):
    """2,000 proposals' worth of blocks (copied) recompute in well under the 200 ms budget."""
    big = corpus
    reps = 500
    p = big._pending
    n = len(big.records)
    for key in p:
        p[key] = p[key] * reps
    p["b_prop"] = [i % n for i in p["b_prop"]]
    p["n_prop"] = [i % n for i in p["n_prop"]]
    big._arrays_dirty = True
    big._arrays()
    start = time.perf_counter()
    big.heatmap("practice-lawn", review.Filter(age_band="9-11"), review.Layer(category="nature"))
    assert time.perf_counter() - start < 0.2


@pytest.mark.parametrize("text", ["Tom, Anna and Lee", "王小明、李华、张伟", "call 138 0013 8000", "mail me a@b.cn"])
def test_quotes_that_look_personal_are_cut(text):
    assert report.short_quote(text) is None


@pytest.mark.parametrize("text", ["for grandma", "shade please", "I love the swings and the slide", "给奶奶坐"])
def test_ordinary_quotes_stay(text):
    assert report.short_quote(text) == text


def test_quotes_are_short():
    quote = report.short_quote("a " * 200)
    assert quote is not None and len(quote) <= report.MAX_QUOTE and quote.endswith("…")


def test_report_content(corpus):
    content = report.build_report(corpus)
    headings = [i.text for i in content.items if isinstance(i, report.Heading)]
    assert "Method" in headings and "Site: Practice lawn" in headings
    assert "Top reasons, in the children's words" in headings
    quotes = [i.text for i in content.items if isinstance(i, report.Paragraph) and i.style == "quote"]
    assert any("for grandma" in q for q in quotes)
    pictures = [i for i in content.items if isinstance(i, report.Picture)]
    assert len(pictures) == 2 * 4 and all(p.png is None for p in pictures)  # exported without pictures
    assert np.isclose(sum(i.heatmap.counts.sum() for i in content.items if isinstance(i, report.HeatmapFigure)), 8)  # distinct (proposal, cell) pairs
