/// One indicator across every edition, the way statistical agencies publish revisions: for each
/// period the latest figure, the earlier reports of it (vintages), and whether a target was met.
public struct IndicatorHistory: Sendable {
    public var definition: IndicatorDefinition
    /// Actual and estimated figures, one entry per period, oldest period first.
    public var figures: [Entry]
    /// Targets, one entry per period, oldest period first.
    public var targets: [Entry]

    /// The newest report for one period, and the reports it replaced.
    public struct Entry: Sendable {
        public var period: Period
        public var latest: IndicatorReport
        /// Earlier reports of the same period, oldest first: an estimate later replaced by the
        /// final figure, or a target that was revised.
        public var vintages: [IndicatorReport]
    }

    /// How an outcome compares with the target set for its period.
    public enum Verdict: String, Sendable {
        case met, missed
        /// The figure is still an estimate: on track or not, it is not yet a result.
        case onTrack = "on_track", behind
    }

    public init(definition: IndicatorDefinition, reports: [IndicatorReport]) {
        self.definition = definition
        self.figures = Self.entries(reports.filter { $0.value.kind != .target })
        self.targets = Self.entries(reports.filter { $0.value.kind == .target })
    }

    /// The verdict for a period that has both a target and a figure.
    public func verdict(for period: Period) -> Verdict? {
        guard let target = targets.first(where: { $0.period == period })?.latest.value,
              let figure = figures.first(where: { $0.period == period })?.latest.value else { return nil }
        let met = reaches(figure.value, target)
        if figure.kind == .estimate { return met ? .onTrack : .behind }
        return met ? .met : .missed
    }
}

private extension IndicatorHistory {
    static func entries(_ reports: [IndicatorReport]) -> [Entry] {
        Dictionary(grouping: reports, by: \.value.period).map { period, reports in
            let ordered = reports.sorted { ($0.articleDate, $0.article) < ($1.articleDate, $1.article) }
            return Entry(period: period, latest: ordered[ordered.count - 1], vintages: Array(ordered.dropLast()))
        }.sorted { $0.period < $1.period }
    }

    /// "About" targets count as met within 5% of the target; the others must be reached.
    func reaches(_ value: Double, _ target: IndicatorValue) -> Bool {
        let slack = target.qualifier == .about ? abs(target.value) * 0.05 : 0
        return definition.higherIsBetter ? value >= target.value - slack : value <= target.value + slack
    }
}

extension SiteModel {
    /// The history of `id` across every edition; nil for an id outside the catalogue.
    public func history(of id: String) -> IndicatorHistory? {
        catalogue[id].map { IndicatorHistory(definition: $0, reports: dataset.reports[id] ?? []) }
    }
}
