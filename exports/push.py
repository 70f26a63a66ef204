"""``marketkg push``: the one place marketkg talks to the network.

Each named graph is sent with a ``PUT`` of the SPARQL 1.1 Graph Store HTTP Protocol.
What a user types and what a server answers are both untrusted here:

* the endpoint is checked before anything is sent (``http``/``https``, a host, a port
  from 1 to 65535); ``user:password@`` in it is taken as the credentials and never shown:
  every message names the endpoint without it (:func:`redact` when it cannot be parsed);
* whatever the server says (its reason phrase, its authentication challenge) is shown
  with control characters escaped and cut short (:func:`printable`);
* ``timeout`` is a deadline for each request as a whole (connect, send, answer), not per
  socket read: a server trickling a byte a second is cut off when it passes;
* authentication is Basic or Digest; any other challenge (Bearer, Negotiate, a Digest
  algorithm Python cannot compute) is one line naming it.
"""
from __future__ import annotations

import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.request
import warnings
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import networkx as nx
import pyoxigraph as ox

from marketkg.exports import rdf
from marketkg.ontology.errors import MarketKGError, printable
from marketkg.ontology.ids import DEFAULT_BASE_IRI

__all__ = ["Endpoint", "PushReport", "parse_endpoint", "push_graphs", "redact", "printable", "USUAL_PATHS"]

