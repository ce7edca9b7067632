/// ISO 8601 timestamps as AWS credential sources write them
/// (`2026-11-29T07:00:00Z`, with or without fractional seconds or a numeric offset).
enum ISO8601 {
    static func parse(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }

    static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
