import Foundation

/// A small loopback HTTP server for transport tests, kept as Python source here (rather
/// than a fixture file) so that no test target needs resource declarations.
public enum LoopbackServer {
    /// Starts the server on a free loopback port.
    public static func start() throws -> ServerProcess {
        try ServerProcess(handler: source, named: "loopback-server")
    }

    static let source = #"""
"""Loopback HTTP server for the CurlTransport tests.

Prints `listening http://127.0.0.1:PORT` once ready. Routes:
  /echo            200, JSON {method, path, headers: [[name, value]...], body}
  /status/N        status N with a short text body
  /delay/S         waits S seconds, then 200
  /bytes/N         200 with N bytes of "x"
  /redirect        302 to /echo
  /drop            closes the connection without answering
  /barrier/KEY/N   answers 200 once N requests with the same KEY wait together,
                   504 if they do not all arrive within 5 seconds
"""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


BARRIERS = {}
BARRIERS_LOCK = threading.Lock()


def barrier(key, parties):
    with BARRIERS_LOCK:
        return BARRIERS.setdefault(key, threading.Barrier(parties, timeout=5))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = self.path.split("/")
        if self.path == "/echo":
            echo = {"method": self.command, "path": self.path,
                    "headers": [[k, v] for k, v in self.headers.items()],
                    "body": body.decode("utf-8", "replace")}
            self.reply(200, json.dumps(echo).encode(), [("Content-Type", "application/json"), ("X-Multi", "a"), ("X-Multi", "b")])
        elif parts[1] == "status":
            self.reply(int(parts[2]), b"status body")
        elif parts[1] == "delay":
            time.sleep(float(parts[2]))
            self.reply(200, b"late")
        elif parts[1] == "bytes":
            self.reply(200, b"x" * int(parts[2]))
        elif parts[1] == "barrier":
            try:
                barrier(parts[2], int(parts[3])).wait()
                self.reply(200, b"together")
            except threading.BrokenBarrierError:
                self.reply(504, b"alone")
        elif self.path == "/redirect":
            self.reply(302, b"", [("Location", "/echo")])
        elif self.path == "/drop":
            self.close_connection = True
            self.connection.shutdown(2)
        else:
            self.reply(404, b"not found")

    do_GET = do_POST = do_PUT = do_DELETE = handle_any
"""#
}
