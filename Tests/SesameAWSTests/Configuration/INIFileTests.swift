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
              Region = kept-case
            sts =
                endpoint_url = http://127.0.0.1:9000
            """)
        #expect(file.sections["default"]?.values == ["region": "eu-west-1", "output": "json"])
        #expect(file.sections["profile dev"]?.values == ["services": "local"])
        #expect(file.sections["services local"]?.nested == [
            "sesv2": ["endpoint_url": "http://127.0.0.1:4566", "Region": "kept-case"],  // botocore keeps nested names as written
            "sts": ["endpoint_url": "http://127.0.0.1:9000"],
        ])
    }

    @Test func valuesKeepEqualsSignsAndInnerSpaces() throws {
        let file = try INIFile(parsing: "[x]\ncredential_process = /bin/tool --arg=a b  \n")
        #expect(file.sections["x"]?.values["credential_process"] == "/bin/tool --arg=a b")
    }

    /// botocore (RawConfigParser) takes `key: value` as well as `key = value`; the first of the two splits.
    @Test func colonSeparatesLikeEquals() throws {
        let file = try INIFile(parsing: "[x]\naws_secret_access_key: SECRET\nurl = http://h:1\nodd: a = b\n")
        #expect(file.sections["x"]?.values == ["aws_secret_access_key": "SECRET", "url": "http://h:1", "odd": "a = b"])
        #expect(file.sections["x"]?.problems == [])
    }

    /// An indented line continues the value above it; blank lines and comments do not end it.
    @Test func indentedLinesContinueTheValue() throws {
        let file = try INIFile(parsing: "[x]\nkey = one\n  two\n\n  # note\n\tthree\nnext = 4\n")
        #expect(file.sections["x"]?.values == ["key": "one\ntwo\n\nthree", "next": "4"])
    }

    /// `s3 =` followed by indented `name = value` lines is a nested map in any section; nested names keep their case.
    @Test func nestedSectionsInProfiles() throws {
        let file = try INIFile(parsing: "[profile p]\ns3 =\n  addressing_style = path\n\n  Signature_Version = s3v4\nregion = r\n")
        #expect(file.sections["profile p"]?.nested == ["s3": ["addressing_style": "path", "Signature_Version": "s3v4"]])
        #expect(file.sections["profile p"]?.values == ["s3": "", "region": "r"])
    }

    @Test func defaultSectionValuesApplyToEverySection() throws {
        let file = try INIFile(parsing: "[DEFAULT]\nregion = d\n[a]\n[b]\nregion = own\n")
        #expect(file.sections["a"]?.values == ["region": "d"])
        #expect(file.sections["b"]?.values == ["region": "own"])
        #expect(file.sections["DEFAULT"] == nil)
    }

    @Test func windowsAndOldMacLineEnds() throws {
        let file = try INIFile(parsing: "[a]\r\nk = 1\r\n[b]\rk = 2\r")
        #expect(file.sections["a"]?.values == ["k": "1"])
        #expect(file.sections["b"]?.values == ["k": "2"])
    }

    /// A line that cannot be read spoils only its section, and the problem names the line, never its text.
    @Test func badLinesStayInTheirSectionWithoutTheirText() throws {
        let file = try INIFile(parsing: """
            [profile unused]
            wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            = value
            sub =
              no equals here SECRET
            [profile used]
            region = us-east-1
            """)
        #expect(file.sections["profile used"]?.problems == [])
        let problems = file.sections["profile unused"]?.problems ?? []
        #expect(problems.map(\.description) == [
            "line 2 is neither a [section] header nor `key = value`",
            "line 3 has no key before its `=` or `:`",
            "line 5, indented under `sub =`, is not `name = value`",
        ])
    }

    @Test func keyBeforeAnySectionSpoilsTheFile() {
        #expect(throws: INIFile.Problem(line: 2, reason: .beforeAnySection)) {
            try INIFile(parsing: "# comment\naws_secret_access_key = SECRET\n[x]\n")
        }
    }
}
