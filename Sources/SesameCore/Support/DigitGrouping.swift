extension Int {
    /// The number with a comma between groups of three digits (`12,000`, `-1,234,567`), as both
    /// English and Japanese text write counts.
    public var groupedDigits: String {
        let digits = String(magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return self < 0 ? "-" + grouped : grouped
    }
}
