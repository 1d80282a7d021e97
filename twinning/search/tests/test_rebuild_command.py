import io

import pytest
from django.core.management import call_command

from twinning.search.models import SearchDocument
from twinning.search.selectors import search

pytestmark = pytest.mark.django_db


def test_rebuild_command_restores_a_lost_index(site_tree):
    site_tree.release("Radtour mit Gästen aus Charlotte")
    SearchDocument.objects.all().delete()
    assert search("Radtour").total == 0
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert "Dokumente indexiert" in out.getvalue()
    assert search("Radtour").results[0].title == "Radtour mit Gästen aus Charlotte"
