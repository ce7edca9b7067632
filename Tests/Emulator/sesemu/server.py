"""HTTP/1.1 transport (optionally TLS) and the command line.

Threaded, keep-alive, Content-Length or chunked request bodies, `Expect: 100-continue`
handled by http.server. Socket-level faults (drop, hang, reset-mid-body, oversized) are
acted out here because only this layer owns the connection.
"""

import argparse
import json
import signal
import socket
import socketserver
import ssl
import struct
import sys
import threading
import traceback
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from . import aws, control, sigv4, state

MAX_BODY_BYTES = 16 * 1024 * 1024
PADDING_PIECE = b"x" * 65536
DEFAULT_HANG_SECONDS = 60.0
DEFAULT_OVERSIZED_BYTES = 20_000_000
DEFAULT_RESET_BODY_BYTES = 4096


class Handler(BaseHTTPRequestHandler):
    """One connection; each request goes to the control API or the AWS front end."""

    protocol_version = "HTTP/1.1"
    server_version = "sesame-emulator"
    sys_version = ""
    timeout = 30  # idle or stalled clients are dropped, never waited on forever
    reset_connection = False  # set by reset-mid-body: close with RST after the handler

    scheme = None  # the server's, unless this handler serves a CONNECT tunnel

    def do_GET(self):
        self._serve()

    def do_CONNECT(self):
        """As an HTTPS proxy would, but serving the tunnel itself, over TLS with the
        --tunnel-cert certificate: a client using AWS's own host names reaches the emulator."""
        self.close_connection = True
        context = self.server.tunnel_context
        if context is None:
            self._send(405, [("Content-Type", "text/plain")], b"CONNECT needs --tunnel-cert\n")
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        try:
            tunnel = context.wrap_socket(self.connection, server_side=True)
        except OSError:
            return
        try:
            TunnelHandler(tunnel, self.client_address, self.server)
        finally:
            tunnel.close()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_GET

    def log_message(self, format, *args):
        """Quiet: the request log is available from the control API."""

    def version_string(self):
        return self.server_version

    def _serve(self):
        try:
            self._serve_one()
        except OSError:  # the client went away (reset, broken pipe, TLS error)
            self.close_connection = True
        except Exception:  # an emulator bug: say so loudly rather than hang the client
            traceback.print_exc()
            self.close_connection = True
            message = json.dumps({"message": "emulator internal error; see its stderr"})
            try:
                self._send(500, [("Content-Type", "application/json")], message.encode())
            except OSError:
                pass

    def _serve_one(self):
        body = self._read_body()
        if body is None:
            self.close_connection = True
            return
        path, _, query = self.path.partition("?")
        if path == "/_emulator" or path.startswith("/_emulator/"):
            status, answer = control.handle(self.server.store, self.command, path, body)
            self._send(status, [("Content-Type", "application/json")],
                       json.dumps(answer).encode())
            return
        request = sigv4.ReceivedRequest(self.command, self.scheme or self.server.scheme, path, query,
                                        list(self.headers.items()), body)
        reply = self.server.front_end.handle(request)
        if reply.transport is not None:
            self._act_out(reply)
        else:
            self._send(reply.status, reply.headers, reply.body)

    def _read_body(self):
        """The request body, or None after answering a bad one or losing the client."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY_BYTES:
            self._send(400 if length < 0 else 413, [("Content-Type", "text/plain")],
                       b"invalid or too large Content-Length\n")
            return None
        data = self.rfile.read(length)
        return data if len(data) == length else None

    def _read_chunked(self):
        data = bytearray()
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                return None
            if size == 0:
                while self.rfile.readline(65536) not in (b"\r\n", b"\n", b""):
                    pass  # trailer fields are ignored
                return bytes(data)
            chunk = self.rfile.read(size)
            if len(chunk) != size or len(data) + size > MAX_BODY_BYTES:
                return None
            data += chunk
            self.rfile.readline(1024)

    def _send(self, status, headers, body):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if not any(name.lower() == "x-amzn-requestid" for name, _ in headers):
            self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _act_out(self, reply):
        """Misbehave at the socket level as the queued fault says."""
        fault = reply.transport
        self.close_connection = True
        if fault.action == "drop":
            return
        if fault.action == "hang":
            seconds = DEFAULT_HANG_SECONDS if fault.seconds is None else fault.seconds
            self.server.store.stopping.wait(seconds)
            return
        default = DEFAULT_OVERSIZED_BYTES if fault.action == "oversized" \
            else DEFAULT_RESET_BODY_BYTES
        size = max(fault.bytes or default, 14)
        self.send_response(200)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if fault.action == "oversized":
            self._write_padding(size, size)
            return
        self._write_padding(size, size // 2)
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.reset_connection = True

    def _write_padding(self, size, limit):
        """Write the first `limit` bytes of a `size`-byte JSON object `{"padding":"xx..."}`."""
        written = 0
        for piece in _padding(size):
            piece = piece[:limit - written]
            self.wfile.write(piece)
            written += len(piece)
            if written >= limit:
                return


class TunnelHandler(Handler):
    """The requests inside a CONNECT tunnel, which are HTTPS."""

    scheme = "https"

    def do_CONNECT(self):
        self.close_connection = True
        self._send(400, [("Content-Type", "text/plain")], b"CONNECT inside a tunnel\n")


def _padding(size):
    yield b'{"padding":"'
    filler = size - 14
    while filler > 0:
        piece = PADDING_PIECE[:filler]
        yield piece
        filler -= len(piece)
    yield b'"}'


class EmulatorServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with daemon threads, optional per-connection TLS, and the
    emulator's state attached for the handlers."""

    daemon_threads = True
    block_on_close = False
    # Room for many clients connecting at once (sesame runs 32 calls side by side): with the
    # default backlog of 5 the kernel drops SYNs and clients wait a second to retry.
    request_queue_size = 128

    def __init__(self, address, store, tls_context, max_skew_seconds, tunnel_context=None):
        self.store = store
        self.tls_context = tls_context
        self.tunnel_context = tunnel_context
        self.scheme = "https" if tls_context else "http"
        self.front_end = aws.FrontEnd(store, max_skew_seconds)
        super().__init__(address, Handler)

    def server_bind(self):
        """Bind without HTTPServer's reverse DNS lookup (socket.getfqdn can stall)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def finish_request(self, request, client_address):
        """Runs in the connection's thread: TLS handshake here, never in the accept loop."""
        connection = request
        if self.tls_context is not None:
            request.settimeout(Handler.timeout)
            try:
                connection = self.tls_context.wrap_socket(request, server_side=True)
            except OSError:
                return
        handler = None
        try:
            handler = self.RequestHandlerClass(connection, client_address, self)
        finally:
            if connection is not request or (handler and handler.reset_connection):
                connection.close()


