#!/usr/bin/env python3
"""Self-test of the SES emulator: starts it as a subprocess and drives it with real
boto3/botocore clients, raw HTTP where a client would refuse to misbehave, and the
control API. Run: python3 Tests/Emulator/test_emulator.py
"""

import base64
import datetime
import glob
import http.client
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

import boto3
import botocore.auth
import botocore.exceptions
from botocore import UNSIGNED
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
import botocore.credentials
import botocore.utils
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed, decode_dss_signature

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from sesemu import sigv4  # noqa: E402  (the verifier, for offline vector checks)
from sesemu import hosts as sigv4_hosts  # noqa: E402  (the endpoint judge)

KEY_ID = "AKIAEMULATOR00000001"
SECRET = "emulator/secret/Key+1"
ROLE_ARN = "arn:aws:iam::123456789012:role/sesame-ci"
SIGV4_SUITE = HERE.parents[2] / "shared" / "testdata" / "sigv4"
SESSION = boto3.Session()


class Emulator:
    """An emulator subprocess; `url` is what it printed after `listening `."""

    def __init__(self, *args):
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "emulator.py"), "--port", "0", *args],
            stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        if not line.startswith("listening "):
            self.process.kill()
            raise RuntimeError(f"emulator did not start: {line!r}")
        self.url = line.split(" ", 1)[1]
        parts = urlsplit(self.url)
        self.host, self.port = parts.hostname, parts.port

    def stop(self):
        """SIGTERM; returns (exit code, seconds taken)."""
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=10)
        self.process.stdout.close()
        return code, time.monotonic() - started


EMU = None


def setUpModule():
    global EMU
    EMU = Emulator()


def tearDownModule():
    EMU.stop()


class EmulatorTest(unittest.TestCase):
    """Base class: a clean emulator per test, and helpers to talk to it."""

    def setUp(self):
        self.control("POST", "/_emulator/reset")

    # -- control API -------------------------------------------------------------------

    def control(self, method, path, body=None, expect=200):
        status, _, data = self.raw(method, path, body=None if body is None
                                   else json.dumps(body).encode())
        self.assertEqual(status, expect, data)
        return json.loads(data)

    def requests_log(self):
        return self.control("GET", "/_emulator/requests")

    def set_identities(self, region, identities):
        self.control("PUT", f"/_emulator/regions/{region}/identities", identities)

    def queue(self, *faults):
        self.control("POST", "/_emulator/faults", {"faults": list(faults)})

    # -- AWS clients -------------------------------------------------------------------

    def client(self, service, region="us-east-1", key=KEY_ID, secret=SECRET, token=None,
               attempts=1, **config):
        config.setdefault("parameter_validation", False)
        return SESSION.client(
            service, region_name=region, endpoint_url=EMU.url, aws_access_key_id=key,
            aws_secret_access_key=secret, aws_session_token=token,
            config=Config(retries={"mode": "standard", "total_max_attempts": attempts},
                          **config))

    def assertClientError(self, call, code, status, message=None):
        with self.assertRaises(botocore.exceptions.ClientError) as caught:
            call()
        error = caught.exception.response
        self.assertEqual(error["Error"]["Code"], code, error)
        self.assertEqual(error["ResponseMetadata"]["HTTPStatusCode"], status)
        if message is not None:
            self.assertIn(message, error["Error"]["Message"])
        return error

    # -- raw HTTP ----------------------------------------------------------------------

    def raw(self, method, path, headers=None, body=None):
        """(status, {lower-case header: value}, body bytes) of one plain request."""
        connection = http.client.HTTPConnection(EMU.host, EMU.port, timeout=10)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return (response.status, {k.lower(): v for k, v in response.getheaders()},
                    response.read())
        finally:
            connection.close()

    def signed(self, method, path, service="ses", region="us-east-1", body=b"",
               headers=None, key=KEY_ID, secret=SECRET, token=None):
        """Headers for a request signed by botocore's own signer, as a client would."""
        request = AWSRequest(method=method, url=f"{EMU.url}{path}", data=body,
                             headers=dict(headers or {}))
        request.headers["Host"] = f"{EMU.host}:{EMU.port}"
        botocore.auth.SigV4Auth(Credentials(key, secret, token), service, region) \
            .add_auth(request)
        return dict(request.headers.items())


