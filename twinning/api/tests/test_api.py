"""The JSON API as another system uses it: contract shapes, paging, filters, clear 400s."""

import datetime as dt

import pytest

from twinning.conftest import BERLIN, make_image
from twinning.news.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(site_tree):
    dunkirk = site_tree.city(
        "Dünkirchen", slug="duenkirchen", local_name="Dunkerque", exonyms="Dunkirk"
    )
    schule = Topic.objects.create(name="Schule", slug="schule")
    site_tree.release(
        "Schülergruppen aus Dünkirchen zu Gast",
        cities=[dunkirk],
        topics=[schule],
        image=make_image(credit="Stadt Krefeld"),
        published=dt.datetime(2024, 3, 12, 10, tzinfo=BERLIN),
    )
    site_tree.release("Haushalt beschlossen", published=dt.datetime(2023, 1, 5, 10, tzinfo=BERLIN))
    imported = site_tree.release(
        "Alte Meldung aus dem Archiv",
        published=dt.datetime(2019, 5, 1, 10, tzinfo=BERLIN),
        cities=[dunkirk],
    )
    imported.source_id = "alt-42"
    imported.save_revision().publish()
    return {"dunkirk": dunkirk}


def test_search_matches_contract(client, data):
    body = client.get("/api/v1/search", {"q": "Dunkerque Schüler", "limit": 5}).json()
    assert set(body) == {"total", "results"}
    assert body["total"] >= 1
    first = body["results"][0]
    assert {"title", "url", "published", "source_id", "kind"} <= set(first)
    assert first["title"] == "Schülergruppen aus Dünkirchen zu Gast"
    assert first["kind"] == "press_release"
    assert first["source_id"] is None
    assert first["url"].startswith("http://testserver/presse/")
    assert first["published"].startswith("2024-03-12")


def test_search_returns_source_id_of_imported_release(client, data):
    body = client.get("/api/v1/search", {"q": "Archiv"}).json()
    assert body["results"][0]["source_id"] == "alt-42"


@pytest.mark.parametrize(
    "params,parameter",
    [
        ({"q": "x", "limit": "viele"}, "limit"),
        ({"q": "x", "limit": 0}, "limit"),
        ({"q": "x", "limit": 1000}, "limit"),
    ],
)
def test_search_bad_parameters_get_400_naming_them(client, data, params, parameter):
    response = client.get("/api/v1/search", params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


@pytest.mark.parametrize(
    "q", ["", "   ", '"unbalanced', "(((", "' OR 1=1 --", "a" * 500, "*^:NEAR()", "!&|<->"]
)
def test_search_survives_hostile_queries(client, data, q):
    response = client.get("/api/v1/search", {"q": q})
    assert response.status_code == 200
    assert isinstance(response.json()["total"], int)


@pytest.mark.parametrize("length", [501, 10_000])
def test_over_long_query_gets_a_json_400_in_german(client, data, length):
    response = client.get("/api/v1/search", {"q": "Partnerstadt " * (length // 13 + 1)})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["parameter"] == "q"
    assert body["details"][0]["message"] == "q ist zu lang (höchstens 500 Zeichen)."


def test_search_page_keeps_over_long_queries_harmless(client, data):
    response = client.get("/suche/", {"q": "Dünkirchen " * 1000})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'maxlength="500"' in page
    assert "Dünkirchen " * 45 in page and "Dünkirchen " * 46 not in page


def test_press_releases_page_and_filter(client, data):
    body = client.get("/api/v1/press-releases/", {"page_size": 2}).json()
    assert body["total"] == 3
    assert [r["title"] for r in body["results"]] == [
        "Schülergruppen aus Dünkirchen zu Gast",
        "Haushalt beschlossen",
    ]
    assert body["next"].endswith("page=2")
    first = body["results"][0]
    assert first["image"]["credit"] == "Stadt Krefeld"
    assert first["partner_cities"][0]["slug"] == "duenkirchen"
    assert first["topics"] == ["Schule"]
    second = client.get(body["next"]).json()
    assert [r["title"] for r in second["results"]] == ["Alte Meldung aus dem Archiv"]
    by_city = client.get(
        "/api/v1/press-releases/", {"partner_city": "duenkirchen", "year": 2019}
    ).json()
    assert [r["source_id"] for r in by_city["results"]] == ["alt-42"]
    assert client.get("/api/v1/press-releases/", {"topic": "schule"}).json()["total"] == 1


def test_press_releases_changed_since_lets_another_system_sync(client, data):
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
    assert client.get("/api/v1/press-releases/", {"changed_since": future}).json()["total"] == 0
    assert (
        client.get("/api/v1/press-releases/", {"changed_since": "2000-01-01T00:00:00Z"}).json()[
            "total"
        ]
        == 3
    )


def test_changed_since_reports_unpublished_and_deleted_releases_as_tombstones(
    client, data, site_tree
):
    kept = site_tree.release("Bleibt online", image=make_image())
    withdrawn = site_tree.release("Wird zurückgezogen", image=make_image())
    withdrawn.source_id = "cms-17"
    withdrawn.save_revision().publish()
    deleted = site_tree.release("Wird gelöscht", image=make_image())
    since = dt.datetime.now(dt.UTC).isoformat()
    withdrawn.refresh_from_db()
    withdrawn.unpublish()
    deleted_id = deleted.pk
    deleted.delete()

    body = client.get("/api/v1/press-releases/", {"changed_since": since}).json()

    assert body["results"] == []
    removed = {r["id"]: r for r in body["removed"]}
    assert set(removed) == {withdrawn.pk, deleted_id}
    assert removed[withdrawn.pk]["source_id"] == "cms-17"
    assert removed[withdrawn.pk]["reason"] == "unpublished"
    assert removed[deleted_id]["reason"] == "deleted"
    assert kept.pk not in removed

    # Published again: no longer a tombstone, but a change.
    withdrawn.save_revision().publish()
    body = client.get("/api/v1/press-releases/", {"changed_since": since}).json()
    assert [r["id"] for r in body["results"]] == [withdrawn.pk]
    assert [r["id"] for r in body["removed"]] == [deleted_id]


@pytest.mark.parametrize(
    "params,parameter",
    [
        ({"page": 0}, "page"),
        ({"page_size": 500}, "page_size"),
        ({"year": "zwanzig"}, "year"),
        ({"changed_since": "gestern"}, "changed_since"),
    ],
)
def test_press_releases_bad_parameters_get_400(client, data, params, parameter):
    response = client.get("/api/v1/press-releases/", params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


def test_openapi_document_describes_the_endpoints(client):
    doc = client.get("/api/v1/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    assert "/api/v1/search" in doc["paths"]
    assert "/api/v1/press-releases/" in doc["paths"]
    params = {p["name"] for p in doc["paths"]["/api/v1/press-releases/"]["get"]["parameters"]}
    assert {"page", "page_size", "partner_city", "topic", "year", "changed_since"} <= params


def test_head_answers_like_get_without_a_body(client, site_tree):
    site_tree.release("Schüleraustausch mit Leiden")
    get = client.get("/api/v1/press-releases/")
    head = client.head("/api/v1/press-releases/")
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Type"] == get["Content-Type"] == "application/json; charset=utf-8"
    assert int(head["Content-Length"]) == len(get.content)
    search = client.head("/suche/", {"q": "Leiden"})
    assert search.status_code == 200 and search["Content-Type"].startswith("text/html")
