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

    let easyInit: EasyInit
    let easyPerform: EasyHandleCall
    let easyCleanup: EasyCleanup
    let strerror: Strerror
    let slistAppend: SlistAppend
    let slistFreeAll: SlistFreeAll
    /// `curl_easy_setopt` and `curl_easy_getinfo`, variadic: called through the shim's typed wrappers.
    let setopt: UnsafeMutableRawPointer
    let getinfo: UnsafeMutableRawPointer

    /// The library's soname on Debian and most Linux distributions.
    static let soname = "libcurl.so.4"

    /// The loaded library, or why it could not be loaded (once per process, thread-safely).
    static let shared: Result<CurlLibrary, LoadError> = load()

    struct LoadError: Error {
        var detail: String
    }

    private static func load() -> Result<CurlLibrary, LoadError> {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown error"
            return .failure(LoadError(detail: "libcurl could not be loaded (\(reason)); install libcurl4 (apt-get install libcurl4)"))
        }
        func symbol(_ name: String) -> UnsafeMutableRawPointer? { dlsym(handle, name) }
        guard let easyInit = symbol("curl_easy_init"), let easyPerform = symbol("curl_easy_perform"),
              let easyCleanup = symbol("curl_easy_cleanup"), let strerror = symbol("curl_easy_strerror"),
              let slistAppend = symbol("curl_slist_append"), let slistFreeAll = symbol("curl_slist_free_all"),
              let setopt = symbol("curl_easy_setopt"), let getinfo = symbol("curl_easy_getinfo"),
              let globalInit = symbol("curl_global_init")
        else {
            return .failure(LoadError(detail: "\(soname) lacks a function sesame needs; install a current libcurl4"))
        }
        let code = unsafeBitCast(globalInit, to: GlobalInit.self)(Int(CURL_GLOBAL_DEFAULT))
        guard code == CURLE_OK else { return .failure(LoadError(detail: "curl_global_init failed (\(code.rawValue))")) }
        return .success(CurlLibrary(
            easyInit: unsafeBitCast(easyInit, to: EasyInit.self),
            easyPerform: unsafeBitCast(easyPerform, to: EasyHandleCall.self),
            easyCleanup: unsafeBitCast(easyCleanup, to: EasyCleanup.self),
            strerror: unsafeBitCast(strerror, to: Strerror.self),
            slistAppend: unsafeBitCast(slistAppend, to: SlistAppend.self),
            slistFreeAll: unsafeBitCast(slistFreeAll, to: SlistFreeAll.self),
            setopt: setopt, getinfo: getinfo))
    }
}
