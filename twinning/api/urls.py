from django.urls import path

from twinning.api.api import api

urlpatterns = [path("v1/", api.urls)]
