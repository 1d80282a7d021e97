"""Page throughput for `make bench`: real servers, wrk load, the anchors (bakerydemo, nginx).

`twinning.benchmarks` is the entry point; the modules here start and stop servers
(`servers`), drive and read wrk (`load`), stand up Wagtail's demo site (`anchor`), measure one
page in-process (`probe`) and print the tables (`report`).
"""