# ---------------------------------------------------------------------------------------
# Command line.


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Local SES v2 / Support / STS emulator for sesame's tests.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--tls-cert", metavar="FILE", help="PEM certificate (enables HTTPS)")
    parser.add_argument("--tls-key", metavar="FILE", help="PEM private key for --tls-cert")
    parser.add_argument("--tunnel-cert", metavar="FILE",
                        help="PEM certificate for the hosts clients CONNECT to (makes the emulator "
                             "an HTTPS proxy for AWS host names: https_proxy=http://HOST:PORT)")
    parser.add_argument("--tunnel-key", metavar="FILE", help="PEM private key for --tunnel-cert")
    parser.add_argument("--max-skew-seconds", type=float, default=300.0,
                        help="how far X-Amz-Date may be from now (default 300)")
    parser.add_argument("--credentials", metavar="FILE",
                        help='JSON list of {"access_key_id", "secret_access_key"} to accept '
                             "besides the default key")
    args = parser.parse_args(argv)
    if bool(args.tls_cert) != bool(args.tls_key):
        parser.error("--tls-cert and --tls-key go together")
    if bool(args.tunnel_cert) != bool(args.tunnel_key):
        parser.error("--tunnel-cert and --tunnel-key go together")
    return args


def load_credentials(path):
    """The default key pair plus those listed in a --credentials file."""
    credentials = {state.DEFAULT_ACCESS_KEY_ID: state.DEFAULT_SECRET_ACCESS_KEY}
    if path:
        with open(path, encoding="utf-8") as handle:
            entries = json.load(handle)
        if not isinstance(entries, list):
            raise ValueError(f"{path}: expected a JSON list")
        for entry in entries:
            if not isinstance(entry, dict) or not all(
                    isinstance(entry.get(k), str) for k in ("access_key_id", "secret_access_key")):
                raise ValueError(f"{path}: each entry needs string access_key_id and "
                                 "secret_access_key")
            credentials[entry["access_key_id"]] = entry["secret_access_key"]
    return credentials


def main(argv=None):
    args = parse_args(argv)
    try:
        store = state.Store(load_credentials(args.credentials))
        tls_context = None
        if args.tls_cert:
            tls_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            tls_context.load_cert_chain(args.tls_cert, args.tls_key)
        tunnel_context = None
        if args.tunnel_cert:
            tunnel_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            tunnel_context.load_cert_chain(args.tunnel_cert, args.tunnel_key)
        server = EmulatorServer((args.host, args.port), store, tls_context,
                                args.max_skew_seconds, tunnel_context)
    except (OSError, ValueError, ssl.SSLError) as error:
        print(f"emulator: {error}", file=sys.stderr)
        return 2
    host, port = server.server_address[:2]
    print(f"listening {server.scheme}://{host}:{port}", flush=True)

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                     daemon=True).start()
    stop.wait()
    store.stopping.set()
    server.shutdown()
    server.server_close()
    return 0
