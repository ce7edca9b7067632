"""The AWS-facing side: identify, authenticate, fault, validate, execute, encode, log.

Three services share one port. A request is SES v2 when its path is under `/v2/email`,
Support when it is `POST /` with `X-Amz-Target: AWSSupport_20130415.*`, and STS when it
is `POST /` with a form body. Each answers in its own protocol's success and error shapes.
"""

import base64
import binascii
import dataclasses
import datetime
import hashlib
import json
import re
import secrets
import time
import uuid
from urllib.parse import parse_qsl
from xml.sax.saxutils import escape

from . import dpop, hosts, model, sigv4, state

SUPPORT_TARGET_PREFIX = "AWSSupport_20130415"
STS_VERSION = "2011-06-15"
STS_NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/"
CORAL_SERVICE = "com.amazon.coral.service"
ROLE_ARN = re.compile(r"arn:aws[a-z-]*:iam::(\d{12}):role/(?:[\w+=,.@/-]*/)?([\w+=,.@-]+)",
                      re.ASCII)
TOKEN_MARK = b"\xfb\xff"  # makes every NextToken start with "+/": clients must encode it

SERVICES = {
    "ses": model.Service("sesv2", [
        "GetAccount", "PutAccountDetails", "ListEmailIdentities", "GetEmailIdentity",
        "ListConfigurationSets", "GetConfigurationSetEventDestinations",
        "GetSuppressedDestination"]),
    "support": model.Service("support", ["CreateCase", "AddCommunicationToCase", "DescribeCases"]),
    "sts": model.Service("sts", ["AssumeRole", "AssumeRoleWithWebIdentity"]),
    "sso": model.Service("sso", ["GetRoleCredentials"]),
    "sso-oidc": model.Service("sso-oidc", ["CreateToken"]),
    "signin": model.Service("signin", ["CreateOAuth2Token"]),
}
REST_ROUTES = {("GET", "/federation/credentials"): ("sso", "GetRoleCredentials"),
               ("POST", "/token"): ("sso-oidc", "CreateToken"),
               ("POST", "/v1/token"): ("signin", "CreateOAuth2Token")}


@dataclasses.dataclass
class Reply:
    """What to send back. `transport` is a fault the HTTP layer must act out instead."""

    status: int
    headers: list
    body: bytes = b""
    error_code: str = None
    transport: state.Fault = None


class ServiceError(Exception):
    """An operation-level error: code, HTTP status, message, and members of the error
    shape beyond `message` (signin's OAuth 2.0 `error`)."""

    def __init__(self, code, status, message, members=None):
        super().__init__(message)
        self.code, self.status, self.message = code, status, message
        self.members = members


# ---------------------------------------------------------------------------------------
# Protocols: how success and errors look on the wire.

AUTH_ERRORS = {  # kind: (status, JSON code, query code)
    sigv4.MISSING: (403, "MissingAuthenticationTokenException", "MissingAuthenticationToken"),
    sigv4.INCOMPLETE: (400, "IncompleteSignatureException", "IncompleteSignature"),
    sigv4.UNRECOGNIZED: (403, "UnrecognizedClientException", "InvalidClientTokenId"),
    sigv4.SIGNATURE: (403, "InvalidSignatureException", "SignatureDoesNotMatch"),
    sigv4.EXPIRED_TOKEN: (403, "ExpiredTokenException", "ExpiredToken"),
}


class RestJson:
    """SES v2: `x-amzn-ErrorType` header plus `{"message": ...}`."""

    content_type = "application/json"
    validation_code = "BadRequestException"
    unknown_operation = ("UnknownOperationException", 404)
    namespace = "com.amazonaws.sesv2"

    def success(self, request_id, operation, output):
        return Reply(200, self._headers(request_id), _json(output))

    def error(self, request_id, code, status, message, namespace=None, members=None):
        wire_code = f"{code}:http://internal.amazon.com/coral/{namespace}/" if namespace else code
        headers = self._headers(request_id) + [("x-amzn-ErrorType", wire_code)]
        return Reply(status, headers, _json({**(members or {}), "message": message}), error_code=code)

    def auth_error(self, request_id, failure):
        status, code, _ = AUTH_ERRORS[failure.kind]
        namespace = None if failure.kind == sigv4.MISSING else CORAL_SERVICE
        return self.error(request_id, code, status, failure.message, namespace)

    def missing_fields(self, request_id, operation):
        return Reply(200, self._headers(request_id), b"{}")

    def _headers(self, request_id):
        return [("Content-Type", self.content_type), ("x-amzn-RequestId", request_id)]