#: where the Graph Store endpoint usually is, for the message on a wrong path
USUAL_PATHS = ("Oxigraph http://HOST:7878/store; Virtuoso http://HOST:8890/sparql-graph-crud-auth (with --user); "
               "Fuseki http://HOST:3030/DATASET/data; GraphDB http://HOST:7200/repositories/REPO/rdf-graphs/service")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(//)?")
_MAX_BODY = 1 << 20
_PATH_CODES = {404, 405, 501}


class _Refused(MarketKGError):
    """The server asks for something push cannot give (an authentication scheme)."""


def redact(url: str) -> str:
    """What was typed as a URL, with anything before an ``@`` of its authority replaced by
    ``***``: safe to print even when it does not parse (no scheme, a ``/`` or ``:`` in the
    password). Errs on the side of hiding: an ``@`` in the path hides what precedes it too.

    >>> redact("u:S3cr3t@127.0.0.1:9/store")
    '***@127.0.0.1:9/store'
    >>> redact("http://u:pa/ss@host/store")
    'http://***@host/store'
    """
    m = _SCHEME.match(url)
    head = m.group(0) if m and m.group(2) else ""
    rest = url[len(head):]
    end = min((i for i in (rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    at = rest.rfind("@", 0, end)
    return printable(head + ("***" + rest[at:] if at >= 0 else rest))


@dataclass(frozen=True)
class Endpoint:
    """An endpoint as typed, split: ``url`` (no credentials) is what is requested and shown."""

    url: str
    user: str | None = None
    password: str | None = None


def parse_endpoint(text: str) -> Endpoint:
    """Check ``--endpoint`` and take any ``user:password@`` out of it (percent-decoded).

    Raises :class:`MarketKGError` with a one-line message naming the redacted endpoint.
    """
    shown = redact(text)
    hint = (" (a '/', '?', '#' or '@' in a user name or password must be percent-encoded, or give "
            "--user and --password)") if "@" in text else ""

    def bad(problem: str) -> MarketKGError:
        return MarketKGError(f"--endpoint {shown}: {problem}{hint}")

    if not text.isprintable() or " " in text:
        raise bad("a URL cannot hold spaces or control characters")
    m = _SCHEME.match(text)
    if not m or not m.group(2) or m.group(1).lower() not in ("http", "https"):
        raise MarketKGError(f"--endpoint {shown}: not an http:// or https:// URL")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise bad("the host or port cannot be read (a port is a number from 1 to 65535)") from None
    if not parts.hostname:
        raise bad("no host")
    if port == 0:
        raise bad("the port must be a number from 1 to 65535")
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = password = None
    if userinfo:
        name, colon, secret = userinfo.partition(":")
        user, password = unquote(name), (unquote(secret) if colon else None)
    url = urlunsplit((parts.scheme.lower(), hostport, parts.path, parts.query, ""))
    return Endpoint(url, user, password)


class _Deadline:
    """One request's deadline: when it passes, the request's sockets are shut down, which
    ends a read however slowly the server trickles (a socket timeout only bounds each read)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._end = time.monotonic() + seconds
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        return max(0.001, self._end - time.monotonic())

    def watch(self, sock: socket.socket | None) -> None:
        with self._lock:
            if sock is not None:
                self._socks.append(sock)
            if self.expired:
                self._shut()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._shut()

    def _shut(self) -> None:
        for sock in self._socks:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Clock:
    """The deadline of the request in flight, for the connections the handlers open."""

    current: _Deadline | None = None


def _connection(base: type[http.client.HTTPConnection], clock: _Clock) -> Any:
    class Connection(base):  # type: ignore[valid-type, misc]
        def connect(self) -> None:
            if clock.current is not None:
                self.timeout = clock.current.remaining()
            super().connect()
            if clock.current is not None:
                clock.current.watch(self.sock)
    return Connection


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, clock: _Clock) -> None:
        super().__init__()
        self._conn = _connection(http.client.HTTPConnection, clock)

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._conn, req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, clock: _Clock) -> None:
        super().__init__()
        self._conn = _connection(http.client.HTTPSConnection, clock)

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(self._conn, req, context=self._context)


def _schemes(headers: Any) -> list[str]:
    """The authentication schemes of a 401's ``WWW-Authenticate`` headers, as sent."""
    values = (headers.get_all("WWW-Authenticate") or []) if headers is not None else []
    return [printable(v.split(None, 1)[0], 40) for v in values if v.strip()]


class _Digest(urllib.request.HTTPDigestAuthHandler):
    """Digest authentication that answers only a challenge it can compute, and says why
    not otherwise (urllib raises ValueError or KeyError from deep inside)."""

    def http_error_401(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        first = (headers.get("WWW-Authenticate") or "").split(None, 1)
        if not first or first[0].lower() != "digest":
            return None  # Basic is the other handler's; anything else is reported from the 401
        return super().http_error_401(req, fp, code, msg, headers)

    def retry_http_digest_auth(self, req: Any, auth: str) -> Any:
        try:
            urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(auth.partition(" ")[2])))
        except ValueError:
            raise _Refused("the server's Digest challenge cannot be read") from None
        return super().retry_http_digest_auth(req, auth)

    def get_authorization(self, req: Any, chal: dict[str, str]) -> Any:
        try:
            answer = super().get_authorization(req, chal)
            if answer is None:  # urllib's way of saying: no realm or nonce
                raise ValueError("incomplete challenge")
            return answer
        except (ValueError, KeyError, TypeError, urllib.error.URLError):
            algorithm = printable(str(chal.get("algorithm", "MD5")), 40)
            qop = printable(str(chal.get("qop", "")), 40)
            raise _Refused(f"the server's Digest challenge (algorithm {algorithm}"
                           f"{', qop ' + qop if qop else ''}) is one push cannot answer "
                           "(it does Digest MD5 or SHA, qop auth, and Basic)") from None


class _Basic(urllib.request.HTTPBasicAuthHandler):
    """Basic authentication that steps aside when the server offers no Basic challenge
    (urllib raises ValueError), and does not warn about an unquoted realm."""

    def http_error_401(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        if "basic" not in {s.lower() for s in _schemes(headers)}:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return super().http_error_401(req, fp, code, msg, headers)
            except ValueError:
                return None


def _opener(endpoint: Endpoint, clock: _Clock) -> urllib.request.OpenerDirector:
    handlers: list[Any] = [_HTTP(clock), _HTTPS(clock)]
    if endpoint.user:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, endpoint.url, endpoint.user, endpoint.password or "")
        handlers += [_Digest(manager), _Basic(manager)]
    return urllib.request.build_opener(*handlers)


@dataclass
class PushReport:
    """What a push did: graphs sent (article id or None for the shared graph), graphs not
    sent, and the error that stopped it; ``refused`` when no retry can help (an
    authentication push cannot do)."""

    sent: list[tuple[str | None, str, int]] = field(default_factory=list)
    not_sent: list[tuple[str | None, str]] = field(default_factory=list)
    error: str | None = None
    refused: bool = False


def _http_error(exc: urllib.error.HTTPError, endpoint: Endpoint) -> tuple[str, bool]:
    """The message of an HTTP error status, and whether it is a refusal no retry can help."""
    text = f"HTTP {exc.code} {printable(str(exc.reason or ''), 80)}".rstrip()
    if exc.code == 401:
        schemes = _schemes(exc.headers)
        if not endpoint.user:
            return f"{text}: the endpoint needs a user (--user, and --password or MARKETKG_PASSWORD)", False
        if schemes and not {s.lower() for s in schemes} & {"basic", "digest"}:
            return (f"{text}: the server asks for {', '.join(schemes)} authentication; "
                    "push can answer Basic and Digest only"), True
        return f"{text}: the user name or password was refused", False
    if exc.code in _PATH_CODES or exc.code == 403:
        why = "no write access with these credentials, or not a Graph Store endpoint" if exc.code == 403 else \
            "not a Graph Store endpoint"
        return f"{text} ({why}? the usual ones: {USUAL_PATHS})", False
    return text, False


def _put(opener: urllib.request.OpenerDirector, clock: _Clock, url: str, body: bytes, timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8"})
    with _Deadline(timeout) as deadline:
        clock.current = deadline
        try:
            with opener.open(request, timeout=timeout) as response:
                response.read(_MAX_BODY)
        except urllib.error.HTTPError as exc:
            exc.close()
            raise
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError):
            if deadline.expired:
                raise TimeoutError(f"no complete answer within {timeout:g} s (--timeout)") from None
            raise
        finally:
            clock.current = None
        if deadline.expired:
            raise TimeoutError(f"no complete answer within {timeout:g} s (--timeout)")


def _failure(exc: BaseException) -> str:
    """A network or protocol failure as one printable line."""
    reason = getattr(exc, "reason", None) if isinstance(exc, urllib.error.URLError) else None
    return printable(str(reason if reason is not None else exc) or type(exc).__name__)


def _scrub(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with each secret (as sent, or as printed) replaced by ``***``: a server may echo them."""
    for secret in secrets:
        text = text.replace(secret, "***").replace(printable(secret, len(text) + 10), "***")
    return text


def push_graphs(G: nx.MultiDiGraph, endpoint: str | Endpoint, *, base: str = DEFAULT_BASE_IRI,
                shared_graph: str | None = None, user: str | None = None, password: str | None = None,
                timeout: float = 60.0) -> PushReport:
    """``PUT`` each named graph to a SPARQL 1.1 Graph Store endpoint; stops at the first failure.

    ``user``/``password`` win over credentials in the endpoint's URL. A bad endpoint raises
    :class:`MarketKGError` before anything is sent.
    """
    target = parse_endpoint(endpoint) if isinstance(endpoint, str) else endpoint
    if user:
        target = Endpoint(target.url, user, password)
    secrets = tuple(s for s in (target.password,) if s and len(s) >= 3)
    clock = _Clock()
    opener = _opener(target, clock)
    report = PushReport()
    graphs = list(rdf.graph_triples(G, base=base, shared_graph=shared_graph))
    sep = "&" if "?" in target.url else "?"
    for i, (article, iri, triples) in enumerate(graphs):
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        try:
            _put(opener, clock, f"{target.url}{sep}graph={quote(iri, safe='')}", body, timeout)
        except urllib.error.HTTPError as exc:
            report.error, report.refused = _http_error(exc, target)
        except _Refused as exc:
            report.error, report.refused = str(exc), True
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
            report.error = _failure(exc)
        if report.error:
            report.error = _scrub(report.error, secrets)
            report.not_sent = [(a, g) for a, g, _ in graphs[i:]]
            return report
        report.sent.append((article, iri, len(triples)))
    return report
