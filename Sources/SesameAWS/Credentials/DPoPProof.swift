/// The DPoP proof (RFC 9449) that AWS Sign-In's `CreateOAuth2Token` needs, exactly as
/// botocore's `_build_dpop_header` writes it: a compact JWS whose header is
/// `{"typ":"dpop+jwt","alg":"ES256","jwk":{"kty":"EC","x":…,"y":…,"crv":"P-256"}}` and whose
/// claims are `{"htm":"POST","htu":<request URL>,"iat":<unix seconds>,"jti":<UUID>}` (both
/// serialised as `json.dumps(…, separators=(',', ':'))`), signed with the session's key.
/// `DPoPProof.Maker` makes one for each HTTP attempt.
struct DPoPProof: Sendable, Equatable {
    /// The public key's affine coordinates, 32 bytes each.
    var x: [UInt8]
    var y: [UInt8]
    /// The URL the request is sent to (`htu`).
    var url: String
    /// When the proof is made, in Unix seconds (`iat`).
    var issuedAt: Int
    /// A fresh UUID in lower case (`jti`), as Python's `str(uuid.uuid4())`.
    var id: String

    var header: String {
        #"{"typ":"dpop+jwt","alg":"ES256","jwk":{"kty":"EC","x":""# + Self.base64URL(x)
            + #"","y":""# + Self.base64URL(y) + #"","crv":"P-256"}}"#
    }

    var claims: String {
        #"{"htm":"POST","htu":"# + PythonJSON.string(url) + #","iat":\#(issuedAt),"jti":"# + PythonJSON.string(id) + "}"
    }

    /// `base64url(header) "." base64url(claims)`, the text that is signed.
    var signingInput: String { Self.base64URL(Array(header.utf8)) + "." + Self.base64URL(Array(claims.utf8)) }

    /// The proof for `url`, signed with `key`; nil when the key cannot give its public point
    /// or a signature.
    static func signed(with key: ES256Key, url: String, issuedAt: Int, id: String) -> String? {
        guard let (x, y) = key.publicCoordinates else { return nil }
        let proof = DPoPProof(x: x, y: y, url: url, issuedAt: issuedAt, id: id)
        guard let der = key.signatureDER(of: Array(proof.signingInput.utf8)),
              let signature = joseSignature(der: der) else { return nil }
        return proof.signingInput + "." + base64URL(signature)
    }

    /// The JWS form of an ECDSA P-256 signature, `r || s` with each left-padded to 32 bytes,
    /// from its DER `SEQUENCE { INTEGER r, INTEGER s }`; nil when `der` is not that.
    static func joseSignature(der: [UInt8]) -> [UInt8]? {
        guard der.count >= 2, der[0] == 0x30 else { return nil }
        var index = 2
        if der[1] == 0x81 { index = 3 } else if der[1] & 0x80 != 0 { return nil }
        guard der.count > index - 1, Int(der[index - 1]) == der.count - index else { return nil }
        var parts: [[UInt8]] = []
        for _ in 0..<2 {
            guard index + 2 <= der.count, der[index] == 0x02 else { return nil }
            let length = Int(der[index + 1])
            guard length > 0, index + 2 + length <= der.count else { return nil }
            let digits = der[(index + 2)..<(index + 2 + length)].drop { $0 == 0 }
            guard digits.count <= 32 else { return nil }
            parts.append([UInt8](repeating: 0, count: 32 - digits.count) + digits)
            index += 2 + length
        }
        return index == der.count ? parts[0] + parts[1] : nil
    }

    /// Base64url without padding (RFC 7515 §2).
    static func base64URL(_ bytes: [UInt8]) -> String {
        String(Data(bytes).base64EncodedString().compactMap { character -> Character? in
            switch character {
            case "+": "-"
            case "/": "_"
            case "=": nil
            default: character
            }
        })
    }
}

extension DPoPProof {
    /// Makes a fresh proof for every HTTP attempt: a new `jti` and `iat` the time of that
    /// attempt. A proof is for one request (RFC 9449 §4.2), and a server may refuse one it has
    /// seen before (§11.1), so a request retried after a 5xx or a network error gets its own.
    /// (botocore sets its proof once per call, in a `before-call` handler, and sends that same
    /// proof again when it retries.)
    struct Maker: Sendable {
        let key: ES256Key
        /// The request URL (`htu`).
        let url: String
        let clock: @Sendable () -> Date

        /// A proof signed now with a new UUID; `keyUnusable` when the key cannot sign.
        func next() throws(CredentialError.LoginSessionProblem) -> String {
            guard let proof = DPoPProof.signed(with: key, url: url, issuedAt: Int(clock().timeIntervalSince1970),
                                               id: UUID().uuidString.lowercased()) else { throw .keyUnusable }
            return proof
        }
    }
}