class Json11(RestJson):
    """Support: `{"__type": ..., "message": ...}`."""

    content_type = "application/x-amz-json-1.1"
    validation_code = "ValidationException"
    unknown_operation = ("UnknownOperationException", 400)
    namespace = None

    def error(self, request_id, code, status, message, namespace=None):
        wire_code = f"{namespace}#{code}" if namespace else code
        return Reply(status, self._headers(request_id),
                     _json({"__type": wire_code, "message": message}), error_code=code)


class IdentityCenterJson(RestJson):
    """The SSO portal and SSO-OIDC: rest-json, validation failures as InvalidRequestException."""

    validation_code = "InvalidRequestException"
    namespace = None


class SigninJson(RestJson):
    """AWS Sign-In: rest-json whose every error shape also carries an OAuth 2.0 `error` code
    (`INVALID_REQUEST` for validation failures and throttling, `server_error` for faults)."""

    validation_code = "ValidationException"
    namespace = None

    def error(self, request_id, code, status, message, namespace=None, members=None):
        members = members or {"error": "server_error" if status >= 500 else "INVALID_REQUEST"}
        return super().error(request_id, code, status, message, namespace, members)


class Query:
    """STS: XML `<OpResponse>` documents and `<ErrorResponse>` errors."""

    content_type = "text/xml"
    validation_code = "ValidationError"
    unknown_operation = ("InvalidAction", 400)
    namespace = None

    def success(self, request_id, operation, output):
        return self._document(request_id, operation, _xml(output))

    def error(self, request_id, code, status, message, namespace=None):
        kind = "Sender" if status < 500 else "Receiver"
        body = (f'<ErrorResponse xmlns="{STS_NAMESPACE}"><Error><Type>{kind}</Type>'
                f"<Code>{escape(code)}</Code><Message>{escape(message)}</Message></Error>"
                f"<RequestId>{request_id}</RequestId></ErrorResponse>")
        return Reply(status, self._headers(request_id), body.encode(), error_code=code)

    def auth_error(self, request_id, failure):
        status, _, code = AUTH_ERRORS[failure.kind]
        message = ("Request is missing Authentication Token" if failure.kind == sigv4.MISSING
                   else failure.message)
        return self.error(request_id, code, status, message)

    def missing_fields(self, request_id, operation):
        return self._document(request_id, operation, "")

    def _document(self, request_id, operation, result):
        body = (f'<{operation}Response xmlns="{STS_NAMESPACE}"><{operation}Result>{result}'
                f"</{operation}Result><ResponseMetadata><RequestId>{request_id}</RequestId>"
                f"</ResponseMetadata></{operation}Response>")
        return Reply(200, self._headers(request_id), body.encode())

    def _headers(self, request_id):
        return [("Content-Type", self.content_type), ("x-amzn-RequestId", request_id)]


PROTOCOLS = {"ses": RestJson(), "support": Json11(), "sts": Query(),
             "sso": IdentityCenterJson(), "sso-oidc": IdentityCenterJson(), "signin": SigninJson()}


def _json(value):
    return json.dumps(value, separators=(",", ":")).encode()


def _xml(value):
    """Nested dicts to XML elements, in insertion order."""
    return "".join(
        f"<{key}>{_xml(item) if isinstance(item, dict) else escape(str(item))}</{key}>"
        for key, item in value.items())


# ---------------------------------------------------------------------------------------
# The pipeline.


@dataclasses.dataclass
class Target:
    """Which service (and, if recognisable, which operation) a request addresses."""

    service: str
    operation: str
    labels: dict = dataclasses.field(default_factory=dict)
    form: dict = None


@dataclasses.dataclass
class Call:
    """Everything an operation handler needs."""

    store: state.Store
    region: str
    params: dict
    request: sigv4.ReceivedRequest
    now: datetime.datetime
    account: str = state.DEFAULT_ACCOUNT_ID

    @property
    def state(self):
        """This account's state in this region (call with the store's lock held)."""
        return self.store.region(self.region, self.account)


