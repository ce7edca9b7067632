import Testing
@testable import SesameAWS

@Suite struct INIFileTests {
    @Test func sectionsKeysCommentsAndNestedBlocks() throws {
        let file = try INIFile(parsing: """
            # comment
            [default]
            region = eu-west-1
            Output=json
            ; another comment
            [profile dev]
            services = local
            [services local]
            sesv2 =
              endpoint_url = http://127.0.0.1:4566
              Region = ignored-case
            sts =
                endpoint_url = http://127.0.0.1:9000
            """)
        #expect(file.sections["default"]?.values == ["region": "eu-west-1", "output": "json"])
        #expect(file.sections["profile dev"]?.values == ["services": "local"])
        #expect(file.sections["services local"]?.nested == [
            "sesv2": ["endpoint_url": "http://127.0.0.1:4566", "region": "ignored-case"],
            "sts": ["endpoint_url": "http://127.0.0.1:9000"],
        ])
    }

    @Test func valuesKeepEqualsSignsAndInnerSpaces() throws {
        let file = try INIFile(parsing: "[x]\ncredential_process = /bin/tool --arg=a b  \n")
        #expect(file.sections["x"]?.values["credential_process"] == "/bin/tool --arg=a b")
    }

    @Test func malformedLineIsReportedWithItsNumber() {
        #expect(throws: INIFile.ParseError(line: 2, text: "no equals sign")) {
            try INIFile(parsing: "[x]\nno equals sign\n")
        }
    }

    @Test func keyBeforeAnySectionIsAnError() {
        #expect(throws: INIFile.ParseError.self) { try INIFile(parsing: "key = value\n") }
    }
}
