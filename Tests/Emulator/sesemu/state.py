"""The emulator's mutable world: per-region SES state, settings, faults, sessions, log.

State is held in plain dataclasses with snake_case fields, the same names the control
API uses; `aws.py` turns them into AWS output shapes. One re-entrant lock guards it all.
"""

import collections
import copy
import dataclasses
import datetime
import difflib
import hashlib
import secrets
import string
import threading

from . import dpop, sigv4

DEFAULT_ACCOUNT_ID = "123456789012"  # the account of the static credentials
DEFAULT_ACCESS_KEY_ID = "AKIAEMULATOR00000001"
DEFAULT_SECRET_ACCESS_KEY = "emulator/secret/Key+1"
LOG_LIMIT = 10000

# (control-API name, SES v2 AccountDetails member)
DETAILS_FIELDS = (
    ("mail_type", "MailType"),
    ("website_url", "WebsiteURL"),
    ("contact_language", "ContactLanguage"),
    ("use_case_description", "UseCaseDescription"),
    ("additional_contacts", "AdditionalContactEmailAddresses"),
)

FAULT_ACTIONS = ("error", "delay", "not-json", "drop", "reset-mid-body", "hang", "redirect",
                 "oversized", "missing-fields")


class ControlError(Exception):
    """A control-API request is malformed; the message says what to fix."""


# Type tags for control-API input checking.
NUMBER = "number"
STRINGS = "list of strings"
OBJECTS = "list of objects"


@dataclasses.dataclass
class Review:
    status: str
    case_id: str
    # The lifecycle: after `after_reads` more GetAccount calls have answered `status`, the
    # review becomes `then` (GRANTED also grants production access and a production quota).
    then: str = None
    after_reads: int = None

    def read(self, account):
        """One GetAccount read of this review: count it down, or flip it when it is due."""
        if self.then is None or self.after_reads is None:
            return
        if self.after_reads > 0:
            self.after_reads -= 1
            return
        self.status, self.then, self.after_reads = self.then, None, None
        if self.status == "GRANTED":
            account.production_access = True
            account.max_24_hour_send = max(account.max_24_hour_send, 50000.0)
            account.max_send_rate = max(account.max_send_rate, 14.0)


@dataclasses.dataclass
class Account:
    """A region's GetAccount state; sandbox defaults."""

    production_access: bool = False
    sending_enabled: bool = True
    enforcement_status: str = "HEALTHY"
    max_24_hour_send: float = 200.0
    max_send_rate: float = 1.0
    sent_last_24_hours: float = 0.0
    suppressed_reasons: list = dataclasses.field(default_factory=list)
    review: Review = None
    details: dict = None  # snake_case keys of DETAILS_FIELDS
    auto_validation: dict = None  # {"enabled": bool, "threshold": "MEDIUM"|"HIGH"|"MANAGED"}
    last_details_body: bytes = None  # exact bytes of the last accepted PutAccountDetails

    def merge(self, changes):
        """Apply a control-API account object (only the keys it contains)."""
        _check_fields(changes, ACCOUNT_SPEC, "account")
        for key, value in changes.items():
            if key == "review":
                value = None if value is None else _review(value)
            elif key == "details":
                value = None if value is None else _details(value)
            elif key == "auto_validation":
                value = None if value is None else _auto_validation(value)
            elif value is None:
                raise ControlError(f"'{key}' in account cannot be null")
            setattr(self, key, value)

    def snapshot(self):
        """The control-API view of this account (GET /_emulator/regions/R/account)."""
        view = dataclasses.asdict(self)
        body = view.pop("last_details_body")
        view["last_details_body"] = None if body is None else body.decode("utf-8", "replace")
        return view


@dataclasses.dataclass
class Identity:
    """An SES v2 email identity (domain or address)."""

    name: str
    type: str
    verification_status: str
    dkim_status: str
    dkim_signing_enabled: bool
    dkim_tokens: list
    signing_attributes_origin: str
    feedback_forwarding: bool
    sending_enabled: bool
    verified_for_sending: bool
    mail_from: dict  # {"domain", "status", "behavior_on_mx_failure"} or None


