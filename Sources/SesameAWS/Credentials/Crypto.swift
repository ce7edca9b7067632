internal import CCrypto

// Every libcrypto call of SesameAWS is in this file (SigV4 has its own): the cache files'
// digests and the ES256 signature of an `aws login` DPoP proof. libcrypto is opened on first
// use: each call goes through `sesame_libcrypto()` (Sources/CCrypto/include/CCrypto.h).

/// Lower-case hex digests of UTF-8 text, for cache file names.
enum CacheKeyDigest {
    /// SHA-1: the SSO token cache's rule (`SSOTokenLoader._generate_cache_key`) and the CLI
    /// cache's (`_create_cache_key`).
    static func sha1Hex(_ text: String) -> String { hex(text, length: 20, sesame_sha1) }

    /// SHA-256: the `aws login` cache's rule (`utils.generate_login_cache_key`).
    static func sha256Hex(_ text: String) -> String { hex(text, length: 32, sesame_sha256) }

    private static func hex(_ text: String, length: Int,
                            _ digest: (UnsafeRawPointer?, Int, UnsafeMutablePointer<UInt8>) -> Void) -> String {
        let bytes = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: length)
        bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { digest(input.baseAddress, input.count, $0.baseAddress!) }
        }
        let digits = Array("0123456789abcdef")
        return String(output.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }
}

/// A P-256 private key, read from DER (SEC 1 `EC PRIVATE KEY` or PKCS #8), that signs with
/// ECDSA over SHA-256 (JWS `ES256`).
final class ES256Key: @unchecked Sendable {
    /// The key is immutable after `init`; libcrypto allows concurrent signing with one key.
    private let key: OpaquePointer

    /// Nil when `der` is not a private key on P-256.
    init?(der: [UInt8]) {
        let crypto = sesame_libcrypto().pointee
        let parsed = der.withUnsafeBufferPointer { buffer -> OpaquePointer? in
            var cursor = buffer.baseAddress
            return crypto.d2i_AutoPrivateKey(nil, &cursor, buffer.count)
        }
        guard let parsed else { return nil }
        var group = [CChar](repeating: 0, count: 64)
        var length = 0
        guard crypto.EVP_PKEY_get_base_id(parsed) == EVP_PKEY_EC,
              crypto.EVP_PKEY_get_utf8_string_param(parsed, "group", &group, group.count, &length) == 1,
              String(decoding: group.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self) == "prime256v1" else {
            crypto.EVP_PKEY_free(parsed)
            return nil
        }
        key = parsed
    }

    deinit { sesame_libcrypto().pointee.EVP_PKEY_free(key) }

    /// The public point's affine coordinates, 32 bytes each (from the uncompressed
    /// encoding `04 || x || y`); nil if libcrypto gives another form.
    var publicCoordinates: (x: [UInt8], y: [UInt8])? {
        var point = [UInt8](repeating: 0, count: 65)
        var length = 0
        guard sesame_libcrypto().pointee.EVP_PKEY_get_octet_string_param(key, "pub", &point, point.count, &length) == 1,
              length == 65, point[0] == 4 else { return nil }
        return (Array(point[1...32]), Array(point[33...64]))
    }

    /// The DER `ECDSA-Sig-Value` of SHA-256(`message`); nil when libcrypto fails.
    func signatureDER(of message: [UInt8]) -> [UInt8]? {
        let crypto = sesame_libcrypto().pointee
        guard let context = crypto.EVP_MD_CTX_new() else { return nil }
        defer { crypto.EVP_MD_CTX_free(context) }
        guard crypto.EVP_DigestSignInit(context, nil, crypto.EVP_sha256(), nil, key) == 1 else { return nil }
        var signature = [UInt8](repeating: 0, count: 80)  // at most 72 bytes for P-256
        var length = signature.count
        let status = message.withUnsafeBufferPointer {
            crypto.EVP_DigestSign(context, &signature, &length, $0.baseAddress, $0.count)
        }
        return status == 1 ? Array(signature.prefix(length)) : nil
    }
}
