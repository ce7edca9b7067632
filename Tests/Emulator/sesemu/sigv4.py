"""Verification of AWS Signature Version 4 on received requests, using botocore's signer.

The canonical request is rebuilt by `botocore.auth.SigV4Auth` from what actually arrived:
the method, the path exactly as it was on the wire (still percent-encoded), the query
decoded once and handed to botocore as parameters (so botocore re-encodes it the AWS
way), the headers named in SignedHeaders and the body bytes. The clock is frozen to the
request's X-Amz-Date by setting the signer's timestamp directly instead of calling
`add_auth`, which would stamp the current time and rewrite headers.
"""

import datetime
import hashlib
import hmac
from dataclasses import dataclass
from urllib.parse import unquote_plus

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, HTTPHeaders
from botocore.credentials import Credentials

AMZ_DATE_FORMAT = "%Y%m%dT%H%M%SZ"
ALGORITHM = "AWS4-HMAC-SHA256"

# Kinds of authentication failure; each protocol maps them to its own code and shape.
MISSING = "missing"
INCOMPLETE = "incomplete"
UNRECOGNIZED = "unrecognized"
SIGNATURE = "signature"
EXPIRED_TOKEN = "expired-token"

SIGNATURE_MISMATCH = (
    "The request signature we calculated does not match the signature you provided. "
    "Check your AWS Secret Access Key and signing method. "
    "Consult the service documentation for details."
)


class AuthError(Exception):
    """The request is not authentic; `kind` is one of the constants above."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass
class ReceivedRequest:
    """A request as it arrived: raw path and query, headers in order, body bytes."""

    method: str
    scheme: str
    raw_path: str
    raw_query: str
    headers: list  # [(name, value)] in arrival order, repeats kept
    body: bytes

    def header(self, name):
        """The first value of a header (case-insensitive), or None."""
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)


@dataclass
class Secret:
    """What the emulator knows about an access key id."""

    secret_access_key: str
    session_token: str = None
    expiration: datetime.datetime = None


@dataclass
class Verified:
    """A successfully verified signature: who signed, and for which region/service."""

    access_key_id: str
    region: str
    service: str


@dataclass
class _Authorization:
    access_key_id: str
    date: str
    region: str
    service: str
    terminator: str
    signed_headers: list
    signature: str


def query_pairs(raw_query):
    """Decode a query string once into (key, value) pairs, in order.

    `+` is read as a space, as HTTP servers commonly do: clients must send `%2B`.
    """
    pairs = []
    for piece in raw_query.split("&"):
        if piece:
            key, _, value = piece.partition("=")
            pairs.append((unquote_plus(key), unquote_plus(value)))
    return pairs


def verify(request, service, lookup, now, max_skew_seconds):
    """Check a request's SigV4 Authorization header; returns Verified or raises AuthError.

    `lookup(access_key_id)` returns a Secret or None. `now` is an aware UTC datetime.
    """
    header = request.header("Authorization")
    if header is None:
        raise AuthError(MISSING, "Missing Authentication Token")
    auth = _parse_authorization(header)
    amz_date = _request_time(request)
    _check_scope(auth, service, amz_date)
    _check_signed_header_names(request, auth)
    _check_content_hash(request)
    secret = lookup(auth.access_key_id)
    _check_token(request, secret, now)
    _check_skew(amz_date, now, max_skew_seconds)
    canonical, string_to_sign, signature = _compute(request, auth, secret)
    if not hmac.compare_digest(signature, auth.signature):
        raise AuthError(SIGNATURE, SIGNATURE_MISMATCH
                        + f"\n\nThe Canonical String for this request should have been\n"
                        f"'{canonical}'\n\nThe String-to-Sign should have been\n"
                        f"'{string_to_sign}'\n")
    return Verified(auth.access_key_id, auth.region, auth.service)


def _compute(request, auth, secret):
    """(canonical request, string to sign, signature) as botocore computes them."""
    signer = _ReceivedRequestSigner(
        Credentials(auth.access_key_id, secret.secret_access_key, secret.session_token),
        auth.service, auth.region)
    aws_request = AWSRequest(
        method=request.method,
        url=f"{request.scheme}://{request.header('Host')}{request.raw_path}",
        data=request.body,
        params=query_pairs(request.raw_query),
    )
    aws_request.headers = _signed_headers(request, auth.signed_headers)
    aws_request.context["timestamp"] = request.header("X-Amz-Date")
    canonical = signer.canonical_request(aws_request)
    string_to_sign = signer.string_to_sign(aws_request, canonical)
    return canonical, string_to_sign, signer.signature(string_to_sign, aws_request)


class _ReceivedRequestSigner(SigV4Auth):
    """SigV4Auth that signs exactly the headers it is given.

    botocore's own `headers_to_sign` drops a blacklist (user-agent, expect, ...) because
    it decides what to sign; a verifier must honour the client's SignedHeaders instead,
    which AWS allows to include any header.
    """

    def headers_to_sign(self, request):
        chosen = HTTPHeaders()
        for name, value in request.headers.items():
            chosen[name.lower()] = value
        return chosen


def _signed_headers(request, names):
    """The received headers named in SignedHeaders, repeats kept, values as UTF-8."""
    wanted = set(names)
    headers = HTTPHeaders()
    for name, value in request.headers:
        if name.lower() in wanted:
            headers[name] = _as_utf8(value)
    return headers


def _as_utf8(value):
    """http.server decodes header bytes as Latin-1; signers hash them as UTF-8 bytes."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _parse_authorization(header):
    algorithm, _, rest = header.strip().partition(" ")
    if algorithm != ALGORITHM:
        raise AuthError(INCOMPLETE, f"Unsupported AWS 'algorithm': '{algorithm}'. "
                                    f"Authorization={header}")
    fields = {}
    for part in rest.split(","):
        key, _, value = part.strip().partition("=")
        fields[key] = value
    missing = [k for k in ("Credential", "SignedHeaders", "Signature") if not fields.get(k)]
    if missing:
        raise AuthError(INCOMPLETE, " ".join(
            f"Authorization header requires '{k}' parameter." for k in missing)
            + f" Authorization={header}")
    scope = fields["Credential"].split("/")
    if len(scope) != 5:
        raise AuthError(INCOMPLETE, "Credential should be of the form "
                                    "'<access key>/<YYYYMMDD>/<region>/<service>/aws4_request', "
                                    f"got '{fields['Credential']}'.")
    return _Authorization(*scope, signed_headers=fields["SignedHeaders"].split(";"),
                          signature=fields["Signature"])


