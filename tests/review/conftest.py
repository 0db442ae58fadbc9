from __future__ import annotations

import pytest

from tests.review.helpers import make_corpus_bundles


@pytest.fixture(scope="session")
def corpus_bundles(tmp_path_factory):
    """Two bundles (4 proposals) made once per session with the real pipeline."""
    return make_corpus_bundles(tmp_path_factory.mktemp("review-corpus"))