class SignatureVectors(unittest.TestCase):
    """The verifier's canonicalisation against known-good signatures, offline."""

    NOW = datetime.datetime(2015, 8, 30, 12, 36, tzinfo=datetime.timezone.utc)
    EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"

    def verify(self, method, host, path, query, headers, body, service, signed, signature,
               region="us-east-1", token=None):
        authorization = (f"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/{region}/"
                         f"{service}/aws4_request, SignedHeaders={signed}, "
                         f"Signature={signature}")
        request = sigv4.ReceivedRequest(
            method, "https", path, query,
            [("Host", host), ("X-Amz-Date", "20150830T123600Z")] + headers
            + [("Authorization", authorization)], body)
        secret = sigv4.Secret(self.EXAMPLE_SECRET, token)
        return sigv4.verify(request, service, {"AKIDEXAMPLE": secret}.get, self.NOW, 300)

    def test_conventions_vector_label_with_plus_and_at(self):
        self.verify("GET", "email.us-east-1.amazonaws.com",
                    "/v2/email/identities/user%2Btag%40example.com", "", [], b"", "ses",
                    "host;x-amz-date",
                    "301b1a14b79a3b889240f943f0daba12b92e0e5f73af9df6995d6df8506b1656")
        with self.assertRaises(sigv4.AuthError) as caught:  # the message shows the canonical
            self.verify("GET", "email.us-east-1.amazonaws.com",
                        "/v2/email/identities/user%2Btag%40example.com", "", [], b"", "ses",
                        "host;x-amz-date", "0" * 64)
        self.assertIn("'GET\n/v2/email/identities/user%252Btag%2540example.com\n\n",
                      caught.exception.message)

    def test_conventions_vector_query_and_session_token(self):
        self.verify("GET", "email.eu-west-1.amazonaws.com", "/v2/email/identities",
                    "NextToken=abc%2Fdef%2B%3D%20x&PageSize=10",
                    [("X-Amz-Security-Token", "SESSIONTOKENEXAMPLE")], b"", "ses",
                    "host;x-amz-date;x-amz-security-token",
                    "169e1c4124653bc4376f577bb8954ebab08172634ed58a2d4a6f4bbcbf43bd5c",
                    region="eu-west-1", token="SESSIONTOKENEXAMPLE")

    def test_conventions_vectors_support_sts_and_port(self):
        self.verify("POST", "support.us-east-1.amazonaws.com", "/", "",
                    [("Content-Type", "application/x-amz-json-1.1"),
                     ("X-Amz-Target", "AWSSupport_20130415.CreateCase")],
                    b'{"subject":"s","communicationBody":"b"}', "support",
                    "content-type;host;x-amz-date;x-amz-target",
                    "be387a2930134b790fc2dc657bcae3686be592b00ed001ab692cd91b0875281a")
        self.verify("POST", "sts.us-east-1.amazonaws.com", "/", "",
                    [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
                    b"Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A"
                    b"123456789012%3Arole%2Fdemo&RoleSessionName=sess", "sts",
                    "content-type;host;x-amz-date",
                    "53d22fd03d791f323b31144fa2c3f7fd6c0f08f3204386c1862cecf839572c15")
        self.verify("GET", "localhost:4566", "/v2/email/account", "", [], b"", "ses",
                    "host;x-amz-date",
                    "7572427eb09db6845eb12966f687422f057491797feb5389f830de6375085314")

    def test_aws_signature_v4_suite(self):
        """Every case of shared/testdata/sigv4, requests taken as raw wire input."""
        cases = sorted(glob.glob(str(SIGV4_SUITE / "**" / "*.req"), recursive=True))
        if not cases:
            self.skipTest(f"{SIGV4_SUITE} not present")
        for case in cases:
            with self.subTest(case=Path(case).stem):
                head, _, body = Path(case).read_text(encoding="utf-8").partition("\n\n")
                lines = head.split("\n")
                method, rest = lines[0].split(" ", 1)
                path, _, query = rest.rsplit(" ", 1)[0].partition("?")
                headers = []
                for line in filter(None, lines[1:]):
                    if line[:1] in (" ", "\t"):
                        headers[-1] = (headers[-1][0], f"{headers[-1][1]} {line.strip()}")
                    else:
                        name, _, value = line.partition(":")
                        headers.append((name, value))
                creq = Path(case[:-4] + ".creq").read_text(encoding="utf-8")
                token = next((line.split(":", 1)[1] for line in creq.split("\n")
                              if line.startswith("x-amz-security-token:")), None)
                if token and not any(k.lower() == "x-amz-security-token" for k, _ in headers):
                    headers.append(("X-Amz-Security-Token", token))
                authz = Path(case[:-4] + ".authz").read_text(encoding="utf-8")
                request = sigv4.ReceivedRequest(method, "https", path, query,
                                                headers + [("Authorization", authz)],
                                                body.encode())
                secret = sigv4.Secret(self.EXAMPLE_SECRET, token)
                sigv4.verify(request, "service", {"AKIDEXAMPLE": secret}.get, self.NOW, 300)


class Account(EmulatorTest):

    def test_sandbox_defaults(self):
        account = self.client("sesv2").get_account()
        self.assertFalse(account["ProductionAccessEnabled"])
        self.assertTrue(account["SendingEnabled"])
        self.assertEqual(account["EnforcementStatus"], "HEALTHY")
        self.assertEqual(account["SendQuota"],
                         {"Max24HourSend": 200.0, "MaxSendRate": 1.0, "SentLast24Hours": 0.0})
        self.assertNotIn("Details", account)

    def test_control_state_is_per_region(self):
        self.control("PUT", "/_emulator/regions/eu-west-1/account", {
            "production_access": True, "max_24_hour_send": 50000, "max_send_rate": 14,
            "sent_last_24_hours": 120, "enforcement_status": "PROBATION",
            "suppressed_reasons": ["BOUNCE", "COMPLAINT"],
            "review": {"status": "GRANTED", "case_id": "1234"}})
        eu = self.client("sesv2", "eu-west-1").get_account()
        self.assertTrue(eu["ProductionAccessEnabled"])
        self.assertEqual(eu["SendQuota"]["Max24HourSend"], 50000)
        self.assertEqual(eu["EnforcementStatus"], "PROBATION")
        self.assertEqual(eu["SuppressionAttributes"]["SuppressedReasons"],
                         ["BOUNCE", "COMPLAINT"])
        self.assertEqual(eu["Details"]["ReviewDetails"], {"Status": "GRANTED", "CaseId": "1234"})
        self.assertFalse(self.client("sesv2", "us-west-2").get_account()["ProductionAccessEnabled"])

    def test_auto_validation_is_reported_as_botocore_parses_it(self):
        self.control("PUT", "/_emulator/regions/us-east-1/account",
                     {"auto_validation": {"enabled": True, "threshold": "HIGH"}})
        attributes = self.client("sesv2").get_account()["SuppressionAttributes"]
        self.assertEqual(attributes["ValidationAttributes"], {"ConditionThreshold": {
            "ConditionThresholdEnabled": "ENABLED",
            "OverallConfidenceThreshold": {"ConfidenceVerdictThreshold": "HIGH"}}})
        self.control("PUT", "/_emulator/regions/us-east-1/account", {"auto_validation": {"enabled": False}})
        self.assertEqual(self.client("sesv2").get_account()["SuppressionAttributes"]["ValidationAttributes"],
                         {"ConditionThreshold": {"ConditionThresholdEnabled": "DISABLED"}})
        self.control("PUT", "/_emulator/regions/us-east-1/account",
                     {"auto_validation": {"enabled": True, "threshold": "LOW"}}, expect=400)

    def test_put_account_details_records_exact_body_and_opens_review(self):
        ses = self.client("sesv2", "eu-west-1")
        ses.put_account_details(
            MailType="TRANSACTIONAL", WebsiteURL="https://shop.example.org",
            ContactLanguage="JA", UseCaseDescription="Receipts — 領収書",
            AdditionalContactEmailAddresses=["ops@example.org"], ProductionAccessEnabled=True)
        details = ses.get_account()["Details"]
        self.assertEqual(details["MailType"], "TRANSACTIONAL")
        self.assertEqual(details["UseCaseDescription"], "Receipts — 領収書")
        self.assertEqual(details["AdditionalContactEmailAddresses"], ["ops@example.org"])
        self.assertEqual(details["ReviewDetails"]["Status"], "PENDING")
        self.assertTrue(details["ReviewDetails"]["CaseId"].isdigit())
        entry = [e for e in self.requests_log() if e["operation"] == "PutAccountDetails"][0]
        sent = base64.b64decode(entry["body_base64"])
        self.assertIn("領収書", json.loads(sent)["UseCaseDescription"])
        stored = self.control("GET", "/_emulator/regions/eu-west-1/account")
        self.assertEqual(stored["last_details_body"], sent.decode())

    def test_conflict_while_pending_or_after_denial(self):
        ses = self.client("sesv2")
        submit = lambda: ses.put_account_details(MailType="MARKETING",  # noqa: E731
                                                 WebsiteURL="https://example.org")
        submit()
        self.assertClientError(submit, "ConflictException", 409, "in progress")
        self.control("PUT", "/_emulator/regions/us-east-1/account",
                     {"review": {"status": "DENIED", "case_id": "987"}})
        self.assertClientError(submit, "ConflictException", 409, "case 987")
        # FAILED: AWS never received the request, and the API says to submit again.
        self.control("PUT", "/_emulator/regions/us-east-1/account",
                     {"review": {"status": "FAILED", "case_id": "986"}})
        submit()
        review = ses.get_account()["Details"]["ReviewDetails"]
        self.assertEqual(review["Status"], "PENDING")
        self.assertNotEqual(review["CaseId"], "986")
        self.control("PUT", "/_emulator/regions/us-east-1/account",
                     {"review": {"status": "GRANTED", "case_id": "987"}})
        submit()
        self.assertNotEqual(ses.get_account()["Details"]["ReviewDetails"]["CaseId"], "987")

    def test_validation_errors_are_bad_requests(self):
        ses = self.client("sesv2")
        error = self.assertClientError(
            lambda: ses.put_account_details(MailType="MARKETING", WebsiteURL="h" * 1001),
            "BadRequestException", 400,
            "Value at 'websiteURL' failed to satisfy constraint: Member must have length "
            "less than or equal to 1000")
        self.assertNotIn("hhhh", error["Error"]["Message"])  # sensitive: never echoed
        self.assertClientError(
            lambda: ses.put_account_details(
                MailType="MARKETING", WebsiteURL="https://e.org",
                AdditionalContactEmailAddresses=[f"c{i}@example.org" for i in range(5)]),
            "BadRequestException", 400, "Member must have length less than or equal to 4")
        self.assertClientError(
            lambda: ses.put_account_details(MailType="NEWSLETTER", WebsiteURL="https://e.org"),
            "BadRequestException", 400,
            "Value 'NEWSLETTER' at 'mailType' failed to satisfy constraint: Member must "
            "satisfy enum value set: [MARKETING, TRANSACTIONAL]")
        self.assertClientError(
            lambda: ses.put_account_details(MailType="MARKETING", WebsiteURL="https://e.org",
                                            AdditionalContactEmailAddresses=["nope"]),
            "BadRequestException", 400, "regular expression pattern: ^(.+)@(.+)$")
        self.assertClientError(lambda: ses.put_account_details(MailType="MARKETING"),
                               "BadRequestException", 400,
                               "1 validation error detected: Value null at 'websiteURL'")

    def test_unknown_member_and_bad_json_are_rejected(self):
        body = json.dumps({"MailType": "MARKETING", "WebsiteUrl": "https://e.org"}).encode()
        headers = self.signed("POST", "/v2/email/account/details", body=body,
                              headers={"Content-Type": "application/json"})
        status, response_headers, data = self.raw("POST", "/v2/email/account/details",
                                                  headers, body)
        self.assertEqual(status, 400)
        self.assertTrue(response_headers["x-amzn-errortype"].startswith("BadRequestException:"))
        message = json.loads(data)["message"]
        self.assertIn("Unknown member 'WebsiteUrl'", message)
        self.assertIn("did you mean 'WebsiteURL'", message)
        headers = self.signed("POST", "/v2/email/account/details", body=b"{nope",
                              headers={"Content-Type": "application/json"})
        status, _, data = self.raw("POST", "/v2/email/account/details", headers, b"{nope")
        self.assertEqual(status, 400)
        self.assertIn("not valid JSON", json.loads(data)["message"])


class Identities(EmulatorTest):

    def test_label_with_plus_and_at_is_verified_and_found(self):
        self.set_identities("us-east-1", [
            {"name": "user+tag@example.com"},
            {"name": "example.org", "mail_from": {"domain": "bounce.example.org"}}])
        ses = self.client("sesv2")
        identity = ses.get_email_identity(EmailIdentity="user+tag@example.com")
        self.assertEqual(identity["IdentityType"], "EMAIL_ADDRESS")
        self.assertEqual(identity["DkimAttributes"]["Status"], "NOT_STARTED")
        entry = self.requests_log()[-1]
        self.assertEqual(entry["path"], "/v2/email/identities/user%2Btag%40example.com")
        self.assertTrue(entry["signature_valid"])
        domain = ses.get_email_identity(EmailIdentity="example.org")
        self.assertEqual(domain["DkimAttributes"]["Status"], "SUCCESS")
        self.assertTrue(domain["DkimAttributes"]["SigningEnabled"])
        self.assertEqual(len(domain["DkimAttributes"]["Tokens"]), 3)
        self.assertEqual(domain["MailFromAttributes"]["MailFromDomain"], "bounce.example.org")

    def test_absent_identity_is_not_found(self):
        self.assertClientError(
            lambda: self.client("sesv2").get_email_identity(EmailIdentity="nobody@example.org"),
            "NotFoundException", 404)

    def test_pagination_with_opaque_tokens(self):
        names = [f"d{i}.example" for i in range(5)]
        self.set_identities("eu-west-1", [{"name": n, "verification_status": "PENDING"}
                                          for n in names])
        ses = self.client("sesv2", "eu-west-1")
        seen, tokens, kwargs = [], [], {}
        while True:
            page = ses.list_email_identities(**kwargs)
            self.assertLessEqual(len(page["EmailIdentities"]), 2)
            seen += [i["IdentityName"] for i in page["EmailIdentities"]]
            if "NextToken" not in page:
                break
            tokens.append(page["NextToken"])
            kwargs = {"NextToken": page["NextToken"]}
        self.assertEqual(seen, names)
        self.assertEqual(len(tokens), 2)
        self.assertTrue(all("+" in t and "/" in t and t.endswith("=") for t in tokens))
        self.assertEqual(len(ses.list_email_identities(PageSize=1)["EmailIdentities"]), 1)
        self.assertClientError(lambda: ses.list_email_identities(NextToken="garbage"),
                               "BadRequestException", 400, "Invalid NextToken")
        other_region = self.client("sesv2", "us-east-1")
        self.assertClientError(lambda: other_region.list_email_identities(NextToken=tokens[0]),
                               "BadRequestException", 400)
        self.assertClientError(lambda: ses.list_email_identities(PageSize=1001),
                               "BadRequestException", 400)

    def test_raw_plus_in_query_is_a_space(self):
        """A client that forgets to encode '+' in NextToken sends a different value."""
        self.set_identities("us-east-1", [{"name": f"d{i}.example"} for i in range(3)])
        token = self.client("sesv2").list_email_identities()["NextToken"]
        path = f"/v2/email/identities?NextToken={token}"  # deliberately not encoded
        status, _, data = self.raw("GET", path, self.signed("GET", path))
        self.assertEqual(status, 403, data)  # botocore signed '+' as %2B; it means space


class SuppressionList(EmulatorTest):

    def test_suppressed_address_is_found_and_others_are_not(self):
        self.control("PUT", "/_emulator/regions/us-east-1/suppressed-destinations", [
            {"email_address": "gone+old@example.com", "reason": "BOUNCE",
             "last_update_time": 1767225600}])
        ses = self.client("sesv2")
        found = ses.get_suppressed_destination(EmailAddress="gone+old@example.com")
        destination = found["SuppressedDestination"]
        self.assertEqual((destination["Reason"], destination["LastUpdateTime"].timestamp()),
                         ("BOUNCE", 1767225600))
        self.assertClientError(lambda: ses.get_suppressed_destination(EmailAddress="x@example.com"),
                               "NotFoundException", 404)
        self.assertClientError(lambda: self.client("sesv2", region="eu-west-1")
                               .get_suppressed_destination(EmailAddress="gone+old@example.com"),
                               "NotFoundException", 404)
        error = self.control("PUT", "/_emulator/regions/us-east-1/suppressed-destinations",
                             [{"email_address": "a@b.c", "reason": "SPAM"}], expect=400)
        self.assertIn("BOUNCE or COMPLAINT", error["error"])


class ConfigurationSets(EmulatorTest):

    def test_list_and_event_destinations(self):
        self.control("PUT", "/_emulator/regions/us-east-1/configuration-sets", [
            {"name": "default", "event_destinations": [
                {"name": "sns", "enabled": True, "matching_event_types": ["BOUNCE", "COMPLAINT"],
                 "sns_topic_arn": "arn:aws:sns:us-east-1:123456789012:ses"},
                {"name": "bus", "enabled": False, "matching_event_types": ["DELIVERY"],
                 "event_bus_arn": "arn:aws:events:us-east-1:123456789012:event-bus/default"}]},
            {"name": "b"}, {"name": "c"}])
        ses = self.client("sesv2")
        first = ses.list_configuration_sets()
        self.assertEqual(first["ConfigurationSets"], ["default", "b"])
        rest = ses.list_configuration_sets(NextToken=first["NextToken"])
        self.assertEqual(rest["ConfigurationSets"], ["c"])
        self.assertNotIn("NextToken", rest)
        destinations = ses.get_configuration_set_event_destinations(
            ConfigurationSetName="default")["EventDestinations"]
        self.assertEqual(destinations[0]["SnsDestination"]["TopicArn"],
                         "arn:aws:sns:us-east-1:123456789012:ses")
        self.assertEqual(destinations[0]["MatchingEventTypes"], ["BOUNCE", "COMPLAINT"])
        self.assertFalse(destinations[1]["Enabled"])
        self.assertIn("EventBridgeDestination", destinations[1])
        self.assertClientError(
            lambda: ses.get_configuration_set_event_destinations(ConfigurationSetName="x"),
            "NotFoundException", 404)


class Authentication(EmulatorTest):

    def test_missing_authentication(self):
        status, headers, data = self.raw("GET", "/v2/email/account")
        self.assertEqual(status, 403)
        self.assertEqual(headers["x-amzn-errortype"], "MissingAuthenticationTokenException")
        self.assertEqual(json.loads(data), {"message": "Missing Authentication Token"})
        self.assertTrue(headers["x-amzn-requestid"])
        entry = self.requests_log()[-1]
        self.assertFalse(entry["signature_valid"])
        self.assertEqual(entry["error_code"], "MissingAuthenticationTokenException")

    def test_unknown_key_and_wrong_secret(self):
        self.assertClientError(lambda: self.client("sesv2", key="AKIAUNKNOWN000000000")
                               .get_account(), "UnrecognizedClientException", 403,
                               "The security token included in the request is invalid.")
        error = self.assertClientError(
            lambda: self.client("sesv2", secret="wrong").get_account(),
            "InvalidSignatureException", 403,
            "The request signature we calculated does not match the signature you provided")
        self.assertIn("GET\n/v2/email/account\n", error["Error"]["Message"])

    def test_forged_signature(self):
        headers = self.signed("GET", "/v2/email/account")
        signature = headers["Authorization"][-64:]
        forged = signature[:-1] + ("0" if signature[-1] != "0" else "1")
        headers["Authorization"] = headers["Authorization"][:-64] + forged
        status, response_headers, _ = self.raw("GET", "/v2/email/account", headers)
        self.assertEqual(status, 403)
        self.assertTrue(response_headers["x-amzn-errortype"].startswith(
            "InvalidSignatureException"))
        headers = self.signed("GET", "/v2/email/account")
        headers["Host"] = "evil.example"  # signed header altered after signing
        self.assertEqual(self.raw("GET", "/v2/email/account", headers)[0], 403)

    def test_stale_and_future_dates(self):
        ses = self.client("sesv2")
        now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
        with mock.patch("botocore.auth.get_current_datetime",
                        return_value=now - datetime.timedelta(minutes=6)):
            self.assertClientError(ses.get_account, "InvalidSignatureException", 403,
                                   "Signature expired: ")
        with mock.patch("botocore.auth.get_current_datetime",
                        return_value=now + datetime.timedelta(minutes=6)):
            self.assertClientError(ses.get_account, "InvalidSignatureException", 403,
                                   "Signature not yet current: ")
        with mock.patch("botocore.auth.get_current_datetime",
                        return_value=now - datetime.timedelta(minutes=4)):
            ses.get_account()

    def test_wrong_service_in_scope(self):
        headers = self.signed("GET", "/v2/email/account", service="sts")
        status, _, data = self.raw("GET", "/v2/email/account", headers)
        self.assertEqual(status, 403)
        self.assertIn("Credential should be scoped to correct service: 'ses'",
                      json.loads(data)["message"])

    def test_every_x_amz_header_must_be_signed(self):
        headers = self.signed("GET", "/v2/email/account")
        headers["X-Amz-Extra"] = "1"
        status, _, data = self.raw("GET", "/v2/email/account", headers)
        self.assertEqual(status, 403)
        self.assertIn("x-amz-extra", json.loads(data)["message"])

    def test_content_sha256_header_must_match_the_body(self):
        body = json.dumps({"MailType": "MARKETING", "WebsiteURL": "https://e.org"}).encode()
        headers = self.signed("POST", "/v2/email/account/details", body=body, headers={
            "Content-Type": "application/json", "X-Amz-Content-SHA256": "0" * 64})
        status, _, data = self.raw("POST", "/v2/email/account/details", headers, body)
        self.assertEqual(status, 403)
        self.assertIn("x-amz-content-sha256", json.loads(data)["message"])

    def test_unknown_operation(self):
        self.assertEqual(self.raw("GET", "/v2/email/nothing-here",
                                  self.signed("GET", "/v2/email/nothing-here"))[0], 404)
        self.assertEqual(self.raw("GET", "/elsewhere")[0], 404)


class Sts(EmulatorTest):

    def assume(self, **kwargs):
        return self.client("sts").assume_role(RoleArn=ROLE_ARN, RoleSessionName="ci",
                                              **kwargs)

    def test_assume_role_then_use_temporary_credentials(self):
        self.control("PUT", "/_emulator/settings", {"credential_lifetime_seconds": 900})
        before = datetime.datetime.now(datetime.timezone.utc)
        result = self.assume()
        credentials = result["Credentials"]
        self.assertTrue(credentials["AccessKeyId"].startswith("ASIA"))
        lifetime = (credentials["Expiration"] - before).total_seconds()
        self.assertTrue(898 <= lifetime <= 901, lifetime)
        self.assertEqual(result["AssumedRoleUser"]["Arn"],
                         "arn:aws:sts::123456789012:assumed-role/sesame-ci/ci")
        ses = self.client("sesv2", key=credentials["AccessKeyId"],
                          secret=credentials["SecretAccessKey"],
                          token=credentials["SessionToken"])
        self.assertFalse(ses.get_account()["ProductionAccessEnabled"])
        entry = self.requests_log()[-1]
        self.assertIn("x-amz-security-token", entry["headers"]["Authorization"])
        longer = self.assume(DurationSeconds=7200)["Credentials"]["Expiration"]
        self.assertGreater((longer - before).total_seconds(), 7100)

    def test_session_token_is_required_and_must_be_signed(self):
        credentials = self.assume()["Credentials"]
        key, secret = credentials["AccessKeyId"], credentials["SecretAccessKey"]
        self.assertClientError(lambda: self.client("sesv2", key=key, secret=secret)
                               .get_account(), "UnrecognizedClientException", 403)
        self.assertClientError(lambda: self.client("sesv2", key=key, secret=secret,
                                                   token="not-the-token").get_account(),
                               "UnrecognizedClientException", 403)
        headers = self.signed("GET", "/v2/email/account", key=key, secret=secret)
        headers["X-Amz-Security-Token"] = credentials["SessionToken"]  # added after signing
        status, _, data = self.raw("GET", "/v2/email/account", headers)
        self.assertEqual(status, 403)
        self.assertIn("x-amz-security-token", json.loads(data)["message"])

    def test_expired_temporary_credentials(self):
        self.control("PUT", "/_emulator/settings", {"credential_lifetime_seconds": 1})
        credentials = self.assume()["Credentials"]
        time.sleep(1.1)
        self.assertClientError(
            lambda: self.client("sesv2", key=credentials["AccessKeyId"],
                                secret=credentials["SecretAccessKey"],
                                token=credentials["SessionToken"]).get_account(),
            "ExpiredTokenException", 403)

    def test_errors_use_the_query_xml_shape(self):
        sts = self.client("sts", secret="wrong")
        self.assertClientError(lambda: sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="ci"),
                               "SignatureDoesNotMatch", 403)
        sts = self.client("sts", key="AKIAUNKNOWN000000000")
        self.assertClientError(lambda: sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="ci"),
                               "InvalidClientTokenId", 403)
        self.assertClientError(lambda: self.assume(DurationSeconds=60), "ValidationError", 400,
                               "Member must have value greater than or equal to 900")
        sts = self.client("sts")
        self.assertClientError(
            lambda: sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="bad name!"),
            "ValidationError", 400, "roleSessionName")
        self.assertClientError(lambda: sts.assume_role(RoleArn=ROLE_ARN),
                               "ValidationError", 400, "Value null at 'roleSessionName'")
        status, headers, data = self.raw("POST", "/", {
            "Content-Type": "application/x-www-form-urlencoded"}, b"Action=AssumeRole")
        self.assertEqual(status, 403)
        self.assertIn(b"<Code>MissingAuthenticationToken</Code>", data)
        self.assertEqual(headers["content-type"], "text/xml")

    def test_web_identity_is_unsigned(self):
        sts = self.client("sts", signature_version=UNSIGNED)
        result = sts.assume_role_with_web_identity(
            RoleArn=ROLE_ARN, RoleSessionName="ci", WebIdentityToken="header.eyJzdWIiOiJyZXBvOnNlc2FtZSIsImF1ZCI6InN0cy5hbWF6b25hd3MuY29tIiwiaXNzIjoidG9rZW4uYWN0aW9ucy5naXRodWJ1c2VyY29udGVudC5jb20ifQ.sig")
        self.assertTrue(result["Credentials"]["AccessKeyId"].startswith("ASIA"))
        self.assertEqual(result["SubjectFromWebIdentityToken"], "repo:sesame")
        entry = self.requests_log()[-1]
        self.assertNotIn("Authorization", entry["headers"])
        self.assertIsNone(entry["error_code"])
        self.assertClientError(
            lambda: sts.assume_role_with_web_identity(RoleArn=ROLE_ARN, RoleSessionName="ci",
                                                      WebIdentityToken="abc"),
            "ValidationError", 400, "length greater than or equal to 4")
        self.assertClientError(lambda: sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="ci"),
                               "MissingAuthenticationToken", 403)