def _request_time(request):
    value = request.header("X-Amz-Date")
    if value is None:
        raise AuthError(INCOMPLETE, "Authorization header requires existence of either a "
                                    "'X-Amz-Date' or a 'Date' header. (This emulator "
                                    "supports X-Amz-Date only.)")
    try:
        parsed = datetime.datetime.strptime(value, AMZ_DATE_FORMAT)
    except ValueError:
        raise AuthError(INCOMPLETE, f"Date must be in ISO-8601 'basic format'. Got '{value}'. "
                                    "See http://en.wikipedia.org/wiki/ISO_8601") from None
    return parsed.replace(tzinfo=datetime.timezone.utc)


def _check_scope(auth, service, amz_date):
    if auth.terminator != "aws4_request":
        raise AuthError(SIGNATURE, "Credential should be scoped with a valid terminator: "
                                   f"'aws4_request', not '{auth.terminator}'.")
    if auth.service != service:
        raise AuthError(SIGNATURE, f"Credential should be scoped to correct service: "
                                   f"'{service}'. ")
    stamp = amz_date.strftime(AMZ_DATE_FORMAT)
    if auth.date != stamp[:8]:
        raise AuthError(SIGNATURE, "Date in Credential scope does not match YYYYMMDD from "
                                   f"ISO-8601 version of date from HTTP: '{auth.date}' != "
                                   f"'{stamp[:8]}', from '{stamp}'.")


def _check_signed_header_names(request, auth):
    """Host and every x-amz-* header sent must be signed; signed headers must be sent."""
    signed = set(auth.signed_headers)
    if "host" not in signed:
        raise AuthError(SIGNATURE, "'Host' or ':authority' must be a 'SignedHeader' in the "
                                   "AWS Authorization.")
    sent = {name.lower() for name, _ in request.headers}
    for name in sorted(sent):
        if name.startswith("x-amz-") and name not in signed:
            raise AuthError(SIGNATURE, f"Header '{name}' was sent but is not in SignedHeaders;"
                                       " every x-amz-* header must be signed.")
    for name in auth.signed_headers:
        if name not in sent:
            raise AuthError(SIGNATURE, f"Header '{name}' is listed in SignedHeaders but was "
                                       "not sent.")


def _check_content_hash(request):
    """botocore takes a present X-Amz-Content-SHA256 as the payload hash without looking
    at the body, so without this check a tampered body would still verify."""
    claimed = request.header("X-Amz-Content-SHA256")
    if claimed is not None and claimed != hashlib.sha256(request.body).hexdigest():
        raise AuthError(SIGNATURE, "The provided 'x-amz-content-sha256' header does not "
                                   "match what was computed.")


def _check_token(request, secret, now):
    invalid = AuthError(UNRECOGNIZED, "The security token included in the request is invalid.")
    if secret is None:
        raise invalid
    token = request.header("X-Amz-Security-Token")
    if secret.session_token is None:
        if token is not None:
            raise invalid
        return
    if token is None or not hmac.compare_digest(token, secret.session_token):
        raise invalid
    if secret.expiration is not None and now >= secret.expiration:
        raise AuthError(EXPIRED_TOKEN, "The security token included in the request is expired")


def _check_skew(amz_date, now, max_skew_seconds):
    skew = datetime.timedelta(seconds=max_skew_seconds)
    minutes = f"{max_skew_seconds / 60:g} min."
    stamp = amz_date.strftime(AMZ_DATE_FORMAT)
    if amz_date < now - skew:
        raise AuthError(SIGNATURE, f"Signature expired: {stamp} is now earlier than "
                                   f"{(now - skew).strftime(AMZ_DATE_FORMAT)} "
                                   f"({now.strftime(AMZ_DATE_FORMAT)} - {minutes})")
    if amz_date > now + skew:
        raise AuthError(SIGNATURE, f"Signature not yet current: {stamp} is still later than "
                                   f"{(now + skew).strftime(AMZ_DATE_FORMAT)} "
                                   f"({now.strftime(AMZ_DATE_FORMAT)} + {minutes})")
