"""Reading wrk's report: the figures `make bench` prints come from these lines."""

import pytest

from twinning.bench.load import LoadError, LoadResult, local_only, mean, parse_wrk

REPORT = """Running 10s test @ http://127.0.0.1:40123/presse/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    35.12ms   10.20ms 120.33ms   71.00%
    Req/Sec   227.50     30.10   300.00     70.00%
  Latency Distribution
     50%   33.80ms
     75%   40.02ms
     90%   48.90ms
     99%   70.12ms
  4550 requests in 10.01s, 120.20MB read
  Non-2xx or 3xx responses: 3
Requests/sec:    454.55
Transfer/sec:     12.01MB
twinning-bench requests=4550 duration_us=10010000 p50_us=33800 p95_us=55250 errors=2 status_errors=3
"""


def test_report_gives_rate_percentiles_and_all_failed_requests():
    result = parse_wrk(REPORT)

    assert result == LoadResult(
        requests_per_s=454.55, p50_ms=33.8, p95_ms=55.25, requests=4550, errors=5
    )


def test_rate_is_computed_when_wrk_prints_none():
    without_rate = "\n".join(
        line for line in REPORT.splitlines() if not line.startswith("Requests/sec")
    )

    assert parse_wrk(without_rate).requests_per_s == pytest.approx(4550 / 10.01)


def test_output_without_the_script_line_is_refused():
    without_line = REPORT.rsplit("twinning-bench", 1)[0]

    with pytest.raises(LoadError, match="unvollständig"):
        parse_wrk(without_line)


def test_passes_are_averaged_and_counts_summed():
    first = LoadResult(100.0, 10.0, 20.0, 1000, 0)
    second = LoadResult(300.0, 30.0, 40.0, 3000, 2)

    assert mean([first, second]) == LoadResult(200.0, 20.0, 30.0, 4000, 2)


@pytest.mark.parametrize(
    "url", ["http://example.org/", "http://localhost:8000/", "http://10.0.0.1/"]
)
def test_load_goes_only_to_127_0_0_1(url):
    with pytest.raises(ValueError, match="127.0.0.1"):
        local_only(url)


def test_rotation_script_spreads_the_load_over_every_path(tmp_path):
    """Under Debian's wrk, each of the archive's filter combinations is asked for."""
    import http.server
    import shutil
    import threading

    from twinning.bench.load import REPORT_SCRIPT, rotation_script, run_wrk

    if shutil.which("wrk") is None:
        pytest.skip("wrk fehlt (apt-get install wrk; .ci/run installiert es)")
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    paths = [f"/presse/?partnerstadt=venlo&seite={n}" for n in range(1, 41)]
    script = rotation_script(tmp_path, "archive_combinations", paths)
    assert REPORT_SCRIPT in script.read_text()
    try:
        result = run_wrk(
            f"http://127.0.0.1:{server.server_port}{paths[0]}", script, seconds=1, connections=4
        )
    finally:
        server.shutdown()
    assert result.requests > len(paths)
    assert result.errors == 0
    assert set(asked) == set(paths)


def test_rotation_script_refuses_what_is_no_path(tmp_path):
    from twinning.bench.load import rotation_script

    with pytest.raises(LoadError, match="kein Pfad"):
        rotation_script(tmp_path, "x", ['/presse/?q="; os.exit()'])