class IdentityCenter(EmulatorTest):
    """The SSO portal and SSO-OIDC, driven by botocore's unsigned sso and sso-oidc clients."""

    def unsigned(self, service, region="eu-west-1"):
        return SESSION.client(service, region_name=region, endpoint_url=EMU.url,
                              config=Config(signature_version=UNSIGNED,
                                            retries={"mode": "standard", "total_max_attempts": 1}))

    def test_role_credentials_for_a_known_token_sign_ses_requests(self):
        self.control("PUT", "/_emulator/sso", {"access_tokens": [
            {"token": "good", "roles": [{"account_id": "123456789012", "role_name": "Admin"}]},
            {"token": "stale", "expires_in_seconds": -5}]})
        sso = self.unsigned("sso")
        role = sso.get_role_credentials(roleName="Admin", accountId="123456789012",
                                        accessToken="good")["roleCredentials"]
        self.assertTrue(role["accessKeyId"].startswith("ASIA"))
        self.assertGreater(role["expiration"], time.time() * 1000)
        ses = self.client("sesv2", key=role["accessKeyId"], secret=role["secretAccessKey"],
                          token=role["sessionToken"])
        self.assertFalse(ses.get_account()["ProductionAccessEnabled"])
        for token in ("stale", "unknown"):
            self.assertClientError(lambda: sso.get_role_credentials(
                roleName="Admin", accountId="123456789012", accessToken=token),
                "UnauthorizedException", 401)
        self.assertClientError(lambda: sso.get_role_credentials(
            roleName="Other", accountId="123456789012", accessToken="good"),
            "ForbiddenException", 403)
        entry = self.requests_log()[0]
        self.assertEqual(entry["operation"], "GetRoleCredentials")
        self.assertNotIn("Authorization", entry["headers"])

    def test_missing_bearer_token_is_a_validation_error(self):
        status, headers, _ = self.raw("GET", "/federation/credentials?role_name=A&account_id=1")
        self.assertEqual(status, 400)
        self.assertEqual(headers["x-amzn-errortype"], "InvalidRequestException")

    def test_refresh_token_grant_rotates_the_refresh_token(self):
        self.control("PUT", "/_emulator/sso", {"clients": [
            {"client_id": "c", "client_secret": "s", "refresh_token": "r1",
             "access_token_lifetime_seconds": 600}]})
        oidc = self.unsigned("sso-oidc")
        token = oidc.create_token(clientId="c", clientSecret="s", grantType="refresh_token",
                                  refreshToken="r1")
        self.assertEqual((token["tokenType"], token["expiresIn"]), ("Bearer", 600))
        self.assertEqual(self.control("GET", "/_emulator/sso")["clients"][0]["refresh_token"],
                         token["refreshToken"])
        self.assertClientError(lambda: oidc.create_token(
            clientId="c", clientSecret="s", grantType="refresh_token", refreshToken="r1"),
            "InvalidGrantException", 400)
        self.assertClientError(lambda: oidc.create_token(
            clientId="c", clientSecret="wrong", grantType="refresh_token",
            refreshToken=token["refreshToken"]), "InvalidClientException", 401)
        role = self.unsigned("sso").get_role_credentials(
            roleName="Any", accountId="123456789012", accessToken=token["accessToken"])
        self.assertIn("roleCredentials", role)

    def test_bad_sso_control_input_is_rejected(self):
        error = self.control("PUT", "/_emulator/sso", {"access_tokens": [{"tokn": "x"}]},
                             expect=400)
        self.assertIn("did you mean 'token'", error["error"])


