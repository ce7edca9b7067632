"""The control API: unsigned JSON endpoints under /_emulator/ that tests use to set
the scene (account state, identities, configuration sets, settings), queue faults and
read the request log. It is never part of the AWS surface.
"""

import dataclasses
import datetime
import json
import re

from . import state

_REGION = r"(?P<region>[a-z0-9-]{1,40})"
_ACCOUNT = r"(?P<account>\d{12})"
# A region's routes work for the default account, and under /accounts/{id} for any other.
_SCOPE = f"/_emulator(?:/accounts/{_ACCOUNT})?/regions/{_REGION}"


def reset(store, region, body):
    store.reset()
    return {"ok": True}


def get_account(store, region, body, account=None):
    with store.lock:
        return store.region(region, account or state.DEFAULT_ACCOUNT_ID).account.snapshot()


def put_account(store, region, body, account=None):
    with store.lock:
        scope = store.region(region, account or state.DEFAULT_ACCOUNT_ID)
        trial = dataclasses.replace(scope.account)
        trial.merge(body)  # validate everything before changing anything
        scope.account = trial
        return trial.snapshot()


def put_identities(store, region, body, account=None):
    identities = state.parse_identities(body)
    with store.lock:
        store.region(region, account or state.DEFAULT_ACCOUNT_ID).identities = identities
    return {"identities": len(identities)}


def put_configuration_sets(store, region, body, account=None):
    sets = state.parse_configuration_sets(body)
    with store.lock:
        store.region(region, account or state.DEFAULT_ACCOUNT_ID).configuration_sets = sets
    return {"configuration_sets": len(sets)}


def get_account_settings(store, region, body, account=None):
    with store.lock:
        return dataclasses.asdict(store.account_settings(account))


def put_account_settings(store, region, body, account=None):
    with store.lock:
        trial = dataclasses.replace(store.account_settings(account))
        trial.merge(body)
        store.accounts[account] = trial
        return dataclasses.asdict(trial)


def get_cases(store, region, body):
    with store.lock:
        return {"cases": [dataclasses.asdict(c) for c in store.cases.values()]}


def put_suppressed_destinations(store, region, body, account=None):
    destinations = state.parse_suppressed_destinations(
        body, datetime.datetime.now(datetime.timezone.utc))
    with store.lock:
        store.region(region, account or state.DEFAULT_ACCOUNT_ID).suppressed_destinations = \
            destinations
    return {"suppressed_destinations": len(destinations)}


def get_faults(store, region, body):
    with store.lock:
        return {"faults": [dataclasses.asdict(f) for f in store.faults]}


def post_faults(store, region, body):
    faults = state.parse_faults(body)
    with store.lock:
        store.faults.extend(faults)
        return {"queued": len(store.faults)}


def get_requests(store, region, body):
    with store.lock:
        return list(store.log)


def delete_requests(store, region, body):
    with store.lock:
        store.log.clear()
    return {"ok": True}


def get_settings(store, region, body):
    with store.lock:
        return dataclasses.asdict(store.settings)


def put_settings(store, region, body):
    with store.lock:
        trial = dataclasses.replace(store.settings)
        trial.merge(body)
        store.settings = trial
        return dataclasses.asdict(trial)


def get_sso(store, region, body):
    with store.lock:
        return {"access_tokens": [{"token": token, "expires_at": grant["expires_at"].isoformat()}
                                  for token, grant in store.sso_tokens.items()],
                "clients": [{"client_id": client_id, "refresh_token": client["refresh_token"]}
                            for client_id, client in store.sso_clients.items()]}


def put_sso(store, region, body):
    tokens, clients = state.parse_sso(body, datetime.datetime.now(datetime.timezone.utc))
    with store.lock:
        store.sso_tokens, store.sso_clients = tokens, clients
    return get_sso(store, region, body)


def get_login(store, region, body):
    with store.lock:
        return {"sessions": [{"client_id": item["client_id"], "refresh_token": token,
                              "account_id": item["account_id"]}
                             for token, item in store.login_sessions.items()],
                "dpop_proofs_accepted": len(store.dpop_ids)}


def put_login(store, region, body):
    sessions = state.parse_login(body, datetime.datetime.now(datetime.timezone.utc))
    with store.lock:
        store.login_sessions = sessions
    return get_login(store, region, body)


def put_mfa_roles(store, region, body):
    roles = state.parse_mfa_roles(body)
    with store.lock:
        store.mfa_roles = roles
    return {"mfa_roles": len(roles)}


ROUTES = [
    ("/_emulator/reset", {"POST": reset}),
    (f"{_SCOPE}/account", {"GET": get_account, "PUT": put_account}),
    (f"{_SCOPE}/identities", {"PUT": put_identities}),
    (f"{_SCOPE}/configuration-sets", {"PUT": put_configuration_sets}),
    (f"{_SCOPE}/suppressed-destinations", {"PUT": put_suppressed_destinations}),
    (f"/_emulator/accounts/{_ACCOUNT}", {"GET": get_account_settings, "PUT": put_account_settings}),
    ("/_emulator/cases", {"GET": get_cases}),
    ("/_emulator/faults", {"GET": get_faults, "POST": post_faults}),
    ("/_emulator/requests", {"GET": get_requests, "DELETE": delete_requests}),
    ("/_emulator/settings", {"GET": get_settings, "PUT": put_settings}),
    ("/_emulator/sso", {"GET": get_sso, "PUT": put_sso}),
    ("/_emulator/mfa-roles", {"PUT": put_mfa_roles}),
    ("/_emulator/login", {"GET": get_login, "PUT": put_login}),
]


def handle(store, method, path, raw_body):
    """Serve one control request; returns (HTTP status, JSON-serialisable body)."""
    for pattern, methods in ROUTES:
        match = re.fullmatch(pattern, path)
        if match is None:
            continue
        if method not in methods:
            return 405, {"error": f"{method} is not allowed on {path}; "
                                  f"use {', '.join(methods)}"}
        try:
            body = json.loads(raw_body) if raw_body.strip() else {}
        except (UnicodeDecodeError, ValueError) as error:
            return 400, {"error": f"request body is not valid JSON: {error}"}
        try:
            groups = match.groupdict()
            extra = {"account": groups["account"]} if "account" in groups else {}
            return 200, methods[method](store, groups.get("region"), body, **extra)
        except state.ControlError as error:
            return 400, {"error": str(error)}
    return 404, {"error": f"no control endpoint at {path}; known: "
                          + ", ".join(p.replace(_SCOPE, "/_emulator[/accounts/{account}]/regions/{region}")
                                      .replace(_ACCOUNT, "{account}") for p, _ in ROUTES)}
