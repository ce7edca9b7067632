import Testing
@testable import SesameCore

/// The typed key table is the schema's: the same key paths in the same order, each naming its
/// field; the wizard's questions and the free-text fields use it.
@Suite struct ProfileKeyTests {
    @Test func theTableListsTheSchemasLeafKeyPathsInOrder() {
        #expect(ProfileKey.allCases.map(\.path) == ProfileSchema.leafKeyPaths)
    }

    @Test func eachKeyNamesItsField() {
        #expect(ProfileKey.dailyVolume.name == "daily_volume")
        #expect(ProfileKey.dailyVolume.field.name == "daily_volume")
        #expect(ProfileKey.websiteURL.field.type.maxLength == ProfileSchema.websiteURLLimit)
        #expect(ProfileSchema.field(at: "use_case.nothing") == nil)
    }

    @Test func questionsAndFreeTextFieldsUseTheTable() {
        #expect(Questions.all.map(\.key).allSatisfy { ProfileKey.allCases.contains($0) })
        #expect(UseCaseField.allCases.map(\.key) == [.business, .recipients, .listAcquisition, .bounceHandling, .complaintHandling, .optOut, .rationale, .content])
    }
}

extension SchemaType {
    fileprivate var maxLength: Int? {
        if case let .string(_, maxLength, _) = self { return maxLength }
        return nil
    }
}
