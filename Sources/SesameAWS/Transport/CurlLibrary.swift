internal import CCrypto
internal import CCurl

/// libcurl, loaded with `dlopen` the first time a request is made rather than at process
/// start: `validate`, `lint`, `render` and the rest never pay for loading it and its thirty-odd
/// dependencies (about 3 ms of every start-up). `curl_global_init` runs once, right after.
struct CurlLibrary: @unchecked Sendable {
    typealias EasyInit = @convention(c) () -> UnsafeMutableRawPointer?
    typealias EasyHandleCall = @convention(c) (UnsafeMutableRawPointer?) -> CURLcode
    typealias EasyCleanup = @convention(c) (UnsafeMutableRawPointer?) -> Void
    typealias Strerror = @convention(c) (CURLcode) -> UnsafePointer<CChar>?
    typealias SlistAppend = @convention(c) (UnsafeMutablePointer<curl_slist>?, UnsafePointer<CChar>?) -> UnsafeMutablePointer<curl_slist>?
    typealias SlistFreeAll = @convention(c) (UnsafeMutablePointer<curl_slist>?) -> Void
    typealias GlobalInit = @convention(c) (Int) -> CURLcode
    typealias VersionInfo = @convention(c) (CURLversion) -> UnsafeMutablePointer<curl_version_info_data>?

    let easyInit: EasyInit
    let easyPerform: EasyHandleCall
    let easyCleanup: EasyCleanup
    let strerror: Strerror
    let slistAppend: SlistAppend
    let slistFreeAll: SlistFreeAll
    /// `curl_easy_setopt` and `curl_easy_getinfo`, variadic: called through the shim's typed wrappers.
    let setopt: UnsafeMutableRawPointer
    let getinfo: UnsafeMutableRawPointer
    /// libcurl's built-in CA path when it is a hashed certificate directory (`/etc/ssl/certs`
    /// on Debian), tried before the built-in CA file: see `TrustStore`.
    let systemCertificateDirectory: String?

    /// The library's soname on Debian and most Linux distributions.
    static let soname = "libcurl.so.4"

    /// The loaded library, or why it could not be loaded (once per process, thread-safely).
    static let shared: Loading = load()

    /// A loaded library, or why there is none. An enum of its own rather than a `Result`: the
    /// first `Result` of an error type that the process builds checks the type's `Error`
    /// conformance at run time, a scan of the binary's ~4,400 conformance records (0.15 M
    /// instructions of every `status`).
    enum Loading: Sendable {
        case loaded(CurlLibrary)
        case unavailable(detail: String)
    }

    private static func load() -> Loading {
        // libcrypto first (libssl needs it, so it is loaded anyway): OpenSSL is then
        // initialised as CryptoLibrary.c does it, before curl_global_init, whether or not a
        // request was signed before (the credential chain's unsigned calls are not).
        _ = sesame_libcrypto()
        // RTLD_LAZY, as at process start: binding every function of libcurl's thirty-odd
        // libraries up front (RTLD_NOW) costs 2.6 M instructions, a sixth of a curl process.
        guard let handle = dlopen(soname, RTLD_LAZY | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown error"
            return .unavailable(detail: "libcurl could not be loaded (\(reason)); install libcurl4 (apt-get install libcurl4)")
        }
        func symbol(_ name: String) -> UnsafeMutableRawPointer? { dlsym(handle, name) }
        guard let easyInit = symbol("curl_easy_init"), let easyPerform = symbol("curl_easy_perform"),
              let easyCleanup = symbol("curl_easy_cleanup"), let strerror = symbol("curl_easy_strerror"),
              let slistAppend = symbol("curl_slist_append"), let slistFreeAll = symbol("curl_slist_free_all"),
              let setopt = symbol("curl_easy_setopt"), let getinfo = symbol("curl_easy_getinfo"),
              let globalInit = symbol("curl_global_init"), let versionInfo = symbol("curl_version_info")
        else {
            return .unavailable(detail: "\(soname) lacks a function sesame needs; install a current libcurl4")
        }
        let code = unsafeBitCast(globalInit, to: GlobalInit.self)(Int(CURL_GLOBAL_DEFAULT))
        guard code == CURLE_OK else { return .unavailable(detail: "curl_global_init failed (\(code.rawValue))") }
        return .loaded(CurlLibrary(
            easyInit: unsafeBitCast(easyInit, to: EasyInit.self),
            easyPerform: unsafeBitCast(easyPerform, to: EasyHandleCall.self),
            easyCleanup: unsafeBitCast(easyCleanup, to: EasyCleanup.self),
            strerror: unsafeBitCast(strerror, to: Strerror.self),
            slistAppend: unsafeBitCast(slistAppend, to: SlistAppend.self),
            slistFreeAll: unsafeBitCast(slistFreeAll, to: SlistFreeAll.self),
            setopt: setopt, getinfo: getinfo,
            systemCertificateDirectory: builtInCertificateDirectory(unsafeBitCast(versionInfo, to: VersionInfo.self))))
    }

    /// The built-in CA path (`curl_version_info`'s `capath`, reported since libcurl 7.70), if
    /// it is a hashed certificate directory.
    private static func builtInCertificateDirectory(_ versionInfo: VersionInfo) -> String? {
        // Field by field: an older libcurl's structure ends before the fields it does not have.
        guard let info = UnsafePointer(versionInfo(CURLVERSION_SEVENTH)),
              let age = info.pointer(to: \curl_version_info_data.age)?.pointee, age.rawValue >= CURLVERSION_SEVENTH.rawValue,
              let capath = info.pointer(to: \curl_version_info_data.capath)?.pointee, case let path = String(cString: capath),
              TrustStore.isHashedDirectory(path)
        else { return nil }
        return path
    }
}

extension CurlTransport {
    /// Loads what the first request would load — libcrypto, then libcurl and its libraries, and
    /// `curl_global_init` — for a thread that does it while the main thread parses the arguments
    /// (`sesame`'s `StartupWarmUp`). Reports nothing and never ends the process: a library that
    /// is missing or broken is reported where it is without the warm-up, by the first digest
    /// (`sesame_libcrypto()`) or the first request (`CurlLibrary.shared`) that needs it. Both are
    /// loaded once per process: a caller that comes while this runs waits for its result.
    public static func loadLibraries() {
        guard sesame_libcrypto_preload() else { return }
        _ = CurlLibrary.shared
    }

    /// What another thread can build while `loadLibraries()` runs, so that the loading thread,
    /// which the first request waits for, has less to do: OpenSSL's error strings, which
    /// `curl_global_init` would otherwise load there (1 M of its 2.3 M instructions). Waits for
    /// libcrypto as the first digest would; reports nothing (a library that could not be loaded
    /// is reported where it is without the warm-up). The strings are the same and loaded once
    /// per process, whichever thread comes first: libcurl words TLS failures with them as before.
    public static func prepareBesideLoading() {
        sesame_libcrypto_preload_error_strings()
    }
}
