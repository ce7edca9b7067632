@testable import SigV4
import Testing

/// SHA-256 and HMAC-SHA256 against the published vectors: `Digest` calls OpenSSL's SHA-256
/// block functions and builds HMAC on them itself (`sesame_hmac_sha256`), so the padding of
/// short keys and the hashing of keys longer than a block are sesame's own code.
@Suite struct DigestTests {
    static func bytes(_ hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
    }

    /// FIPS 180-2's examples and the empty message; 56 and 112 bytes cross a block boundary.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func sha256(message: String, digest: String) {
        #expect(Digest.hex(Digest.sha256(Array(message.utf8))) == digest)
    }

    @Test func sha256OfAMillionBytes() {
        #expect(Digest.hex(Digest.sha256([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// RFC 4231's test cases 1, 2, 3, 4, 6 and 7 (case 5 truncates the output). Cases 6 and 7
    /// have a 131-byte key, longer than SHA-256's 64-byte block, so it is hashed first.
    @Test(arguments: [
        ("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4869205468657265",
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        ("4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        (String(repeating: "aa", count: 20), String(repeating: "dd", count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        ("0102030405060708090a0b0c0d0e0f10111213141516171819", String(repeating: "cd", count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        (String(repeating: "aa", count: 131),
         "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374",
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        (String(repeating: "aa", count: 131),
         "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c676f726974686d2e",
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ])
    func hmacSHA256(key: String, data: String, mac: String) {
        #expect(Digest.hex(Digest.hmacSHA256(key: Self.bytes(key), data: Self.bytes(data))) == mac)
    }

    /// A key of exactly one block is used as it is, not hashed (the boundary of RFC 2104's rule).
    @Test func hmacKeyOfExactlyOneBlock() {
        let key = [UInt8](0..<64)
        #expect(Digest.hex(Digest.hmacSHA256(key: key, data: Array("Sample message for keylen=blocklen".utf8)))
            == "8bb9a1db9806f20df7f77b82138c7914d174d59e13dc4d0169c9057b133e1d62")
    }

    /// One byte over a block: hashed, as in cases 6 and 7.
    @Test func hmacKeyOneByteLongerThanABlock() {
        #expect(Digest.hex(Digest.hmacSHA256(key: [UInt8](0..<65), data: Array("x".utf8)))
            == "839c2a8225cd27fb5d7ed3f6dc9a67cc7210572d15a39a276bf53b59d64033f0")
    }

    @Test func hmacWithEmptyKeyAndMessage() {
        #expect(Digest.hex(Digest.hmacSHA256(key: [], data: []))
            == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
    }
}
