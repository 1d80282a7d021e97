import pytest

from twinning.search import selectors
from twinning.search.tests.corpus import QUERIES
from twinning.search.tests.test_quality import _index_corpus


@pytest.mark.django_db
def test_debug(city_names):
    _index_corpus()
    import os

    for q in os.environ["QS"].split("|"):
        r = selectors.search(q)
        print("\n##", q, r.total, r.query.to_fts5())
        for h in r.results:
            print(
                f"  {h.object_id} {QUERIES.get(q, {}).get(h.object_id, 0)} {h.score:.3f} {h.title}"
            )
