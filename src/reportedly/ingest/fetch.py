"""Fetching a URL for a user, without becoming a proxy into the server's own network.

Every hop (the URL and each redirect) is resolved once, every address it resolves to is checked,
and the connection goes to that checked address (TLS still verifies the host name), so a DNS
answer that changes between check and connect cannot smuggle in a private address.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import BlockedAddress, FetchError, InputTooLarge
from ..settings import DEFAULT_SETTINGS, Settings

_METADATA_HOSTS = {"metadata.google.internal", "metadata", "instance-data"}


@dataclass(slots=True)
class Fetched:
    url: str
    body: bytes
    content_type: str | None


def check_address(ip: str) -> None:
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    if (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
            or addr.is_reserved or addr.is_unspecified or not addr.is_global):
        raise BlockedAddress(f"refusing to fetch from non-public address {addr}")


def resolve(host: str, port: int, settings: Settings) -> str:
    """Resolve `host` and return one address that passes the checks (all must pass)."""
    if host.lower().rstrip(".") in _METADATA_HOSTS:
        raise BlockedAddress(f"refusing to fetch from metadata host {host}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host}: {exc}") from None
    addresses = [info[4][0] for info in infos]
    if not addresses:
        raise FetchError(f"host {host} has no addresses")
    if not settings.allow_private_addresses:
        for ip in addresses:
            check_address(ip)
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def fetch_url(url: str, settings: Settings = DEFAULT_SETTINGS) -> Fetched:
    """GET `url` with a time limit, a size cap and checked redirects."""
    for _hop in range(settings.max_redirects + 1):
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            raise BlockedAddress(f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'!r}")
        host = parts.hostname
        if not host:
            raise FetchError(f"URL has no host: {url}")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        ip = resolve(host, port, settings)
        cls = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        conn = cls(host, ip, port, settings.fetch_timeout)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            conn.request("GET", path, headers={
                "User-Agent": settings.user_agent,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "identity",
            })
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.getheader("Location")
                conn.close()
                if not location:
                    raise FetchError(f"redirect without Location from {url}")
                url = urljoin(url, location)
                continue
            if resp.status >= 400:
                raise FetchError(f"HTTP {resp.status} from {url}")
            length = resp.getheader("Content-Length")
            if length and length.isdigit() and int(length) > settings.max_input_bytes:
                raise InputTooLarge(f"{url} is {int(length):,} bytes; the limit is "
                                    f"{settings.max_input_bytes:,} (setting max_input_bytes)")
            chunks, size = [], 0
            while True:
                chunk = resp.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > settings.max_input_bytes:
                    raise InputTooLarge(f"{url} exceeds {settings.max_input_bytes:,} bytes "
                                        "(setting max_input_bytes)")
                chunks.append(chunk)
            return Fetched(url, b"".join(chunks), resp.getheader("Content-Type"))
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(f"cannot fetch {url}: {exc}") from None
        finally:
            conn.close()
    raise FetchError(f"more than {settings.max_redirects} redirects from {url}")