@dataclasses.dataclass
class ConfigurationSet:
    name: str
    event_destinations: list  # of control-API destination objects


@dataclasses.dataclass
class Region:
    account: Account = dataclasses.field(default_factory=Account)
    identities: list = dataclasses.field(default_factory=list)
    configuration_sets: list = dataclasses.field(default_factory=list)
    suppressed_destinations: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Settings:
    page_size: int = 2
    support_subscription: bool = True
    credential_lifetime_seconds: float = 3600
    latency_seconds: float = 0  # added to every AWS call, before it is answered

    def merge(self, changes):
        _check_fields(changes, SETTINGS_SPEC, "settings")
        for key, value in changes.items():
            if key == "latency_seconds":
                if value is None or not 0 <= value <= 60:
                    raise ControlError("'latency_seconds' in settings must be from 0 to 60")
            elif value is None or (key != "support_subscription" and value <= 0):
                raise ControlError(f"'{key}' in settings must be a positive value")
            setattr(self, key, value)


@dataclasses.dataclass
class AccountSettings:
    """What differs between AWS accounts besides their SES state (control API
    /_emulator/accounts/{id})."""

    support_subscription: bool = None  # None: the global setting
    disabled_regions: list = dataclasses.field(default_factory=list)  # opt-in regions not enabled

    def merge(self, changes):
        _check_fields(changes, ACCOUNT_SETTINGS_SPEC, "account settings")
        for key, value in changes.items():
            if key == "disabled_regions" and value is None:
                value = []
            setattr(self, key, value)


@dataclasses.dataclass
class Case:
    """An AWS Support case: opened by CreateCase, or by PutAccountDetails for its review."""

    case_id: str
    display_id: str
    account: str
    subject: str
    communications: list = dataclasses.field(default_factory=list)  # {"body","cc_email_addresses"}


@dataclasses.dataclass
class Fault:
    """One queued misbehaviour; see README for what each action does."""

    action: str
    operation: str = None
    region: str = None
    count: int = 1
    status: int = None
    code: str = None
    message: str = None
    seconds: float = None
    location: str = None
    bytes: int = None
    # With drop or reset-mid-body: carry the operation out first, then lose the answer
    # (the request took effect though the client never heard so).
    after: bool = False

    def matches(self, operation, region):
        return ((self.operation is None or self.operation == operation)
                and (self.region is None or self.region == region))


ACCOUNT_SPEC = {
    "production_access": bool, "sending_enabled": bool, "enforcement_status": str,
    "max_24_hour_send": NUMBER, "max_send_rate": NUMBER, "sent_last_24_hours": NUMBER,
    "suppressed_reasons": STRINGS, "review": dict, "details": dict, "auto_validation": dict,
}
AUTO_VALIDATION_SPEC = {"enabled": bool, "threshold": str}
AUTO_VALIDATION_THRESHOLDS = ("MEDIUM", "HIGH", "MANAGED")
REVIEW_SPEC = {"status": str, "case_id": str, "then": str, "after_reads": int}
REVIEW_STATUSES = ("PENDING", "GRANTED", "DENIED", "FAILED")
ACCOUNT_SETTINGS_SPEC = {"support_subscription": bool, "disabled_regions": STRINGS}
DETAILS_SPEC = {"mail_type": str, "website_url": str, "contact_language": str,
                "use_case_description": str, "additional_contacts": STRINGS}
IDENTITY_SPEC = {
    "name": str, "type": str, "verification_status": str, "dkim_status": str,
    "dkim_signing_enabled": bool, "dkim_tokens": STRINGS, "signing_attributes_origin": str,
    "feedback_forwarding": bool, "sending_enabled": bool, "verified_for_sending": bool,
    "mail_from": dict,
}
MAIL_FROM_SPEC = {"domain": str, "status": str, "behavior_on_mx_failure": str}
CONFIGURATION_SET_SPEC = {"name": str, "event_destinations": OBJECTS}
DESTINATION_SPEC = {
    "name": str, "enabled": bool, "matching_event_types": STRINGS, "sns_topic_arn": str,
    "event_bus_arn": str, "kinesis_firehose": dict, "cloudwatch_dimensions": OBJECTS,
}
FIREHOSE_SPEC = {"iam_role_arn": str, "delivery_stream_arn": str}
DIMENSION_SPEC = {"name": str, "source": str, "default_value": str}
SETTINGS_SPEC = {"page_size": int, "support_subscription": bool,
                 "credential_lifetime_seconds": NUMBER, "latency_seconds": NUMBER}
