internal import CCrypto

/// SHA-256 and HMAC-SHA256 over OpenSSL's libcrypto (opened on first use, its SHA-256 block
/// functions called directly: `sesame_sha256` in CCrypto.h says why), plus lower-case hex.
enum Digest {
    /// The SHA-256 digest of `bytes` (32 bytes).
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 32) { output, count in
            bytes.withUnsafeBufferPointer { sesame_sha256($0.baseAddress, $0.count, output.baseAddress!) }
            count = 32
        }
    }

    /// HMAC-SHA256 of `data` under `key` (32 bytes).
    static func hmacSHA256(key: [UInt8], data: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 32) { output, count in
            key.withUnsafeBufferPointer { keyBuffer in
                data.withUnsafeBufferPointer { dataBuffer in
                    sesame_hmac_sha256(keyBuffer.baseAddress, keyBuffer.count, dataBuffer.baseAddress, dataBuffer.count,
                                       output.baseAddress!)
                }
            }
            count = 32
        }
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
