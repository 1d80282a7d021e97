from django.urls import path

from twinning.news.feeds import CityReleaseFeed, ReleaseFeed, TopicReleaseFeed, atom

urlpatterns = [
    path("presse/rss/", ReleaseFeed(), name="feed_rss"),
    path("presse/atom/", atom(ReleaseFeed)(), name="feed_atom"),
    path("partnerstadt/<slug:slug>/rss/", CityReleaseFeed(), name="feed_city_rss"),
    path("partnerstadt/<slug:slug>/atom/", atom(CityReleaseFeed)(), name="feed_city_atom"),
    path("thema/<slug:slug>/rss/", TopicReleaseFeed(), name="feed_topic_rss"),
    path("thema/<slug:slug>/atom/", atom(TopicReleaseFeed)(), name="feed_topic_atom"),
]
