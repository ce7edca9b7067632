import Foundation

/// A loopback server that answers like a hostile AWS endpoint, for the hardening tests of the
/// real binary. The first path segment of the request picks the behaviour, so a test chooses
/// it with `--endpoint-url http://127.0.0.1:PORT/MODE`:
/// - `escapes`: SES v2 answers whose every string (enforcement and review status, case id,
///   identity and configuration-set names, DKIM and verification statuses) carries ESC, CSI,
///   OSC 52 (clipboard), OSC 0 (title), C1 controls, a bidi override and a forged `::error`
///   line; other operations answer `{}`.
/// - `error-escapes`: every request fails with HTTP 400 whose error code, message and request id
///   carry the same.
/// - `redirect`: every request gets `302` with such a `Location`.
/// - `sts-entities`: every request fails with an STS XML error written with numeric entities
///   (`&#27;`, `&#7;`, `&#155;`) in its code, message and request id.
/// - `repeat-token`: a production account whose identity and configuration-set listings hand
///   back the same `NextToken` forever.
/// - `huge/N`: `N` bytes of JSON-looking credentials (for the container credentials source).
///
/// Every request is logged; `requests()` counts them by path.
public final class HostileServer: Sendable {
    /// The hostile strings the server hands out; none may reach a terminal as they are.
    public static let escapes = ["\u{1B}[2J", "\u{1B}]52;c;cHduZWQ=\u{07}", "\u{1B}]0;pwned\u{1B}\\", "\u{9B}31m", "\u{202E}", "\n::error::forged"]

    private let server: ServerProcess
    public var baseURL: String { server.baseURL }

    public init() throws {
        server = try ServerProcess(handler: Self.source, named: "hostile-server")
    }

    /// The endpoint URL of one mode.
    public func url(_ mode: String) -> String { "\(baseURL)/\(mode)" }

    /// How many requests each path received so far.
    public func requests() throws -> [String: Int] {
        let data = try Data(contentsOf: URL(string: "\(baseURL)/_requests")!)
        return try JSONDecoder().decode([String: Int].self, from: data)
    }

    static let source = #"""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BAD = "\x1b[2J\x1b]52;c;cHduZWQ=\x07\x1b]0;pwned\x1b\\\x9b31m\u202e\n::error::forged"
COUNTS = {}
LOCK = threading.Lock()


def bad(label):
    return label + BAD


def bad_header(label):
    return label + BAD.replace("\n", " ")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=()):
        if isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        for name, value in headers:
            # Raw UTF-8 (send_header only takes Latin-1): the values carry U+202E and C1 controls.
            self._headers_buffer.append(f"{name}: {value}\r\n".encode("utf-8"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on a huge body, as it should

    def json(self, value, status=200, headers=()):
        self.reply(status, json.dumps(value), [("Content-Type", "application/json")] + list(headers))

    def escapes(self, rest):
        if rest == "/v2/email/account":
            return self.json({
                "ProductionAccessEnabled": False, "SendingEnabled": True, "EnforcementStatus": bad("HEALTHY"),
                "SendQuota": {"Max24HourSend": 200, "MaxSendRate": 1, "SentLast24Hours": 0},
                "Details": {"MailType": "TRANSACTIONAL", "WebsiteURL": "https://x.example",
                            "ReviewDetails": {"Status": bad("PENDING"), "CaseId": bad("case-1")}},
            })
        if rest == "/v2/email/identities":
            return self.json({"EmailIdentities": [{"IdentityType": "DOMAIN", "IdentityName": bad("evil.example"),
                                                   "SendingEnabled": True, "VerificationStatus": bad("SUCCESS")}]})
        if rest.startswith("/v2/email/identities/"):
            return self.json({"IdentityType": "DOMAIN", "VerifiedForSendingStatus": True, "VerificationStatus": bad("SUCCESS"),
                              "DkimAttributes": {"SigningEnabled": True, "Status": bad("SUCCESS")},
                              "FeedbackForwardingStatus": True, "ConfigurationSetName": bad("set")})
        if rest == "/v2/email/configuration-sets":
            return self.json({"ConfigurationSets": [bad("set")]})
        return self.json({})

    def error_escapes(self):
        self.json({"__type": bad("BadRequestException"), "message": bad("you lose")}, status=400,
                  headers=[("x-amzn-ErrorType", bad_header("BadRequestException")), ("x-amzn-RequestId", bad_header("req-1"))])

    def sts_entities(self):
        entities = "&#27;[2J&#27;]0;pwned&#7;&#155;31m&#x202E;&#10;::error::forged"
        body = ("<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied" + entities + "</Code>"
                "<Message>denied" + entities + "</Message></Error><RequestId>req" + entities + "</RequestId></ErrorResponse>")
        self.reply(403, body, [("Content-Type", "text/xml")])

    def repeat_token(self, rest):
        if rest == "/v2/email/account":
            return self.json({"ProductionAccessEnabled": True, "SendingEnabled": True, "EnforcementStatus": "HEALTHY",
                              "SendQuota": {"Max24HourSend": 50000, "MaxSendRate": 14, "SentLast24Hours": 0}})
        if rest == "/v2/email/identities":
            return self.json({"EmailIdentities": [{"IdentityType": "DOMAIN", "IdentityName": "example.com",
                                                   "SendingEnabled": True, "VerificationStatus": "SUCCESS"}],
                              "NextToken": "again"})
        if rest == "/v2/email/configuration-sets":
            return self.json({"ConfigurationSets": ["set"], "NextToken": "again"})
        if rest.startswith("/v2/email/identities/"):
            return self.json({"IdentityType": "DOMAIN", "VerifiedForSendingStatus": True, "VerificationStatus": "SUCCESS",
                              "DkimAttributes": {"SigningEnabled": True, "Status": "SUCCESS"}})
        return self.json({})

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = self.path.split("?")[0]
        if path == "/_requests":
            with LOCK:
                return self.json(dict(COUNTS))
        with LOCK:
            COUNTS[path] = COUNTS.get(path, 0) + 1
        parts = path.split("/")
        mode = parts[1] if len(parts) > 1 else ""
        rest = "/" + "/".join(parts[2:])
        if mode == "escapes":
            self.escapes(rest)
        elif mode == "error-escapes":
            self.error_escapes()
        elif mode == "redirect":
            self.reply(302, b"", [("Location", bad_header("http://elsewhere.example/"))])
        elif mode == "sts-entities":
            self.sts_entities()
        elif mode == "repeat-token":
            self.repeat_token(rest)
        elif mode == "huge":
            size = int(parts[2])
            head = b'{"AccessKeyId": "AKID", "SecretAccessKey": "s", "Token": "'
            self.reply(200, head + b"x" * max(0, size - len(head)))
        else:
            self.reply(404, b"unknown mode")

    do_GET = do_POST = do_PUT = do_DELETE = handle_any
"""#
}