class FrontEnd:
    """Turns one received AWS request into a Reply, and logs the exchange."""

    def __init__(self, store, max_skew_seconds):
        self.store = store
        self.max_skew_seconds = max_skew_seconds

    def handle(self, request):
        entry = {"operation": None, "region": None, "service": None, "account": None,
                 "signature_valid": False, "fault": None, "endpoint_variant": None}
        request_id = str(uuid.uuid4())
        reply = self._process(request, request_id, entry)
        self.store.record(_log_entry(request, request_id, entry, reply))
        return reply

    def _process(self, request, request_id, entry):
        """Identify and authenticate; unknown APIs and bad signatures stop here."""
        target = identify(request)
        if target is None:
            return RestJson().error(
                request_id, "UnknownOperationException", 404,
                f"No AWS API at {request.method} {request.raw_path}. The emulator serves "
                "SES v2 under /v2/email/, Support and STS at POST /, the SSO portal at "
                "GET /federation/credentials, SSO-OIDC at POST /token and AWS Sign-In at "
                "POST /v1/token.")
        entry["service"] = SERVICES[target.service].signing_name
        protocol = PROTOCOLS[target.service]
        operation = SERVICES[target.service].operation(target.operation)
        now = datetime.datetime.now(datetime.timezone.utc)
        try:
            verified = self._authenticate(request, target.service, operation, now)
        except sigv4.AuthError as failure:
            return protocol.auth_error(request_id, failure)
        entry["signature_valid"] = verified is not None
        entry["region"] = verified.region if verified else None
        entry["account"] = (self.store.account_of(verified.access_key_id) if verified
                            else state.DEFAULT_ACCOUNT_ID)
        variant, problem = hosts.judge(target.service, request.header("Host") or "", entry["region"])
        if problem:  # a name no client resolving endpoints as botocore does would reach
            return protocol.error(request_id, "MisdirectedRequest", 421, problem,
                                  None if target.service == "sts" else CORAL_SERVICE)
        entry["endpoint_variant"] = variant
        with self.store.lock:
            disabled = entry["region"] in self.store.account_settings(entry["account"]).disabled_regions
        if disabled:  # what AWS answers in an opt-in region the account has not enabled
            status, code, query_code = AUTH_ERRORS[sigv4.UNRECOGNIZED]
            return protocol.error(request_id, query_code if target.service == "sts" else code, status,
                                  "The security token included in the request is invalid.",
                                  None if target.service == "sts" else CORAL_SERVICE)
        if operation is None:
            code, status = protocol.unknown_operation
            return protocol.error(request_id, code, status,
                                  f"The emulator does not implement operation "
                                  f"'{target.operation or '(none given)'}' of "
                                  f"{entry['service']}.", CORAL_SERVICE)
        entry["operation"] = operation.name
        return self._run(target, operation, request, request_id, entry, now)

    def _run(self, target, operation, request, request_id, entry, now):
        """Fault, decode, validate and execute an authenticated, known operation."""
        protocol = PROTOCOLS[target.service]
        with self.store.lock:
            latency = self.store.settings.latency_seconds
        if latency:
            self.store.stopping.wait(latency)
        fault = self.store.take_fault(operation.name, entry["region"])
        if fault is not None:
            entry["fault"] = fault.action
            if fault.action == "delay":
                self.store.stopping.wait(1.0 if fault.seconds is None else fault.seconds)
            elif not (fault.after and fault.action in ("drop", "reset-mid-body")):
                return _fault_reply(protocol, request_id, operation.name, fault)
        try:
            params = _decode(target, operation, request)
            model.validate(operation.input_shape, params)
            output = HANDLERS[operation.name](Call(self.store, entry["region"], params,
                                                   request, now, entry["account"]))
        except model.ValidationFailure as failure:
            return protocol.error(request_id, protocol.validation_code, 400, str(failure),
                                  protocol.namespace)
        except ServiceError as error:
            extra = {"members": error.members} if error.members else {}
            return protocol.error(request_id, error.code, error.status, error.message,
                                  protocol.namespace, **extra)
        if fault is not None and fault.after:
            return _fault_reply(protocol, request_id, operation.name, fault)
        return protocol.success(request_id, operation.name, output)

    def _authenticate(self, request, service, operation, now):
        """Verified, or None for an unsigned call to an operation modelled as unsigned."""
        unsigned_allowed = operation is not None and not model.requires_signature(operation)
        if unsigned_allowed and request.header("Authorization") is None:
            return None
        return sigv4.verify(request, SERVICES[service].signing_name, self.store.secret, now,
                            self.max_skew_seconds)


