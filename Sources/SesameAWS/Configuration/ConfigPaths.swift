/// Where the shared files are, with `~` and `$VAR`/`${VAR}` expanded from the given
/// environment (`configloader.raw_config_parse`).
struct ConfigPaths {
    let configFile: String
    let credentialsFile: String

    init(environment: [String: String], homeDirectory: String) {
        func path(_ variable: String, default defaultPath: String) -> String {
            let raw = environment[variable].flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
            return Self.expand(raw, environment: environment, homeDirectory: homeDirectory)
        }
        configFile = path("AWS_CONFIG_FILE", default: "~/.aws/config")
        credentialsFile = path("AWS_SHARED_CREDENTIALS_FILE", default: "~/.aws/credentials")
    }

    /// Expands a leading `~` to `homeDirectory`, then `$NAME` and `${NAME}` from
    /// `environment` (unknown variables are left as written, as Python's `expandvars` does).
    static func expand(_ path: String, environment: [String: String], homeDirectory: String) -> String {
        var text = path
        if text == "~" || text.hasPrefix("~/") { text = homeDirectory + text.dropFirst() }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "$" else { result.append(text[index]); index = text.index(after: index); continue }
            var nameStart = text.index(after: index)
            let braced = nameStart < text.endIndex && text[nameStart] == "{"
            if braced { nameStart = text.index(after: nameStart) }
            var nameEnd = nameStart
            while nameEnd < text.endIndex, text[nameEnd].isLetter || text[nameEnd].isNumber || text[nameEnd] == "_" {
                nameEnd = text.index(after: nameEnd)
            }
            let name = String(text[nameStart..<nameEnd])
            let closed = !braced || (nameEnd < text.endIndex && text[nameEnd] == "}")
            let after = braced && closed ? text.index(after: nameEnd) : nameEnd
            if !name.isEmpty, closed, let value = environment[name] {
                result += value
            } else {
                result += text[index..<after]
            }
            index = after
        }
        return result
    }
}
