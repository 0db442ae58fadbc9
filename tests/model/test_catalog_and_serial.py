"""The catalog refuses a block of an unknown category or without names; a note keeps its block,
point and reasons through the undo history's JSON (survivors of the mutation pass's sample)."""

from __future__ import annotations

import copy
import json

import pytest

from junior_planner import resources
from junior_planner.model.catalog import Catalog, CatalogError
from junior_planner.model.entities import Annotation, new_id
from junior_planner.model.serial import annotation_from_dict, annotation_to_dict

CATALOG = json.loads(resources.model3d("catalog.json").read_text(encoding="utf-8"))


def _blocks_key():
    return next(k for k, v in CATALOG.items() if isinstance(v, list) and v and isinstance(v[0], dict) and "footprint" in v[0])


def test_a_block_of_an_unknown_category_is_refused():
    data = copy.deepcopy(CATALOG)
    data[_blocks_key()][0]["category"] = "rockets"
    with pytest.raises(CatalogError, match="unknown category 'rockets'"):
        Catalog.from_dict(data)


def test_a_block_without_names_is_refused():
    data = copy.deepcopy(CATALOG)
    del data[_blocks_key()][0]["names"]
    with pytest.raises(CatalogError):
        Catalog.from_dict(data)
    assert len(Catalog.from_dict(CATALOG)) == len(CATALOG[_blocks_key()])  # the real one loads


@pytest.mark.parametrize("anchor", [{"block_uuid": "b-1"}, {"point": (1.5, -2.0, 0.25)}])
def test_a_note_survives_its_json_whole(anchor):
    note = Annotation(uuid=new_id(), sticker="idea", reasons=("more-shade", "sports"), text="shade please",
                      author="p-1", created_at="2026-12-04T10:00:00Z", **anchor)
    again = annotation_from_dict(json.loads(json.dumps(annotation_to_dict(note))))
    assert again == note
