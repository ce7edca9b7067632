extension LintDocument {
    /// A loaded profile as lint input: one section per `use_case` answer, each located in
    /// the file line by line, plus the mail type, website and volumes it declares.
    /// `renderedLength` is the length of the description the profile renders to (what AWS
    /// counts: `RequestRenderer.useCaseLength(for:)`), or nil to count the answers themselves.
    public init(profile document: ProfileDocument, renderedLength: Int?) {
        var sections: [LintSection] = []
        for field in UseCaseField.allCases {
            guard let node = document.value(at: field.keyPath), let text = node.scalar, let locator = node.locator else { continue }
            sections.append(LintSection(field: field, text: text, locator: locator))
        }
        let website = document.value(at: .websiteURL).flatMap { node in
            node.scalar.map { LocatedText(text: $0, location: node.locator?.location(ofScalarOffset: 0) ?? node.start) }
        }
        self.init(
            path: document.path,
            sections: sections,
            declaredMailType: document.profile?.mailType,
            website: website,
            dailyVolume: document.profile?.useCase.sending.dailyVolume,
            peakPerSecond: document.profile?.useCase.sending.peakPerSecond,
            anchor: document.location(of: "use_case")
        )
        self.renderedLength = renderedLength
        answersReportedMissing = document.missingAnswers
        specifiedEmailAct = document.profile?.specifiedEmailAct
    }
}
