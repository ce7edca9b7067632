internal import CCrypto

/// SHA-256 and HMAC-SHA256 over OpenSSL's libcrypto (opened on first use), plus lower-case hex.
enum Digest {
    /// The SHA-256 digest of `bytes` (32 bytes).
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let crypto = sesame_libcrypto().pointee
        let status = bytes.withUnsafeBufferPointer { input in
            crypto.EVP_Digest(input.baseAddress, input.count, &output, &length, crypto.EVP_sha256(), nil)
        }
        precondition(status == 1, "EVP_Digest(SHA-256) failed")
        return Array(output.prefix(Int(length)))
    }

    /// HMAC-SHA256 of `data` under `key` (32 bytes).
    static func hmacSHA256(key: [UInt8], data: [UInt8]) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let crypto = sesame_libcrypto().pointee
        let result = key.withUnsafeBufferPointer { keyBuffer in
            data.withUnsafeBufferPointer { dataBuffer in
                crypto.HMAC(crypto.EVP_sha256(), keyBuffer.baseAddress, Int32(keyBuffer.count),
                     dataBuffer.baseAddress, dataBuffer.count, &output, &length)
            }
        }
        precondition(result != nil, "HMAC(SHA-256) failed")
        return Array(output.prefix(Int(length)))
    }

    /// Lower-case hexadecimal text of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
