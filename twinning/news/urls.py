from django.urls import path

from twinning.news.feeds import CityReleaseFeed, ReleaseFeed, TopicReleaseFeed, atom

urlpatterns = [
    path("presse/rss/", ReleaseFeed(), name="feed_rss"),
    path("presse/atom/", atom(ReleaseFeed)(), name="feed_atom"),
    path("partnerstadt/<str:slug>/rss/", CityReleaseFeed(), name="feed_city_rss"),
    path("partnerstadt/<str:slug>/atom/", atom(CityReleaseFeed)(), name="feed_city_atom"),
    path("thema/<str:slug>/rss/", TopicReleaseFeed(), name="feed_topic_rss"),
    path("thema/<str:slug>/atom/", atom(TopicReleaseFeed)(), name="feed_topic_atom"),
]
