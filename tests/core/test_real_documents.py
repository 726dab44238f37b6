"""The content checks on applicants' real documents (../shared/realpdf), scored against the
hand labels in tests/data/realpdf-labels.tsv by bench/eval_content.py (`make eval-content`
prints every failure). Skipped where the corpus is not present; the PDFs are other people's
and are never copied into the project."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from ..conftest import SHARED_REALPDF

pytestmark = pytest.mark.skipif(not SHARED_REALPDF.is_dir(),
                                reason="../shared/realpdf is not present")


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    spec = importlib.util.spec_from_file_location(
        "eval_content", Path(__file__).resolve().parents[2] / "bench" / "eval_content.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    with pytest.MonkeyPatch.context() as patch:  # the read text is cached here, not at home
        patch.setenv("PACKETIZER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        return module.evaluate(SHARED_REALPDF, verbose=False)


def test_few_false_alarms_on_documents_attached_where_they_belong(scores):
    assert scores["documents"] >= 100
    assert scores["false_alarm_rate"] <= 0.05, json.dumps(scores)


def test_a_document_attached_to_the_wrong_item_is_caught(scores):
    assert scores["wrong_item_caught"] >= 0.90, json.dumps(scores)


def test_cv_journal_and_conference_counts(scores):
    assert scores["cvs"] >= 30
    assert scores["cv_counts_exact"] >= 0.80, json.dumps(scores)
