"""URL fetching: private addresses refused, redirects re-checked, size capped."""

import http.server
import threading

import pytest

from reportedly.errors import BlockedAddress, InputTooLarge
from reportedly.ingest.fetch import check_address, fetch_url
from reportedly.settings import Settings


@pytest.mark.parametrize("ip", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.169.254",
                                "::1", "fe80::1", "0.0.0.0", "::ffff:127.0.0.1", "100.64.0.1"])
def test_non_public_addresses_are_refused(ip):
    with pytest.raises(BlockedAddress):
        check_address(ip)


def test_public_address_passes():
    check_address("93.184.216.34")


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost:8000/x", "file:///etc/passwd",
                                 "ftp://example.org/", "http://[::1]/", "http://metadata.google.internal/"])
def test_fetch_refuses_local_and_non_http(url):
    with pytest.raises(BlockedAddress):
        fetch_url(url)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1:1/private")
            self.end_headers()
            return
        body = b"<html><title>T</title><body><p>" + b"x" * 5000 + b"</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def local_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_local_server_allowed_only_when_setting_says_so(local_server):
    with pytest.raises(BlockedAddress):
        fetch_url(local_server + "/page")
    fetched = fetch_url(local_server + "/page", Settings(allow_private_addresses=True))
    assert fetched.body.startswith(b"<html>") and "html" in fetched.content_type


def test_size_cap_stops_reading(local_server):
    with pytest.raises(InputTooLarge):
        fetch_url(local_server + "/page", Settings(allow_private_addresses=True, max_input_bytes=1000))