SSO_SPEC = {"access_tokens": OBJECTS, "clients": OBJECTS}
SSO_TOKEN_SPEC = {"token": str, "expires_in_seconds": NUMBER, "roles": OBJECTS}
SSO_CLIENT_SPEC = {"client_id": str, "client_secret": str, "refresh_token": str,
                   "access_token_lifetime_seconds": int, "roles": OBJECTS}
SSO_ROLE_SPEC = {"account_id": str, "role_name": str}
LOGIN_SPEC = {"sessions": OBJECTS}
LOGIN_SESSION_SPEC = {"client_id": str, "refresh_token": str, "dpop_key": str, "account_id": str,
                      "access_token_lifetime_seconds": int, "refresh_token_expires_in_seconds": NUMBER,
                      "refusal": str}
LOGIN_REFUSALS = ("USER_CREDENTIALS_CHANGED", "INSUFFICIENT_PERMISSIONS")
SUPPRESSED_SPEC = {"email_address": str, "reason": str, "last_update_time": NUMBER,
                   "message_id": str, "feedback_id": str}
MFA_ROLE_SPEC = {"role_arn": str, "serial_number": str, "token_code": str}
FAULT_SPEC = {"action": str, "operation": str, "region": str, "count": int, "status": int,
              "code": str, "message": str, "seconds": NUMBER, "location": str, "bytes": int,
              "after": bool}


# ---------------------------------------------------------------------------------------
# Control-API object parsing.


