import AlmanacCore

/// What `Content/<edition>/edition.yml` says about an edition: its title, what it covers, when it
/// was published and when the next one is due. Every field is optional.
public struct EditionInfo: Hashable, Sendable {
    public var year: Int
    public var title: LocalizedText?
    /// One line per language: "Results for 2025 and targets for 2026".
    public var coverage: LocalizedText?
    /// A short paragraph per language: what the edition is and how it relates to its neighbours.
    public var about: LocalizedText?
    public var published: CalendarDate?
    /// The status of the edition's figures that give none of their own.
    public var status: FigureStatus?
    public var nextRelease: ReleaseDate?
    public var location: SourceLocation

    public init(year: Int, location: SourceLocation) {
        self.year = year
        self.location = location
    }
}

/// When a release is due: a day, or only a month.
public enum ReleaseDate: Hashable, Sendable {
    case day(CalendarDate)
    case month(year: Int, month: Int)

    /// `2027-03-31` or `2027-03`.
    public init?(_ text: String) {
        if let day = CalendarDate(text) { self = .day(day); return }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        self = .month(year: year, month: month)
    }
}

extension Article {
    /// This version with its edition's default status on every figure that gives none and can carry it
    /// (an edition of provisional figures does not make its targets provisional).
    func withDefaults(of editions: [Int: EditionInfo]) -> Article {
        guard let edition = id.edition, let status = editions[edition]?.status else { return self }
        var article = self
        for index in article.indicators.indices where article.indicators[index].status == nil
            && (article.indicators[index].kind != .target || status.appliesToTargets) {
            article.indicators[index].status = status
        }
        return article
    }
}