def identify(request):
    """The Target a request addresses, or None when it is for no emulated service."""
    path = request.raw_path
    if path == "/v2/email" or path.startswith("/v2/email/"):
        match = SERVICES["ses"].route(request.method, path)
        if match is None:
            return Target("ses", f"{request.method} {path}")
        return Target("ses", match[0].name, match[1])
    if (request.method, path) in REST_ROUTES:
        return Target(*REST_ROUTES[(request.method, path)])
    if request.method != "POST" or path != "/":
        return None
    amz_target = request.header("X-Amz-Target")
    if amz_target is not None:
        prefix, _, name = amz_target.partition(".")
        return Target("support", name if prefix == SUPPORT_TARGET_PREFIX else amz_target)
    content_type = (request.header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type == "application/x-www-form-urlencoded":
        form = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        return Target("sts", form.get("Action"), form=form)
    return None


def _decode(target, operation, request):
    """The operation's input as a dict, from wherever its protocol puts it."""
    if target.service == "sts":
        return _decode_form(operation, target.form)
    body = _json_body(request.body)
    if target.service == "support":
        return body
    return model.rest_json_input(operation, target.labels, sigv4.query_pairs(request.raw_query),
                                 body, request.header)


def _json_body(raw):
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as error:
        raise model.ValidationFailure([f"The request body is not valid JSON: {error}"]) from None
    if not isinstance(body, dict):
        raise model.ValidationFailure(["The request body must be a JSON object"])
    return body


def _decode_form(operation, form):
    version = form.get("Version")
    if version != STS_VERSION:
        raise ServiceError("InvalidAction", 400,
                           f"Could not find operation {operation.name} for version {version}")
    params, used = model.query_input(operation.input_shape, form)
    unknown = sorted(set(form) - used - {"Action", "Version"})
    if unknown:
        raise model.ValidationFailure([f"Unknown parameter '{name}'" for name in unknown])
    return params


def _fault_reply(protocol, request_id, operation, fault):
    """The Reply for a queued fault (other than delay, which only waits)."""
    headers = [("Content-Type", protocol.content_type), ("x-amzn-RequestId", request_id)]
    if fault.action == "error":
        return protocol.error(request_id, fault.code or "InternalFailure", fault.status or 500,
                              fault.message or "The request processing has failed because "
                              "of an unknown error, exception or failure.")
    if fault.action == "not-json":
        return Reply(fault.status or 200, headers,
                     b"<html><body><p>emulator fault: this body is not JSON<br></body></html>")
    if fault.action == "redirect":
        return Reply(fault.status or 307, headers + [
            ("Location", fault.location or "http://127.0.0.1:1/")])
    if fault.action == "missing-fields":
        return protocol.missing_fields(request_id, operation)
    return Reply(0 if fault.action in ("drop", "hang") else 200, headers, transport=fault)


def _log_entry(request, request_id, entry, reply):
    headers = {}
    for name, value in request.headers:
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return dict(entry, request_id=request_id, method=request.method, path=request.raw_path,
                query=request.raw_query, headers=headers,
                body=request.body.decode("utf-8", "replace"),
                body_base64=base64.b64encode(request.body).decode(),
                error_code=reply.error_code, status=reply.status, time=time.time())


# ---------------------------------------------------------------------------------------
# SES v2 operations.


def get_account(call):
    with call.store.lock:
        account = call.state.account
        if account.review is not None:
            account.review.read(account)
        output = {
            "DedicatedIpAutoWarmupEnabled": False,
            "EnforcementStatus": account.enforcement_status,
            "ProductionAccessEnabled": account.production_access,
            "SendQuota": {"Max24HourSend": float(account.max_24_hour_send),
                          "MaxSendRate": float(account.max_send_rate),
                          "SentLast24Hours": float(account.sent_last_24_hours)},
            "SendingEnabled": account.sending_enabled,
            "SuppressionAttributes": {"SuppressedReasons": list(account.suppressed_reasons)},
        }
        if account.auto_validation is not None:
            threshold = {"ConditionThresholdEnabled":
                         "ENABLED" if account.auto_validation["enabled"] else "DISABLED"}
            if "threshold" in account.auto_validation:
                threshold["OverallConfidenceThreshold"] = {
                    "ConfidenceVerdictThreshold": account.auto_validation["threshold"]}
            output["SuppressionAttributes"]["ValidationAttributes"] = {"ConditionThreshold": threshold}
        details = {aws: account.details[ours] for ours, aws in state.DETAILS_FIELDS
                   if account.details and ours in account.details}
        if account.review is not None:
            details["ReviewDetails"] = {"Status": account.review.status,
                                        "CaseId": account.review.case_id}
        if details:
            output["Details"] = details
    return output


def put_account_details(call):
    with call.store.lock:
        account = call.state.account
        review = account.review
        if review is not None and review.status == "PENDING":
            raise ServiceError("ConflictException", 409,
                               f"A review of your account details is already in progress "
                               f"(case {review.case_id}); wait for its outcome.")
        # FAILED: "an internal error occurred and we didn't receive your appeal. You can submit
        # your appeal again." (the SES v2 model), so only DENIED refuses a new request.
        if review is not None and review.status == "DENIED":
            raise ServiceError("ConflictException", 409,
                               f"The last review of your account details ended "
                               f"{review.status} (case {review.case_id}). Reply to that case "
                               "in the AWS Support Center instead of submitting again.")
        account.details = {ours: call.params[aws] for ours, aws in state.DETAILS_FIELDS
                           if aws in call.params}
        account.review = state.Review("PENDING", state.new_review_case_id())
        account.last_details_body = call.request.body
        review_case = account.review.case_id
    call.store.open_case(call.account, "Amazon SES production access (sandbox removal) request",
                         display_id=review_case, now=call.now)
    return {}


def list_email_identities(call):
    with call.store.lock:
        identities = list(call.state.identities)
        size = call.store.settings.page_size
    page, token = _paginate(identities, call, "identities", size)
    output = {"EmailIdentities": [
        {"IdentityType": i.type, "IdentityName": i.name, "SendingEnabled": i.sending_enabled,
         "VerificationStatus": i.verification_status} for i in page]}
    if token:
        output["NextToken"] = token
    return output


def get_email_identity(call):
    name = call.params["EmailIdentity"]
    with call.store.lock:
        identity = next((i for i in call.state.identities
                         if i.name == name), None)
    if identity is None:
        raise ServiceError("NotFoundException", 404, f"Email identity <{name}> does not exist.")
    output = {
        "IdentityType": identity.type,
        "FeedbackForwardingStatus": identity.feedback_forwarding,
        "VerifiedForSendingStatus": identity.verified_for_sending,
        "VerificationStatus": identity.verification_status,
        "DkimAttributes": {"SigningEnabled": identity.dkim_signing_enabled,
                           "Status": identity.dkim_status,
                           "Tokens": list(identity.dkim_tokens),
                           "SigningAttributesOrigin": identity.signing_attributes_origin},
        "Policies": {},
        "Tags": [],
    }
    if identity.mail_from:
        output["MailFromAttributes"] = {
            "MailFromDomain": identity.mail_from["domain"],
            "MailFromDomainStatus": identity.mail_from["status"],
            "BehaviorOnMxFailure": identity.mail_from["behavior_on_mx_failure"]}
    return output


def get_suppressed_destination(call):
    address = call.params["EmailAddress"]
    with call.store.lock:
        found = next((d for d in call.state.suppressed_destinations
                      if d["email_address"].lower() == address.lower()), None)
    if found is None:
        raise ServiceError("NotFoundException", 404,
                           f"Email address {address} does not exist on your suppression list.")
    return {"SuppressedDestination": {
        "EmailAddress": found["email_address"], "Reason": found["reason"],
        "LastUpdateTime": found["last_update_time"],
        "Attributes": {"MessageId": found["message_id"], "FeedbackId": found["feedback_id"]}}}


def list_configuration_sets(call):
    with call.store.lock:
        names = [c.name for c in call.state.configuration_sets]
        size = call.store.settings.page_size
    page, token = _paginate(names, call, "configuration-sets", size)
    output = {"ConfigurationSets": page}
    if token:
        output["NextToken"] = token
    return output


def get_configuration_set_event_destinations(call):
    name = call.params["ConfigurationSetName"]
    with call.store.lock:
        found = next((c for c in call.state.configuration_sets
                      if c.name == name), None)
    if found is None:
        raise ServiceError("NotFoundException", 404, f"Configuration set <{name}> does not exist.")
    return {"EventDestinations": [_destination(d) for d in found.event_destinations]}


def _destination(ours):
    out = {"Name": ours["name"], "Enabled": ours.get("enabled") is not False,
           "MatchingEventTypes": list(ours["matching_event_types"])}
    if ours.get("sns_topic_arn"):
        out["SnsDestination"] = {"TopicArn": ours["sns_topic_arn"]}
    if ours.get("event_bus_arn"):
        out["EventBridgeDestination"] = {"EventBusArn": ours["event_bus_arn"]}
    if ours.get("kinesis_firehose"):
        firehose = ours["kinesis_firehose"]
        out["KinesisFirehoseDestination"] = {"IamRoleArn": firehose["iam_role_arn"],
                                             "DeliveryStreamArn": firehose["delivery_stream_arn"]}
    if ours.get("cloudwatch_dimensions"):
        out["CloudWatchDestination"] = {"DimensionConfigurations": [
            {"DimensionName": d["name"], "DimensionValueSource": d["source"],
             "DefaultDimensionValue": d["default_value"]}
            for d in ours["cloudwatch_dimensions"]]}
    return out


def _paginate(items, call, kind, size_cap):
    """One page of `items` and the NextToken for the rest (None when done)."""
    requested = call.params.get("PageSize")
    if requested is not None and not 0 <= requested <= 1000:
        raise ServiceError("BadRequestException", 400,
                           f"PageSize must be between 0 and 1000, got {requested}.")
    start = 0
    if call.params.get("NextToken") is not None:
        start = _token_offset(call.params["NextToken"], kind, call.region)
    size = min(requested or size_cap, size_cap)
    end = start + size
    token = _encode_token(kind, call.region, end) if end < len(items) else None
    return items[start:end], token


def _encode_token(kind, region, offset):
    """Opaque standard-base64 token; it always contains '+', '/' and '='."""
    raw = TOKEN_MARK + f"{kind}|{region}|{offset}".encode()
    raw += b" " * ((1 - len(raw)) % 3)
    return base64.b64encode(raw).decode()


def _token_offset(token, kind, region):
    invalid = ServiceError("BadRequestException", 400, f"Invalid NextToken: '{token}'.")
    try:
        raw = base64.b64decode(token, validate=True)
    except (binascii.Error, ValueError):
        raise invalid from None
    fields = raw[len(TOKEN_MARK):].decode("utf-8", "replace").strip().split("|")
    if not raw.startswith(TOKEN_MARK) or len(fields) != 3 or fields[:2] != [kind, region] \
            or not fields[2].isdigit():
        raise invalid
    return int(fields[2])


# ---------------------------------------------------------------------------------------
# Support and STS operations.


def _require_subscription(call):
    if not call.store.support_subscription(call.account):
        raise ServiceError("SubscriptionRequiredException", 400,
                           "Amazon Web Services Premium Support Subscription is required to use "
                           "this service.")


def create_case(call):
    _require_subscription(call)
    case = call.store.open_case(call.account, call.params["subject"], now=call.now)
    with call.store.lock:
        case.communications.append(_communication(call, call.params["communicationBody"]))
    return {"caseId": case.case_id}


def add_communication_to_case(call):
    """Adds the body to a case of this account; the case id defaults to the latest case."""
    _require_subscription(call)
    with call.store.lock:
        cases = [c for c in call.store.cases.values() if c.account == call.account]
        case_id = call.params.get("caseId")
        case = next((c for c in cases if c.case_id == case_id), None) if case_id else \
            (cases[-1] if cases else None)
        if case is None:
            raise ServiceError("CaseIdNotFound", 400,
                               f"Invalid case ID: {case_id or '(none given)'}")
        case.communications.append(_communication(call, call.params["communicationBody"]))
    return {"result": True}


def describe_cases(call):
    """This account's cases, filtered by caseIdList and displayId."""
    _require_subscription(call)
    wanted = call.params.get("caseIdList") or None
    display = call.params.get("displayId")
    with call.store.lock:
        found = [c for c in call.store.cases.values() if c.account == call.account
                 and (wanted is None or c.case_id in wanted)
                 and (display is None or c.display_id == display)]
        cases = [{"caseId": c.case_id, "displayId": c.display_id, "subject": c.subject,
                  "status": "pending-customer-action", "serviceCode": "amazon-simple-email-service",
                  "categoryCode": "sending-limits", "severityCode": "low",
                  "language": "en", "timeCreated": call.now.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
                 for c in found]
    return {"cases": cases}


def _communication(call, body):
    return {"body": body, "cc_email_addresses": list(call.params.get("ccEmailAddresses") or []),
            "time": call.now.isoformat()}


def assume_role(call):
    _check_mfa(call)
    output, _ = _issue_role_credentials(call)
    if call.params.get("SourceIdentity"):
        output["SourceIdentity"] = call.params["SourceIdentity"]
    return output


def assume_role_with_web_identity(call):
    output, role_user = _issue_role_credentials(call)
    claims = _jwt_claims(call.params["WebIdentityToken"])
    audience = claims.get("aud", "sts.amazonaws.com")
    return {
        "Credentials": output["Credentials"],
        "SubjectFromWebIdentityToken": str(claims.get("sub", "emulator-subject")),
        "AssumedRoleUser": role_user,
        "Provider": str(claims.get("iss", call.params.get("ProviderId", "emulator.invalid"))),
        "Audience": str(audience[0] if isinstance(audience, list) and audience else audience),
    }


def _issue_role_credentials(call):
    """Register temporary credentials for the role; returns (output, AssumedRoleUser)."""
    role_arn = call.params["RoleArn"]
    match = ROLE_ARN.fullmatch(role_arn)
    if match is None:
        raise ServiceError("ValidationError", 400,
                           f"Value '{role_arn}' at 'roleArn' failed to satisfy constraint: "
                           "Member must be a role ARN (arn:aws:iam::<account>:role/<name>)")
    with call.store.lock:
        lifetime = call.store.settings.credential_lifetime_seconds
    lifetime = call.params.get("DurationSeconds") or lifetime
    access_key_id, secret = call.store.issue_session(lifetime, call.now, account=match[1])
    session = call.params["RoleSessionName"]
    role_id = "AROA" + hashlib.sha1(role_arn.encode()).hexdigest().upper()[:17]
    role_user = {"AssumedRoleId": f"{role_id}:{session}",
                 "Arn": f"arn:aws:sts::{match[1]}:assumed-role/{match[2]}/{session}"}
    credentials = {"AccessKeyId": access_key_id, "SecretAccessKey": secret.secret_access_key,
                   "SessionToken": secret.session_token,
                   "Expiration": secret.expiration.strftime("%Y-%m-%dT%H:%M:%SZ")}
    return {"Credentials": credentials, "AssumedRoleUser": role_user}, role_user


def _check_mfa(call):
    """A role registered as MFA-protected needs its device's SerialNumber and code."""
    with call.store.lock:
        required = call.store.mfa_roles.get(call.params["RoleArn"])
    if required is None:
        return
    serial, code = call.params.get("SerialNumber"), call.params.get("TokenCode")
    if serial is None or code is None:
        raise ServiceError("AccessDenied", 403,
                           f"User is not authorized to perform: sts:AssumeRole on resource: "
                           f"{call.params['RoleArn']} (the role requires MFA)")
    if serial != required["serial_number"] or code != required["token_code"]:
        raise ServiceError("AccessDenied", 403,
                           "MultiFactorAuthentication failed with invalid MFA one time pass code.")


# ---------------------------------------------------------------------------------------
# IAM Identity Center: the portal's GetRoleCredentials and SSO-OIDC's CreateToken.


def get_role_credentials(call):
    token = call.params["accessToken"]
    with call.store.lock:
        grant = call.store.sso_tokens.get(token)
        lifetime = call.store.settings.credential_lifetime_seconds
    if grant is None or grant["expires_at"] <= call.now:
        raise ServiceError("UnauthorizedException", 401, "Session token not found or invalid")
    role = {"account_id": call.params["accountId"], "role_name": call.params["roleName"]}
    if grant["roles"] is not None and role not in grant["roles"]:
        raise ServiceError("ForbiddenException", 403, "No access")
    access_key_id, secret = call.store.issue_session(lifetime, call.now,
                                                     account=call.params["accountId"])
    return {"roleCredentials": {
        "accessKeyId": access_key_id, "secretAccessKey": secret.secret_access_key,
        "sessionToken": secret.session_token,
        "expiration": int(secret.expiration.timestamp() * 1000)}}


def create_token(call):
    params = call.params
    if params["grantType"] != "refresh_token":
        raise ServiceError("UnsupportedGrantTypeException", 400,
                           f"The emulator supports only the refresh_token grant, not "
                           f"{params['grantType']}")
    with call.store.lock:
        client = call.store.sso_clients.get(params["clientId"])
        if client is None or client["client_secret"] != params["clientSecret"]:
            raise ServiceError("InvalidClientException", 401, "Invalid client")
        if params.get("refreshToken") != client["refresh_token"]:
            raise ServiceError("InvalidGrantException", 400, "Invalid refresh token")
        access_token = "aoa" + secrets.token_urlsafe(48)
        client["refresh_token"] = "aor" + secrets.token_urlsafe(48)
        lifetime = client["access_token_lifetime_seconds"]
        call.store.sso_tokens[access_token] = {
            "expires_at": call.now + datetime.timedelta(seconds=lifetime), "roles": client["roles"]}
        return {"accessToken": access_token, "tokenType": "Bearer", "expiresIn": lifetime,
                "refreshToken": client["refresh_token"]}


# ---------------------------------------------------------------------------------------
# AWS Sign-In (`aws login`): CreateOAuth2Token's refresh_token grant, with a DPoP proof.


def create_oauth2_token(call):
    """Checks the DPoP proof (signature against the key the refresh token is bound to, htm,
    htu, iat, an unused jti), then issues credentials SigV4 accepts and rotates the refresh
    token. Refusals are AccessDeniedException with signin's OAuth 2.0 `error` code."""
    token_input = call.params["tokenInput"]
    if token_input["grantType"] != "refresh_token":
        raise ServiceError("ValidationException", 400,
                           f"The emulator supports only the refresh_token grant, not "
                           f"{token_input['grantType']}", {"error": "INVALID_REQUEST"})
    request = call.request
    url = f"{request.scheme}://{request.header('Host')}{request.raw_path}"
    with call.store.lock:
        session = call.store.login_sessions.get(token_input.get("refreshToken"))
        if session is None or session["expires_at"] <= call.now \
                or session["client_id"] != token_input["clientId"]:
            raise ServiceError("AccessDeniedException", 401, "The refresh token has expired",
                               {"error": "TOKEN_EXPIRED"})
        try:
            dpop.verify(request.header("DPoP"), request.method, url, call.now.timestamp(),
                        call.store.dpop_ids, session["public_key"])
        except dpop.ProofError as error:
            raise ServiceError("ValidationException", 400, str(error),
                               {"error": "INVALID_REQUEST"}) from None
        if session["refusal"] is not None:
            raise ServiceError("AccessDeniedException", 403, f"Access denied: {session['refusal']}",
                               {"error": session["refusal"]})
        del call.store.login_sessions[token_input["refreshToken"]]
        refresh_token = "lrt" + secrets.token_urlsafe(48)
        call.store.login_sessions[refresh_token] = session
    access_key_id, secret = call.store.issue_session(session["lifetime"], call.now,
                                                     account=session["account_id"])
    return {"accessToken": {"accessKeyId": access_key_id,
                            "secretAccessKey": secret.secret_access_key,
                            "sessionToken": secret.session_token},
            "tokenType": "aws_sigv4", "expiresIn": session["lifetime"],
            "refreshToken": refresh_token}


def _jwt_claims(token):
    """The payload of a JWT, or {} when the token is not one (any text is accepted)."""
    parts = token.split(".")
    if len(parts) < 2:
        return {}
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError):
        return {}
    return claims if isinstance(claims, dict) else {}


HANDLERS = {
    "GetAccount": get_account,
    "PutAccountDetails": put_account_details,
    "ListEmailIdentities": list_email_identities,
    "GetEmailIdentity": get_email_identity,
    "ListConfigurationSets": list_configuration_sets,
    "GetConfigurationSetEventDestinations": get_configuration_set_event_destinations,
    "GetSuppressedDestination": get_suppressed_destination,
    "CreateCase": create_case,
    "AddCommunicationToCase": add_communication_to_case,
    "DescribeCases": describe_cases,
    "AssumeRole": assume_role,
    "AssumeRoleWithWebIdentity": assume_role_with_web_identity,
    "GetRoleCredentials": get_role_credentials,
    "CreateToken": create_token,
    "CreateOAuth2Token": create_oauth2_token,
}