def _check_fields(obj, spec, where, required=()):
    """Reject non-objects, unknown keys (with a suggestion), wrong types, missing keys."""
    if not isinstance(obj, dict):
        raise ControlError(f"{where} must be a JSON object")
    for key, value in obj.items():
        if key not in spec:
            close = difflib.get_close_matches(key, list(spec), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ControlError(f"unknown key '{key}' in {where}{hint}; "
                               f"known keys: {', '.join(spec)}")
        if value is not None and not _has_type(value, spec[key]):
            name = spec[key] if isinstance(spec[key], str) else spec[key].__name__
            raise ControlError(f"'{key}' in {where} must be a {name}")
    for key in required:
        if obj.get(key) is None:
            raise ControlError(f"'{key}' is required in {where}")
    return obj


def _has_type(value, expected):
    if expected == NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if expected == STRINGS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if expected == OBJECTS:
        return isinstance(value, list) and all(isinstance(v, dict) for v in value)
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def _review(obj):
    _check_fields(obj, REVIEW_SPEC, "review", required=("status",))
    for key in ("status", "then"):
        if obj.get(key) is not None and obj[key] not in REVIEW_STATUSES:
            raise ControlError(f"'{key}' in review must be one of {', '.join(REVIEW_STATUSES)}")
    if (obj.get("then") is None) != (obj.get("after_reads") is None):
        raise ControlError("'then' and 'after_reads' in review go together")
    if obj.get("after_reads") is not None and obj["after_reads"] < 0:
        raise ControlError("'after_reads' in review must be 0 or more")
    return Review(obj["status"], obj.get("case_id") or new_review_case_id(), obj.get("then"),
                  obj.get("after_reads"))


def _auto_validation(value):
    _check_fields(value, AUTO_VALIDATION_SPEC, "auto_validation", required=("enabled",))
    if value.get("threshold") not in (None,) + AUTO_VALIDATION_THRESHOLDS:
        raise ControlError(f"auto_validation threshold must be one of {', '.join(AUTO_VALIDATION_THRESHOLDS)}")
    return {k: v for k, v in value.items() if v is not None}


def _details(obj):
    _check_fields(obj, DETAILS_SPEC, "details")
    return {k: v for k, v in obj.items() if v is not None}


def parse_identities(items):
    """A control-API identity list; unspecified fields get plausible defaults."""
    if not isinstance(items, list):
        raise ControlError("identities must be a JSON list")
    return [_identity(item) for item in items]


def _identity(obj):
    _check_fields(obj, IDENTITY_SPEC, "identity", required=("name",))
    name = obj["name"]
    kind = obj.get("type") or ("EMAIL_ADDRESS" if "@" in name else "DOMAIN")
    verification = obj.get("verification_status") or "SUCCESS"
    dkim = obj.get("dkim_status") or ("SUCCESS" if kind == "DOMAIN" else "NOT_STARTED")
    tokens = obj.get("dkim_tokens")
    if tokens is None:
        tokens = _dkim_tokens(name) if kind == "DOMAIN" and dkim != "NOT_STARTED" else []
    mail_from = obj.get("mail_from")
    if mail_from is not None:
        _check_fields(mail_from, MAIL_FROM_SPEC, "mail_from", required=("domain",))
        mail_from = {"domain": mail_from["domain"], "status": mail_from.get("status") or "SUCCESS",
                     "behavior_on_mx_failure":
                         mail_from.get("behavior_on_mx_failure") or "USE_DEFAULT_VALUE"}
    return Identity(
        name=name, type=kind, verification_status=verification, dkim_status=dkim,
        dkim_signing_enabled=_default(obj, "dkim_signing_enabled", dkim == "SUCCESS"),
        dkim_tokens=tokens,
        signing_attributes_origin=obj.get("signing_attributes_origin") or "AWS_SES",
        feedback_forwarding=_default(obj, "feedback_forwarding", True),
        sending_enabled=_default(obj, "sending_enabled", True),
        verified_for_sending=_default(obj, "verified_for_sending", verification == "SUCCESS"),
        mail_from=mail_from,
    )


def _default(obj, key, fallback):
    value = obj.get(key)
    return fallback if value is None else value


def _dkim_tokens(name):
    """Three stable, DKIM-looking tokens derived from the domain name."""
    return [hashlib.sha1(f"{name}/{i}".encode()).hexdigest()[:32] for i in range(3)]


def parse_configuration_sets(items):
    """A control-API configuration-set list, destinations checked key by key."""
    if not isinstance(items, list):
        raise ControlError("configuration sets must be a JSON list")
    sets = []
    for obj in items:
        _check_fields(obj, CONFIGURATION_SET_SPEC, "configuration set", required=("name",))
        destinations = obj.get("event_destinations") or []
        for destination in destinations:
            _check_fields(destination, DESTINATION_SPEC, "event destination",
                          required=("name", "matching_event_types"))
            if destination.get("kinesis_firehose") is not None:
                _check_fields(destination["kinesis_firehose"], FIREHOSE_SPEC, "kinesis_firehose",
                              required=tuple(FIREHOSE_SPEC))
            for dimension in destination.get("cloudwatch_dimensions") or []:
                _check_fields(dimension, DIMENSION_SPEC, "cloudwatch dimension",
                              required=tuple(DIMENSION_SPEC))
        sets.append(ConfigurationSet(obj["name"], copy.deepcopy(destinations)))
    return sets


def parse_faults(obj):
    """The body of POST /_emulator/faults: {"faults": [...]}."""
    _check_fields(obj, {"faults": OBJECTS}, "request", required=("faults",))
    faults = []
    for item in obj["faults"]:
        _check_fields(item, FAULT_SPEC, "fault", required=("action",))
        if item["action"] not in FAULT_ACTIONS:
            raise ControlError(f"unknown fault action '{item['action']}'; "
                               f"known actions: {', '.join(FAULT_ACTIONS)}")
        fault = Fault(**{k: v for k, v in item.items() if v is not None})
        if fault.count < 1:
            raise ControlError("'count' in fault must be at least 1")
        faults.append(fault)
    return faults


def parse_sso(obj, now):
    """The body of PUT /_emulator/sso: access tokens the portal accepts, and OIDC clients
    whose refresh token CreateToken accepts. Returns (tokens by value, clients by id)."""
    _check_fields(obj, SSO_SPEC, "sso")
    tokens, clients = {}, {}
    for item in obj.get("access_tokens") or []:
        _check_fields(item, SSO_TOKEN_SPEC, "access token", required=("token",))
        seconds = _default(item, "expires_in_seconds", 3600)
        tokens[item["token"]] = {"expires_at": now + datetime.timedelta(seconds=seconds),
                                 "roles": _sso_roles(item.get("roles"))}
    for item in obj.get("clients") or []:
        _check_fields(item, SSO_CLIENT_SPEC, "client",
                      required=("client_id", "client_secret", "refresh_token"))
        clients[item["client_id"]] = {
            "client_secret": item["client_secret"], "refresh_token": item["refresh_token"],
            "access_token_lifetime_seconds": _default(item, "access_token_lifetime_seconds", 3600),
            "roles": _sso_roles(item.get("roles"))}
    return tokens, clients


def parse_login(obj, now):
    """The body of PUT /_emulator/login: `aws login` sessions whose refresh token signin's
    CreateOAuth2Token accepts with a DPoP proof of `dpop_key` (a PEM EC key, private or public).
    Returns {refresh token: session}."""
    _check_fields(obj, LOGIN_SPEC, "login")
    sessions = {}
    for item in obj.get("sessions") or []:
        _check_fields(item, LOGIN_SESSION_SPEC, "login session",
                      required=("client_id", "refresh_token", "dpop_key"))
        try:
            key = dpop.public_key_from_pem(item["dpop_key"])
        except ValueError as error:
            raise ControlError(f"'dpop_key' in login session is not a usable key: {error}") from None
        refusal = item.get("refusal")
        if refusal is not None and refusal not in LOGIN_REFUSALS:
            raise ControlError(f"'refusal' in login session must be one of {', '.join(LOGIN_REFUSALS)}")
        sessions[item["refresh_token"]] = {
            "client_id": item["client_id"], "public_key": key,
            "account_id": _default(item, "account_id", DEFAULT_ACCOUNT_ID),
            "lifetime": _default(item, "access_token_lifetime_seconds", 900),
            "expires_at": now + datetime.timedelta(
                seconds=_default(item, "refresh_token_expires_in_seconds", 12 * 3600)),
            "refusal": refusal}
    return sessions


def _sso_roles(items):
    """None (any account and role) or the list of {"account_id", "role_name"} allowed."""
    if items is None:
        return None
    for item in items:
        _check_fields(item, SSO_ROLE_SPEC, "role", required=tuple(SSO_ROLE_SPEC))
    return [dict(item) for item in items]


def parse_suppressed_destinations(items, now):
    """The body of PUT .../suppressed-destinations: addresses on the account's suppression list."""
    if not isinstance(items, list):
        raise ControlError("suppressed destinations must be a JSON list")
    destinations = []
    for item in items:
        _check_fields(item, SUPPRESSED_SPEC, "suppressed destination",
                      required=("email_address", "reason"))
        if item["reason"] not in ("BOUNCE", "COMPLAINT"):
            raise ControlError("'reason' in suppressed destination must be BOUNCE or COMPLAINT")
        destinations.append({
            "email_address": item["email_address"], "reason": item["reason"],
            "last_update_time": _default(item, "last_update_time", now.timestamp()),
            "message_id": item.get("message_id") or "0100018c-emulator-message",
            "feedback_id": item.get("feedback_id") or "0100018c-emulator-feedback"})
    return destinations


def parse_mfa_roles(items):
    """The body of PUT /_emulator/mfa-roles: roles whose AssumeRole needs this device's code."""
    if not isinstance(items, list):
        raise ControlError("mfa roles must be a JSON list")
    roles = {}
    for item in items:
        _check_fields(item, MFA_ROLE_SPEC, "mfa role", required=tuple(MFA_ROLE_SPEC))
        roles[item["role_arn"]] = dict(item)
    return roles


def new_review_case_id():
    """A fresh numeric-looking SES review case id."""
    return str(secrets.randbelow(9 * 10**9) + 10**9) + str(secrets.randbelow(10))


# ---------------------------------------------------------------------------------------


class Store:
    """All emulator state behind one lock. Call `region()` etc. while holding `lock`."""

    def __init__(self, static_credentials):
        self.lock = threading.RLock()
        self.stopping = threading.Event()  # set at shutdown: ends hang and delay faults
        self._static = dict(static_credentials)
        self.reset()

    def reset(self):
        """Everything back to defaults (static credentials are kept)."""
        with self.lock:
            self.regions = {}  # (account id, region name) -> Region
            self.settings = Settings()
            self.faults = []
            self.log = collections.deque(maxlen=LOG_LIMIT)
            self.sessions = {}
            self.sso_tokens = {}  # access token -> {"expires_at", "roles"}
            self.sso_clients = {}  # client id -> {"client_secret", "refresh_token", ...}
            self.mfa_roles = {}  # role ARN -> {"serial_number", "token_code"}
            self.login_sessions = {}  # refresh token -> {"client_id", "public_key", ...}
            self.dpop_ids = set()  # jti of every DPoP proof accepted
            self.session_accounts = {}  # issued access key id -> account id
            self.accounts = {}  # account id -> AccountSettings
            self.cases = {}  # Support case id -> Case

    def region(self, name, account=DEFAULT_ACCOUNT_ID):
        """The state of a region of an account, created with sandbox defaults on first use."""
        return self.regions.setdefault((account, name), Region())

    def account_settings(self, account):
        """An account's settings, created with defaults on first use."""
        return self.accounts.setdefault(account, AccountSettings())

    def support_subscription(self, account):
        """Whether the account has a Business or Enterprise support plan."""
        with self.lock:
            own = self.account_settings(account).support_subscription
            return self.settings.support_subscription if own is None else own

    def account_of(self, access_key_id):
        """The account an access key belongs to: an assumed role's, else the default."""
        with self.lock:
            return self.session_accounts.get(access_key_id, DEFAULT_ACCOUNT_ID)

    def open_case(self, account, subject, display_id=None, now=None):
        """Register a Support case; returns it. Its display id is the SES review's case id
        when it is opened for a review."""
        year = (now or datetime.datetime.now(datetime.timezone.utc)).year
        case = Case(case_id=f"case-{account}-{year}-{secrets.token_hex(8)}",
                    display_id=display_id or new_review_case_id(), account=account, subject=subject)
        with self.lock:
            self.cases[case.case_id] = case
        return case

    def secret(self, access_key_id):
        """A sigv4.Secret for a static or issued access key id, or None."""
        with self.lock:
            if access_key_id in self._static:
                return sigv4.Secret(self._static[access_key_id])
            return self.sessions.get(access_key_id)

    def issue_session(self, lifetime_seconds, now, account=DEFAULT_ACCOUNT_ID):
        """Register fresh temporary credentials of `account`; returns (access_key_id, sigv4.Secret)."""
        alphabet = string.ascii_uppercase + string.digits
        access_key_id = "ASIA" + "".join(secrets.choice(alphabet) for _ in range(16))
        secret = sigv4.Secret(
            secret_access_key=secrets.token_urlsafe(30)[:40],
            session_token="IQoJb3JpZ2luX2VtdWxhdG9y" + secrets.token_urlsafe(96)
                          + "+/" + secrets.token_hex(8) + "==",
            expiration=(now + datetime.timedelta(seconds=lifetime_seconds)).replace(microsecond=0),
        )
        with self.lock:
            self.sessions[access_key_id] = secret
            self.session_accounts[access_key_id] = account
        return access_key_id, secret

    def take_fault(self, operation, region):
        """Consume one use of the first queued fault matching this request, if any."""
        with self.lock:
            for index, fault in enumerate(self.faults):
                if fault.matches(operation, region):
                    fault.count -= 1
                    if fault.count == 0:
                        del self.faults[index]
                    return fault
        return None

    def record(self, entry):
        with self.lock:
            self.log.append(entry)
