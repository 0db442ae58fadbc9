"""A real PostgreSQL 15 + PostGIS 3 server for the archive's tests (tools/throwaway_pg.py): one
throw-away cluster per test session, a fresh database per test copied from a template that holds
an initialised archive. Skipped with the install line only where the server is not installed; under
CI (CI set) a missing server fails instead, so CI never passes without running these."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import throwaway_pg  # noqa: E402

from junior_planner.services import archive  # noqa: E402

_names = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    reason = throwaway_pg.missing_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"the archive's tests need a real server under CI: {reason}")
        pytest.skip(reason)
    server = throwaway_pg.start()
    old = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(server.passfile)
    try:
        server.create_database("template_city")
        archive.init(server.url("template_city"))   # makes jp_planner and jp_facilitator
        server.add_login("ana_planner", "jp_planner")
        server.add_login("fei_facilitator", "jp_facilitator")
        yield server
    finally:
        if old is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = old
        server.stop()


@pytest.fixture(scope="session")
def lawn_bundles(tmp_path_factory):
    """The review tests' two bundles (4 proposals on the practice lawn), made once with the real
    pipeline (tests/review/helpers.py)."""
    from tests.review.helpers import make_corpus_bundles

    return make_corpus_bundles(tmp_path_factory.mktemp("archive-lawn"))


@pytest.fixture
def city(pg_server, monkeypatch):
    """A fresh archive database; returns a function url(user=None) giving its connection URL."""
    monkeypatch.setenv("PGPASSFILE", str(pg_server.passfile))
    name = f"city_{next(_names)}"
    pg_server.create_database(name, template="template_city")

    def url(user: str | None = None) -> str:
        return pg_server.url(name, user)

    return url


@pytest.fixture
def empty_db(pg_server, monkeypatch):
    """A database with no archive in it (for init and migration)."""
    monkeypatch.setenv("PGPASSFILE", str(pg_server.passfile))
    name = f"empty_{next(_names)}"
    pg_server.create_database(name)
    return pg_server.url(name)
