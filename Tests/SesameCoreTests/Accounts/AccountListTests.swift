import Testing
@testable import SesameCore

private func parse(_ text: String, language: Language = .en) throws(AccountListError) -> AccountList {
    try AccountList.parse(Array(text.utf8), path: "accounts.yaml", language: language)
}

private func problems(_ text: String, language: Language = .en) -> [String] {
    do {
        _ = try parse(text, language: language)
        return []
    } catch {
        return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }
}

@Suite("Accounts file")
struct AccountListTests {
    @Test func rolesDefaultAndNamesBecomeARNs() throws {
        let list = try parse("""
            - id: "111122223333"
            - id: "444455556666"
              role: Deploy
              regions: [eu-west-1, us-east-1, eu-west-1]
            - id: "012345678901"
              role: arn:aws:iam::012345678901:role/team/SesameAdmin
            """)
        #expect(list.accounts.map(\.id) == ["111122223333", "444455556666", "012345678901"])
        #expect(list.accounts.map(\.roleArn) == [
            "arn:aws:iam::111122223333:role/OrganizationAccountAccessRole",
            "arn:aws:iam::444455556666:role/Deploy",
            "arn:aws:iam::012345678901:role/team/SesameAdmin",
        ])
        #expect(list.accounts.map(\.regions) == [[], ["eu-west-1", "us-east-1"], []])
        #expect(list.accounts.map(\.location.line) == [1, 2, 5])
    }

    @Test func everyProblemIsReportedAtItsPlace() {
        #expect(problems("""
            - id: 12345
            - id: "111122223333"
              rgions: [us-east-1]
            - id: "444455556666"
              regions: [us-east-9]
              role: arn:aws:iam::999999999999:role/x
            - role: Deploy
            - id: "111122223333"
            - just a string
            """) == [
            "1:7: `id` must be a 12-digit AWS account id in quotes (\"111122223333\"), found `12345`",
            "3:3: unknown key `rgions`; did you mean `regions`?",
            "5:13: `us-east-9` is not a region where SES is offered; did you mean `us-east-1`?",
            "6:9: `arn:aws:iam::999999999999:role/x` is neither a role name nor the ARN of a role in account 444455556666 (arn:aws:iam::444455556666:role/NAME)",
            "7:3: this account has no `id`; add its 12-digit account id",
            "8:3: account 111122223333 is already listed on line 2",
            "9:3: each account is a mapping with `id` (and optionally `role` and `regions`), found a string",
        ])
    }

    @Test func emptyAndWrongShapesAreClearInBothLanguages() {
        #expect(problems("") == ["1:1: the accounts file lists no accounts; write one `- id: \"111122223333\"` line for each"])
        #expect(problems("accounts: []") == ["1:1: the accounts file must be a list (`- id: \"111122223333\"`), found a mapping"])
        #expect(problems("- id: \"1\"", language: .ja) == ["1:7: `id` は引用符で囲んだ 12 桁の AWS アカウント ID(\"111122223333\")で書いてください(`1` になっています)。"])
        #expect(problems("[1, [2]") .count == 1)
    }
}
