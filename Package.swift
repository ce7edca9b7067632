// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets exist only when scripts/fuzz builds them (SESAME_FUZZ=1): they have no
/// `main` of their own, libFuzzer provides it.
let fuzzTargets: [Target] = Context.environment["SESAME_FUZZ"] == "1" ? [
    .executableTarget(name: "ProfileFuzzer", dependencies: ["SesameCore"], path: "Fuzz/ProfileFuzzer"),
    .executableTarget(name: "LintFuzzer", dependencies: ["SesameCore"], path: "Fuzz/LintFuzzer"),
    .executableTarget(name: "AWSResponseFuzzer", dependencies: ["SesameAWS", "SesameCore"], path: "Fuzz/AWSResponseFuzzer"),
    .executableTarget(name: "AWSConfigFuzzer", dependencies: ["SesameAWS"], path: "Fuzz/AWSConfigFuzzer"),
    .executableTarget(name: "SanitiserFuzzer", dependencies: ["SesameCore"], path: "Fuzz/SanitiserFuzzer"),
] : []

let package = Package(
    name: "sesame",
    // No `platforms:`: sesame is built and tested on Linux only (it calls Glibc directly).
    products: [
        .executable(name: "sesame", targets: ["sesame"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C libraries from Debian's -dev packages, reached through tiny module maps.
        // No pkgConfig: its -L/usr/lib/x86_64-linux-gnu would come first and make `make build` link
        // libyaml.so instead of the libyaml.a the Makefile puts first (the module map links "yaml").
        .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"])]),
        // libcrypto's headers (libssl-dev) and a loader: the library itself is opened on first use
        // (Sources/CCrypto/include/CCrypto.h), so the commands that never sign or hash do not map it.
        // DWARF 4, as Swift's own debug information: valgrind 3.19 (Debian 12's, which
        // Benchmarks/breakdown.py runs) gives up on a binary that mixes in DWARF 5.
        .target(name: "CCrypto", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // libcurl's headers only: the library itself is loaded on first use (CurlLibrary.swift).
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),

        // Pure logic: profile, validation, lint, rendering (its own Mustache engine: see
        // Render/Mustache/MustacheTemplate.swift for why not swift-mustache). No network, no ArgumentParser.
        // The C library and what sesame does with it in more than one module: the one EINTR-retrying
        // call helper and `ChildProcess` (spawning `credential_process` and `$EDITOR`). Below both
        // SesameCore and SesameAWS, which do not know each other.
        .target(name: "SesameSystem"),
        // The lexicon's phrase automata as constant C arrays, written by scripts/generate-phrase-tables
        // (PhraseTablesTests fail when they are stale): no process builds them. DWARF 4 as for CCrypto.
        .target(name: "CPhraseTables", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        .target(name: "SesameCore", dependencies: ["CYAML", "CPhraseTables", "SesameSystem"]),
        // AWS Signature Version 4 over OpenSSL's libcrypto (loaded on first use).
        .target(name: "SigV4", dependencies: ["CCrypto"]),
        // Credentials, transport (libcurl), retries, SES v2 / Support / STS / SSO clients; CCrypto for cache-file digests and the aws login DPoP signature (Credentials/Crypto.swift).
        .target(name: "SesameAWS", dependencies: ["SigV4", "CCurl", "CCrypto", "SesameSystem"]),
        // The thin command-line front end.
        .executableTarget(
            name: "sesame",
            dependencies: [
                "SesameCore", "SesameAWS",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // `Benchmarks/lint/run.sh`: CPU time of linting 5000-character drafts (not a product).
        .executableTarget(name: "LintBenchmark", dependencies: ["SesameCore"], path: "Benchmarks/lint", exclude: ["run.sh"]),

        // Shared by the test targets: starting the SES emulator, locating fixtures.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SesameCoreTests", dependencies: ["SesameCore", "TestSupport"], exclude: ["Render/Golden", "Fixtures"]),
        .testTarget(name: "SigV4Tests", dependencies: ["SigV4"]),
        .testTarget(name: "SesameAWSTests", dependencies: ["SesameAWS", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SesameCLITests", dependencies: ["sesame", "SesameCore", "SesameAWS", "TestSupport"], exclude: ["Fixtures"]),
    ] + fuzzTargets
)