class CrtEC:
    """What botocore's login provider needs of awscrt's `EC` (not installed here), done with
    `cryptography`, so that botocore's own `LoginCredentialFetcher` and `_build_dpop_header`
    drive the emulator."""

    class Key:
        def __init__(self, key):
            self.key = key

        def get_public_coords(self):
            numbers = self.key.public_key().public_numbers()
            return numbers.x.to_bytes(32, "big"), numbers.y.to_bytes(32, "big")

        def sign(self, digest):
            return self.key.sign(digest, ec.ECDSA(Prehashed(hashes.SHA256())))

    @staticmethod
    def new_key_from_der_data(der):
        return CrtEC.Key(serialization.load_der_private_key(der, password=None))

    @staticmethod
    def decode_der_signature_to_padded_pair(signature, pad_to):
        r, s = decode_dss_signature(signature)
        return r.to_bytes(pad_to, "big") + s.to_bytes(pad_to, "big")


def new_dpop_key():
    """A fresh P-256 key as the SEC1 PEM `aws login` caches as `dpopKey`."""
    return ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption()).decode()


@mock.patch("botocore.credentials.EC", CrtEC)
class Signin(EmulatorTest):
    """AWS Sign-In's CreateOAuth2Token, driven by botocore's own login credential fetcher."""

    def setUp(self):
        super().setUp()
        self.key = new_dpop_key()
        self.cache = {}
        self.cache[botocore.utils.generate_login_cache_key("arn:aws:iam::123456789012:user/dev")] = {
            "accessToken": {"accessKeyId": "ASIAOLD", "secretAccessKey": "old", "sessionToken": "old",
                            "accountId": "123456789012", "expiresAt": "2020-01-01T00:00:00Z"},
            "refreshToken": "r1", "clientId": "arn:aws:signin:::devtools/same-device",
            "dpopKey": self.key, "idToken": "kept"}

    def login(self, **session):
        self.control("PUT", "/_emulator/login", {"sessions": [dict(
            {"client_id": "arn:aws:signin:::devtools/same-device", "refresh_token": "r1",
             "dpop_key": self.key, "account_id": "123456789012"}, **session)]})

    def fetcher(self):
        def client_creator(name, config):
            return SESSION.client(name, region_name="us-east-1", endpoint_url=EMU.url,
                                  config=config.merge(Config(retries={"total_max_attempts": 1})))
        return botocore.credentials.LoginCredentialFetcher(
            "arn:aws:iam::123456789012:user/dev", botocore.utils.LoginTokenLoader(self.cache),
            client_creator)

    def test_refresh_issues_credentials_that_sign_and_rotates_the_refresh_token(self):
        self.login(access_token_lifetime_seconds=600)
        refreshed = self.fetcher().refresh_credentials()
        self.assertTrue(refreshed["access_key"].startswith("ASIA"))
        ses = self.client("sesv2", key=refreshed["access_key"], secret=refreshed["secret_key"],
                          token=refreshed["token"])
        self.assertFalse(ses.get_account()["ProductionAccessEnabled"])
        token = next(iter(self.cache.values()))
        self.assertEqual(token["idToken"], "kept")
        state = self.control("GET", "/_emulator/login")
        self.assertEqual(state["sessions"][0]["refresh_token"], token["refreshToken"])
        self.assertEqual(state["dpop_proofs_accepted"], 1)
        entry = self.requests_log()[0]
        self.assertEqual((entry["operation"], entry["signature_valid"]), ("CreateOAuth2Token", False))
        self.assertEqual(json.loads(entry["body"])["grantType"], "refresh_token")
        self.assertEqual(entry["headers"]["DPoP"].count("."), 2)

    def test_expired_or_unknown_refresh_token_needs_a_new_login(self):
        self.login(refresh_token_expires_in_seconds=-1)
        with self.assertRaises(botocore.exceptions.LoginRefreshRequired):
            self.fetcher().refresh_credentials()
        self.login(refresh_token="other")
        with self.assertRaises(botocore.exceptions.LoginRefreshRequired):
            self.fetcher().refresh_credentials()

    def test_refusals_carry_their_oauth_error(self):
        self.login(refusal="USER_CREDENTIALS_CHANGED")
        with self.assertRaises(botocore.exceptions.LoginRefreshRequired):
            self.fetcher().refresh_credentials()
        self.login(refusal="INSUFFICIENT_PERMISSIONS")
        with self.assertRaises(botocore.exceptions.LoginInsufficientPermissions):
            self.fetcher().refresh_credentials()
        status, headers, body = self.post_token()
        self.assertEqual((status, headers["x-amzn-errortype"]), (403, "AccessDeniedException"))
        self.assertEqual(json.loads(body)["error"], "INSUFFICIENT_PERMISSIONS")

    def post_token(self, key=None, url=None, uid=None, ts=None, tamper=False, header=True):
        proof = botocore.credentials._build_dpop_header(
            CrtEC.new_key_from_der_data(self.der(key or self.key)), url or f"{EMU.url}/v1/token",
            uid=uid, ts=ts)
        if tamper:
            proof = proof[:-3] + ("AAA" if not proof.endswith("AAA") else "BBB")
        body = json.dumps({"clientId": "arn:aws:signin:::devtools/same-device",
                           "grantType": "refresh_token", "refreshToken": "r1"}).encode()
        headers = {"Content-Type": "application/json", **({"DPoP": proof} if header else {})}
        return self.raw("POST", "/v1/token", headers, body)

    @staticmethod
    def der(pem):
        return base64.b64decode("".join(line for line in pem.splitlines() if not line.startswith("-----")))

    def test_proofs_that_do_not_hold_are_refused(self):
        self.login()
        now = int(time.time())
        cases = [
            (dict(header=False), "no DPoP header"),
            (dict(tamper=True), "signature does not verify"),
            (dict(key=new_dpop_key()), "key other than the one"),
            (dict(url="http://elsewhere.example/v1/token"), "htu"),
            (dict(ts=now - 600), "iat"),
        ]
        for arguments, words in cases:
            status, headers, body = self.post_token(**arguments)
            self.assertEqual((status, headers["x-amzn-errortype"]), (400, "ValidationException"), body)
            self.assertEqual(json.loads(body)["error"], "INVALID_REQUEST")
            self.assertIn(words, json.loads(body)["message"])
        self.assertEqual(self.post_token(uid="once")[0], 200)
        self.login()
        status, _, body = self.post_token(uid="once")
        self.assertEqual(status, 400)
        self.assertIn("already used", json.loads(body)["message"])

    def test_bad_login_control_input_is_rejected(self):
        error = self.control("PUT", "/_emulator/login", {"sessions": [
            {"client_id": "c", "refresh_token": "r", "dpop_key": "not a key"}]}, expect=400)
        self.assertIn("'dpop_key' in login session is not a usable key", error["error"])
        error = self.control("PUT", "/_emulator/login", {"sessions": [
            {"client_id": "c", "refresh_token": "r", "dpop_key": self.key, "refusal": "NO"}]},
            expect=400)
        self.assertIn("'refusal'", error["error"])


