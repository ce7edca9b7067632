/// Collects the status line, headers and body that libcurl hands to its callbacks, and
/// refuses bodies over a byte limit instead of buffering without bound.
final class ResponseSink {
    let limit: Int
    private(set) var headers: [(name: String, value: String)] = []
    private(set) var body: [UInt8] = []
    private(set) var exceededLimit = false

    init(limit: Int) { self.limit = limit }

    /// libcurl write callback. Returning less than it was given aborts the transfer.
    static let receiveBody: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        data, size, count, context in
        let sink = Unmanaged<ResponseSink>.fromOpaque(context!).takeUnretainedValue()
        let length = size * count
        guard sink.body.count + length <= sink.limit else {
            sink.exceededLimit = true
            return 0
        }
        if let data, length > 0 {
            data.withMemoryRebound(to: UInt8.self, capacity: length) {
                sink.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
            }
        }
        return length
    }

    /// libcurl header callback, called once per header line. A status line starts a new
    /// response (after `100 Continue` or a proxy's `CONNECT` reply), so only the final
    /// response's headers are kept.
    static let receiveHeader: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = {
        data, size, count, context in
        let sink = Unmanaged<ResponseSink>.fromOpaque(context!).takeUnretainedValue()
        let length = size * count
        guard let data else { return length }
        let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
        sink.receiveHeaderLine(line)
        return length
    }

    private func receiveHeaderLine(_ rawLine: String) {
        let line = rawLine.trimmingSuffix(while: \.isWhitespace)
        if line.hasPrefix("HTTP/") {
            headers = []
        } else if let colon = line.firstIndex(of: ":") {
            let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            headers.append((name: String(line[..<colon]), value: String(value.trimmingSuffix(while: \.isWhitespace))))
        }
    }
}

extension StringProtocol {
    /// The text without trailing characters matching `predicate`.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return Substring(self[startIndex..<end])
    }
}
