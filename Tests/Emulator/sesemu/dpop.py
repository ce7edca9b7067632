"""DPoP proofs (RFC 9449) as AWS Sign-In checks them on `CreateOAuth2Token`: a compact JWS
whose header is `{"typ": "dpop+jwt", "alg": "ES256", "jwk": <P-256 public key>}`, whose claims
are `htm`, `htu`, `iat` and `jti`, signed with the key the refresh token was issued to
(botocore `credentials._build_dpop_header` builds them).
"""

import base64
import binascii
import json

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

MAX_AGE_SECONDS = 300  # how far `iat` may lie from the emulator's clock, either way


class ProofError(Exception):
    """The proof is missing, malformed, mis-signed or does not match the request."""


def public_key_from_pem(text):
    """The P-256 public key of a PEM public or private key; raises ValueError otherwise."""
    data = text.encode()
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        key = serialization.load_pem_private_key(data, password=None).public_key()
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise ValueError("the key is not a P-256 (secp256r1) EC key")
    return key


def verify(proof, method, url, now_seconds, seen_ids, bound_key):
    """Check `proof` (the DPoP header's value, or None) for a request `method url`, made at
    `now_seconds`, with `bound_key` the public key the refresh token is bound to; `seen_ids`
    is the set of `jti` values already used, and gains this proof's. Raises ProofError."""
    if not proof:
        raise ProofError("the request has no DPoP header")
    parts = proof.split(".")
    if len(parts) != 3:
        raise ProofError("the DPoP proof is not a compact JWS (three dot-separated parts)")
    header, claims = _json_part(parts[0], "header"), _json_part(parts[1], "claims")
    if header.get("typ") != "dpop+jwt" or header.get("alg") != "ES256":
        raise ProofError("the DPoP header must have typ 'dpop+jwt' and alg 'ES256', "
                         f"not {header.get('typ')!r} and {header.get('alg')!r}")
    key = _jwk_key(header.get("jwk"))
    signature = _decode(parts[2], "signature")
    if len(signature) != 64:
        raise ProofError(f"an ES256 signature is 64 bytes (r || s), not {len(signature)}")
    der = encode_dss_signature(int.from_bytes(signature[:32], "big"),
                               int.from_bytes(signature[32:], "big"))
    try:
        key.verify(der, f"{parts[0]}.{parts[1]}".encode(), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise ProofError("the DPoP proof's signature does not verify with its jwk") from None
    if key.public_numbers() != bound_key.public_numbers():
        raise ProofError("the DPoP proof is signed with a key other than the one the "
                         "refresh token was issued to")
    if claims.get("htm") != method:
        raise ProofError(f"the DPoP claim htm is {claims.get('htm')!r}, the request is {method}")
    if claims.get("htu") != url:
        raise ProofError(f"the DPoP claim htu is {claims.get('htu')!r}, the request is {url}")
    issued = claims.get("iat")
    if not isinstance(issued, int) or isinstance(issued, bool) \
            or abs(issued - now_seconds) > MAX_AGE_SECONDS:
        raise ProofError(f"the DPoP claim iat ({issued!r}) is not a time within "
                         f"{MAX_AGE_SECONDS} seconds of now ({int(now_seconds)})")
    jti = claims.get("jti")
    if not isinstance(jti, str) or not jti:
        raise ProofError("the DPoP claim jti is missing")
    if jti in seen_ids:
        raise ProofError(f"the DPoP proof {jti} was already used")
    seen_ids.add(jti)


def _decode(part, name):
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        raise ProofError(f"the DPoP {name} is not base64url") from None


def _json_part(part, name):
    try:
        value = json.loads(_decode(part, name))
    except ValueError:
        raise ProofError(f"the DPoP {name} is not JSON") from None
    if not isinstance(value, dict):
        raise ProofError(f"the DPoP {name} is not a JSON object")
    return value


def _jwk_key(jwk):
    if not isinstance(jwk, dict) or jwk.get("kty") != "EC" or jwk.get("crv") != "P-256":
        raise ProofError("the DPoP header's jwk must be an EC key on P-256")
    coordinates = [_decode(str(jwk.get(name, "")), f"jwk {name}") for name in ("x", "y")]
    if any(len(value) != 32 for value in coordinates):
        raise ProofError("the jwk's x and y must be 32 bytes each")
    try:
        return ec.EllipticCurvePublicNumbers(
            *(int.from_bytes(value, "big") for value in coordinates), ec.SECP256R1()).public_key()
    except ValueError:
        raise ProofError("the jwk's x and y are not a point on P-256") from None