class MfaRoles(EmulatorTest):

    def test_role_needs_serial_number_and_the_right_code(self):
        serial = "arn:aws:iam::123456789012:mfa/alice"
        self.control("PUT", "/_emulator/mfa-roles", [
            {"role_arn": ROLE_ARN, "serial_number": serial, "token_code": "123456"}])
        sts = self.client("sts")
        self.assertClientError(lambda: sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="ci"),
                               "AccessDenied", 403, "requires MFA")
        self.assertClientError(lambda: sts.assume_role(
            RoleArn=ROLE_ARN, RoleSessionName="ci", SerialNumber=serial, TokenCode="000000"),
            "AccessDenied", 403, "invalid MFA one time pass code")
        result = sts.assume_role(RoleArn=ROLE_ARN, RoleSessionName="ci", SerialNumber=serial,
                                 TokenCode="123456")
        self.assertTrue(result["Credentials"]["AccessKeyId"].startswith("ASIA"))
        other = sts.assume_role(RoleArn="arn:aws:iam::123456789012:role/plain",
                                RoleSessionName="ci")
        self.assertIn("Credentials", other)


class Support(EmulatorTest):

    def test_create_case_and_validation(self):
        support = self.client("support")
        self.assertTrue(support.create_case(subject="s", communicationBody="b")["caseId"]
                        .startswith("case-"))
        self.assertClientError(
            lambda: support.create_case(subject="s", communicationBody="b" * 8001),
            "ValidationException", 400, "length less than or equal to 8000")
        self.assertClientError(lambda: support.create_case(communicationBody="b"),
                               "ValidationException", 400, "Value null at 'subject'")

    def test_subscription_required(self):
        self.control("PUT", "/_emulator/settings", {"support_subscription": False})
        self.assertClientError(
            lambda: self.client("support").create_case(subject="s", communicationBody="b"),
            "SubscriptionRequiredException", 400,
            "Amazon Web Services Premium Support Subscription is required to use this service.")

    def test_json_1_1_error_shape(self):
        headers = self.signed("POST", "/", service="support", body=b"{}", headers={
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": "AWSSupport_20130415.DescribeServices"})
        status, _, data = self.raw("POST", "/", headers, b"{}")
        self.assertEqual(status, 400)
        self.assertEqual(json.loads(data)["__type"],
                         "com.amazon.coral.service#UnknownOperationException")


class Communications(EmulatorTest):

    def test_add_communication_to_a_review_case_found_by_display_id(self):
        ses = self.client("sesv2")
        ses.put_account_details(MailType="TRANSACTIONAL", WebsiteURL="https://a.example.org",
                                UseCaseDescription="We send receipts.")
        display = ses.get_account()["Details"]["ReviewDetails"]["CaseId"]
        support = self.client("support")
        cases = support.describe_cases(displayId=display)["cases"]
        self.assertEqual([c["displayId"] for c in cases], [display])
        case_id = cases[0]["caseId"]
        self.assertTrue(case_id.startswith("case-123456789012-"))
        self.assertTrue(support.add_communication_to_case(
            caseId=case_id, communicationBody="Our answers.")["result"])
        stored = self.control("GET", "/_emulator/cases")["cases"]
        self.assertEqual([c["body"] for c in stored[0]["communications"]], ["Our answers."])
        self.assertClientError(lambda: support.add_communication_to_case(
            caseId="case-123456789012-2026-0000000000000000", communicationBody="x"),
            "CaseIdNotFound", 400)
        self.assertClientError(lambda: support.add_communication_to_case(
            caseId=case_id, communicationBody="b" * 8001),
            "ValidationException", 400, "length less than or equal to 8000")
        self.assertClientError(lambda: support.add_communication_to_case(caseId=case_id),
                               "ValidationException", 400, "Value null at 'communicationBody'")

    def test_subscription_is_per_account(self):
        self.control("PUT", "/_emulator/accounts/123456789012", {"support_subscription": False})
        self.assertClientError(
            lambda: self.client("support").add_communication_to_case(communicationBody="b"),
            "SubscriptionRequiredException", 400)
        self.control("PUT", "/_emulator/accounts/123456789012", {"support_subscription": None})
        self.assertClientError(
            lambda: self.client("support").add_communication_to_case(communicationBody="b"),
            "CaseIdNotFound", 400)


class Lifecycle(EmulatorTest):

    def test_review_flips_after_n_reads(self):
        self.control("PUT", "/_emulator/regions/us-east-1/account", {
            "review": {"status": "PENDING", "case_id": "555", "then": "GRANTED", "after_reads": 2}})
        ses = self.client("sesv2")
        seen = [ses.get_account() for _ in range(3)]
        self.assertEqual([a["Details"]["ReviewDetails"]["Status"] for a in seen],
                         ["PENDING", "PENDING", "GRANTED"])
        self.assertEqual([a["ProductionAccessEnabled"] for a in seen], [False, False, True])
        self.assertEqual(seen[2]["SendQuota"]["Max24HourSend"], 50000.0)
        self.control("PUT", "/_emulator/regions/eu-west-1/account", {
            "review": {"status": "PENDING", "then": "DENIED", "after_reads": 0}})
        denied = self.client("sesv2", region="eu-west-1").get_account()
        self.assertEqual(denied["Details"]["ReviewDetails"]["Status"], "DENIED")
        self.assertFalse(denied["ProductionAccessEnabled"])

    def test_bad_lifecycle_is_rejected(self):
        for review, message in [({"status": "PENDING", "then": "GRANTED"}, "go together"),
                                ({"status": "WAITING"}, "must be one of"),
                                ({"status": "PENDING", "then": "X", "after_reads": 1}, "must be one of")]:
            answer = self.control("PUT", "/_emulator/regions/us-east-1/account",
                                  {"review": review}, expect=400)
            self.assertIn(message, answer["error"])


class Accounts(EmulatorTest):

    def assume(self, account):
        credentials = self.client("sts").assume_role(
            RoleArn=f"arn:aws:iam::{account}:role/OrganizationAccountAccessRole",
            RoleSessionName="sesame")["Credentials"]
        return dict(key=credentials["AccessKeyId"], secret=credentials["SecretAccessKey"],
                    token=credentials["SessionToken"])

    def test_assumed_roles_see_their_own_account(self):
        self.control("PUT", "/_emulator/accounts/111122223333/regions/us-east-1/account",
                     {"production_access": True, "max_24_hour_send": 1000})
        other = self.client("sesv2", **self.assume("111122223333")).get_account()
        self.assertTrue(other["ProductionAccessEnabled"])
        self.assertEqual(other["SendQuota"]["Max24HourSend"], 1000.0)
        self.assertFalse(self.client("sesv2", **self.assume("444455556666"))
                         .get_account()["ProductionAccessEnabled"])
        self.assertFalse(self.client("sesv2").get_account()["ProductionAccessEnabled"])
        self.assertEqual(self.requests_log()[-2]["account"], "444455556666")
        view = self.control("GET", "/_emulator/accounts/111122223333/regions/us-east-1/account")
        self.assertEqual(view["max_24_hour_send"], 1000)

    def test_opt_in_regions_not_enabled(self):
        self.control("PUT", "/_emulator/accounts/111122223333",
                     {"disabled_regions": ["af-south-1"]})
        credentials = self.assume("111122223333")
        self.assertClientError(
            lambda: self.client("sesv2", region="af-south-1", **credentials).get_account(),
            "UnrecognizedClientException", 403, "The security token included in the request is invalid.")
        self.assertFalse(self.client("sesv2", region="af-south-1").get_account()
                         ["ProductionAccessEnabled"])
        self.assertEqual(self.control("GET", "/_emulator/accounts/111122223333"),
                         {"support_subscription": None, "disabled_regions": ["af-south-1"]})

    def test_latency_per_call(self):
        self.control("PUT", "/_emulator/settings", {"latency_seconds": 0.3})
        started = time.monotonic()
        self.client("sesv2").get_account()
        self.assertGreaterEqual(time.monotonic() - started, 0.3)
        self.control("PUT", "/_emulator/settings", {"latency_seconds": 61}, expect=400)


class Faults(EmulatorTest):

    def test_throttling_is_retried_by_standard_mode(self):
        self.queue({"operation": "GetAccount", "region": "us-east-1", "count": 2,
                    "action": "error", "status": 429, "code": "TooManyRequestsException",
                    "message": "Too many requests"})
        self.client("sesv2", attempts=3).get_account()
        statuses = [e["status"] for e in self.requests_log()]
        self.assertEqual(statuses, [429, 429, 200])
        self.assertEqual(self.requests_log()[0]["error_code"], "TooManyRequestsException")

    def test_filters_and_consumption(self):
        self.queue({"operation": "ListEmailIdentities", "action": "error", "status": 500},
                   {"region": "eu-west-1", "action": "error", "status": 503})
        self.client("sesv2").get_account()  # matches neither
        self.assertEqual(len(self.control("GET", "/_emulator/faults")["faults"]), 2)
        headers = self.signed("GET", "/v2/email/identities", region="eu-west-1")
        headers["Authorization"] = headers["Authorization"][:-1] + "x"
        self.assertEqual(self.raw("GET", "/v2/email/identities", headers)[0], 403)
        self.assertEqual(len(self.control("GET", "/_emulator/faults")["faults"]), 2)
        self.assertClientError(self.client("sesv2", "eu-west-1").list_email_identities,
                               "InternalFailure", 500)
        self.assertClientError(self.client("sesv2", "eu-west-1").get_account,
                               "InternalFailure", 503)
        self.assertEqual(self.control("GET", "/_emulator/faults")["faults"], [])

    def test_error_fault_in_each_protocol(self):
        self.queue({"action": "error", "status": 400, "code": "Throttling", "message": "slow"},
                   {"action": "error", "status": 400, "code": "ThrottlingException"})
        self.assertClientError(lambda: self.client("sts").assume_role(
            RoleArn=ROLE_ARN, RoleSessionName="ci"), "Throttling", 400, "slow")
        self.assertClientError(lambda: self.client("support").create_case(
            subject="s", communicationBody="b"), "ThrottlingException", 400)

    def test_delay(self):
        self.queue({"action": "delay", "seconds": 0.5})
        started = time.monotonic()
        self.client("sesv2").get_account()
        self.assertGreaterEqual(time.monotonic() - started, 0.5)

    def test_not_json(self):
        self.queue({"action": "not-json"}, {"action": "not-json", "status": 502})
        status, headers, data = self.raw("GET", "/v2/email/account",
                                         self.signed("GET", "/v2/email/account"))
        self.assertEqual((status, headers["content-type"]), (200, "application/json"))
        with self.assertRaises(ValueError):
            json.loads(data)
        self.assertClientError(self.client("sesv2").get_account, "502", 502)

    def test_drop(self):
        self.queue({"action": "drop"})
        with self.assertRaises((botocore.exceptions.ConnectionClosedError,
                                botocore.exceptions.EndpointConnectionError)):
            self.client("sesv2").get_account()
        self.assertEqual(self.requests_log()[-1]["fault"], "drop")

    def test_reset_mid_body(self):
        self.queue({"action": "reset-mid-body"})
        connection = http.client.HTTPConnection(EMU.host, EMU.port, timeout=5)
        connection.request("GET", "/v2/email/account",
                           headers=self.signed("GET", "/v2/email/account"))
        response = connection.getresponse()
        self.assertEqual(response.status, 200)
        self.assertEqual(response.getheader("Content-Length"), "4096")
        with self.assertRaises((http.client.IncompleteRead, ConnectionResetError)):
            response.read()
        connection.close()

    def test_hang_is_bounded(self):
        self.queue({"action": "hang", "seconds": 1.5})
        ses = self.client("sesv2", read_timeout=0.3)
        with self.assertRaises(botocore.exceptions.ReadTimeoutError):
            ses.get_account()
        self.client("sesv2").get_account()  # served while the other thread still hangs
        with socket.create_connection((EMU.host, EMU.port)) as raw:
            self.queue({"action": "hang", "seconds": 0.5})
            raw.sendall(self._raw_request(self.signed("GET", "/v2/email/account")))
            raw.settimeout(5)
            started = time.monotonic()
            self.assertEqual(raw.recv(100), b"")  # closed without an answer
            self.assertLess(time.monotonic() - started, 3)

    def test_redirect(self):
        self.queue({"action": "redirect", "location": "http://127.0.0.1:1/"})
        error = self.assertClientError(self.client("sesv2").get_account, "307", 307)
        self.assertEqual(error["ResponseMetadata"]["HTTPHeaders"]["location"],
                         "http://127.0.0.1:1/")

    def test_oversized(self):
        self.queue({"action": "oversized"})
        status, headers, data = self.raw("GET", "/v2/email/account",
                                         self.signed("GET", "/v2/email/account"))
        self.assertEqual((status, headers["content-length"]), (200, "20000000"))
        self.assertEqual(len(data), 20_000_000)
        self.assertEqual(json.loads(data)["padding"][:3], "xxx")

    def test_missing_fields(self):
        self.queue({"action": "missing-fields"}, {"action": "missing-fields"})
        account = self.client("sesv2").get_account()
        self.assertNotIn("ProductionAccessEnabled", account)
        self.assertNotIn("Credentials", self.client("sts").assume_role(
            RoleArn=ROLE_ARN, RoleSessionName="ci"))

    def test_bad_fault_is_rejected(self):
        answer = self.control("POST", "/_emulator/faults",
                              {"faults": [{"action": "explode"}]}, expect=400)
        self.assertIn("unknown fault action", answer["error"])

    def _raw_request(self, headers):
        lines = ["GET /v2/email/account HTTP/1.1"] + [f"{k}: {v}" for k, v in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()


class ControlApi(EmulatorTest):

    def test_unknown_keys_get_suggestions(self):
        answer = self.control("PUT", "/_emulator/regions/us-east-1/account",
                              {"production_acess": True}, expect=400)
        self.assertIn("did you mean 'production_access'", answer["error"])
        self.control("PUT", "/_emulator/settings", {"page_sise": 3}, expect=400)
        self.control("GET", "/_emulator/nothing", expect=404)
        self.control("DELETE", "/_emulator/settings", expect=405)

    def test_reset_and_log_clearing(self):
        self.control("PUT", "/_emulator/settings", {"page_size": 7})
        self.control("PUT", "/_emulator/regions/us-east-1/account", {"production_access": True})
        self.client("sesv2").get_account()
        self.assertEqual(len(self.requests_log()), 1)
        self.control("DELETE", "/_emulator/requests")
        self.assertEqual(self.requests_log(), [])
        self.control("POST", "/_emulator/reset")
        self.assertEqual(self.control("GET", "/_emulator/settings")["page_size"], 2)
        self.assertFalse(self.client("sesv2").get_account()["ProductionAccessEnabled"])

    def test_log_entry_fields(self):
        self.client("sesv2", "ap-northeast-1").get_account()
        entry = self.requests_log()[-1]
        self.assertEqual({k: entry[k] for k in ("operation", "region", "service", "method",
                                                "path", "query", "signature_valid",
                                                "error_code", "status")},
                         {"operation": "GetAccount", "region": "ap-northeast-1",
                          "service": "ses", "method": "GET", "path": "/v2/email/account",
                          "query": "", "signature_valid": True, "error_code": None,
                          "status": 200})
        self.assertIsInstance(entry["time"], float)


class Transport(EmulatorTest):

    def test_client_vanishing_mid_body_does_not_hurt(self):
        with socket.create_connection((EMU.host, EMU.port)) as raw:
            raw.sendall(b"POST /v2/email/account/details HTTP/1.1\r\nHost: x\r\n"
                        b"Content-Length: 100\r\n\r\n{\"Mail")
        self.client("sesv2").get_account()

    def test_chunked_body(self):
        body = json.dumps({"MailType": "MARKETING", "WebsiteURL": "https://e.org"}).encode()
        headers = self.signed("POST", "/v2/email/account/details", body=body,
                              headers={"Content-Type": "application/json"})
        connection = http.client.HTTPConnection(EMU.host, EMU.port, timeout=5)
        connection.request("POST", "/v2/email/account/details",
                           body=iter([body[:10], body[10:]]), headers=headers,
                           encode_chunked=True)
        self.assertEqual(connection.getresponse().status, 200)
        connection.close()

    def test_expect_100_continue(self):
        body = json.dumps({"MailType": "MARKETING", "WebsiteURL": "https://e.org"}).encode()
        headers = self.signed("POST", "/v2/email/account/details", body=body,
                              headers={"Content-Type": "application/json"})
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        with socket.create_connection((EMU.host, EMU.port), timeout=5) as raw:
            raw.sendall(f"POST /v2/email/account/details HTTP/1.1\r\n{head}"
                        f"Content-Length: {len(body)}\r\nExpect: 100-continue\r\n"
                        "Connection: close\r\n\r\n".encode())
            answer = raw.recv(25)
            self.assertTrue(answer.startswith(b"HTTP/1.1 100 Continue"))
            raw.sendall(body)
            while chunk := raw.recv(4096):
                answer += chunk
        self.assertIn(b"\r\n\r\nHTTP/1.1 200 OK\r\n", answer)

    def test_tls_extra_credentials_and_clean_exit(self):
        if shutil.which("openssl") is None:
            self.skipTest("openssl not installed")
        with tempfile.TemporaryDirectory() as directory:
            cert, key = os.path.join(directory, "c.pem"), os.path.join(directory, "k.pem")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                            "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1",
                            "-addext", "subjectAltName=IP:127.0.0.1"],
                           check=True, capture_output=True)
            extra = os.path.join(directory, "credentials.json")
            Path(extra).write_text(json.dumps([{"access_key_id": "AKIAEXTRA00000000001",
                                                "secret_access_key": "extra-secret"}]))
            tls = Emulator("--tls-cert", cert, "--tls-key", key, "--credentials", extra)
            try:
                self.assertTrue(tls.url.startswith("https://127.0.0.1:"))
                ses = SESSION.client("sesv2", region_name="us-east-1", endpoint_url=tls.url,
                                     verify=cert, aws_access_key_id="AKIAEXTRA00000000001",
                                     aws_secret_access_key="extra-secret")
                self.assertFalse(ses.get_account()["ProductionAccessEnabled"])
                with socket.create_connection((tls.host, tls.port)):  # never handshakes
                    self.assertFalse(ses.get_account()["ProductionAccessEnabled"])
            finally:
                code, seconds = tls.stop()
            self.assertEqual(code, 0)
            self.assertLess(seconds, 3)


class Endpoints(EmulatorTest):
    """AWS host names through the CONNECT tunnel, judged against botocore's rule sets."""

    HOSTS = ["email.us-east-1.amazonaws.com", "email-fips.us-east-1.amazonaws.com",
             "email.us-east-1.api.aws", "email-fips.us-east-1.api.aws", "sts-fips.us-east-1.amazonaws.com",
             "support.us-east-1.amazonaws.com", "email.eu-west-1.amazonaws.com"]

    @classmethod
    def setUpClass(cls):
        if shutil.which("openssl") is None:
            raise unittest.SkipTest("openssl not installed")
        cls.directory = tempfile.TemporaryDirectory()
        cert, key = (os.path.join(cls.directory.name, name) for name in ("tunnel.pem", "tunnel-key.pem"))
        names = ",".join(f"DNS:{host}" for host in cls.HOSTS)
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=sesame tunnel", "-addext", f"subjectAltName={names}",
                        "-keyout", key, "-out", cert], check=True, capture_output=True)
        cls.cert = cert
        cls.tunnel = Emulator("--tunnel-cert", cert, "--tunnel-key", key)

    @classmethod
    def tearDownClass(cls):
        cls.tunnel.stop()
        cls.directory.cleanup()

    def setUp(self):
        pass  # this class has its own emulator

    def tunnel_client(self, service, region="us-east-1", **config):
        return SESSION.client(
            service, region_name=region, verify=self.cert, aws_access_key_id=KEY_ID,
            aws_secret_access_key=SECRET, config=Config(
                proxies={"https": self.tunnel.url}, retries={"total_max_attempts": 1}, **config))

    def tunnel_log(self):
        connection = http.client.HTTPConnection(self.tunnel.host, self.tunnel.port, timeout=10)
        connection.request("GET", "/_emulator/requests")
        return json.loads(connection.getresponse().read())

    def test_each_variant_reaches_the_emulator_and_is_logged(self):
        cases = [({}, "email.us-east-1.amazonaws.com", "standard"),
                 ({"use_fips_endpoint": True}, "email-fips.us-east-1.amazonaws.com", "fips"),
                 ({"use_dualstack_endpoint": True}, "email.us-east-1.api.aws", "dualstack"),
                 ({"use_fips_endpoint": True, "use_dualstack_endpoint": True},
                  "email-fips.us-east-1.api.aws", "fips-dualstack")]
        for config, host, variant in cases:
            self.assertFalse(self.tunnel_client("sesv2", **config).get_account()["ProductionAccessEnabled"])
            entry = self.tunnel_log()[-1]
            self.assertEqual((entry["headers"]["Host"], entry["endpoint_variant"], entry["signature_valid"]),
                             (host, variant, True))
        self.tunnel_client("support", "eu-west-1").describe_cases()
        self.assertEqual(self.tunnel_log()[-1]["headers"]["Host"], "support.us-east-1.amazonaws.com")

    def test_a_host_of_another_region_or_service_is_misdirected(self):
        request = AWSRequest("GET", "https://email.eu-west-1.amazonaws.com/v2/email/account",
                             headers={"Host": "email-fips.us-east-1.amazonaws.com"})
        botocore.auth.SigV4Auth(Credentials(KEY_ID, SECRET), "ses", "eu-west-1").add_auth(request)
        variant, problem = sigv4_hosts.judge("ses", "email-fips.us-east-1.amazonaws.com", "eu-west-1")
        self.assertIsNone(variant)
        self.assertIn("botocore resolves email-fips.eu-west-1.amazonaws.com", problem)
        self.assertEqual(sigv4_hosts.judge("sts", "sts.amazonaws.com", "us-east-1"), ("standard", None))
        self.assertEqual(sigv4_hosts.judge("ses", "127.0.0.1:4566", "us-east-1"), ("custom", None))
        self.assertEqual(sigv4_hosts.judge("sso", "portal.sso.us-gov-west-1.amazonaws.com", None),
                         ("standard", None))
        self.assertEqual(sigv4_hosts.judge("ses", "email.eusc-de-east-1.amazonaws.eu", "eusc-de-east-1"),
                         ("standard", None))
        self.assertIsNone(sigv4_hosts.judge("ses", "email.eusc-de-east-1.amazonaws.com", "eusc-de-east-1")[0])
        # On the wire: signed for eu-west-1, sent to us-east-1's FIPS host.
        connection = http.client.HTTPSConnection(
            self.tunnel.host, self.tunnel.port, timeout=10,
            context=ssl.create_default_context(cafile=self.cert))
        connection.set_tunnel("email-fips.us-east-1.amazonaws.com", 443)
        connection.request("GET", "/v2/email/account", headers=dict(request.headers.items()))
        response = connection.getresponse()
        self.assertEqual(response.status, 421)
        self.assertEqual(response.getheader("x-amzn-ErrorType").split(":")[0], "MisdirectedRequest")
        self.assertIn(b"is not an endpoint of sesv2 signed for eu-west-1", response.read())

    def test_connect_without_a_tunnel_certificate_is_refused(self):
        connection = http.client.HTTPConnection(EMU.host, EMU.port, timeout=10)
        connection.request("CONNECT", "email.us-east-1.amazonaws.com:443")
        self.assertEqual(connection.getresponse().status, 405)


def main():
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
    passed = result.testsRun - failed - len(result.skipped)
    if result.skipped:
        print(f"{len(result.skipped)} skipped")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
