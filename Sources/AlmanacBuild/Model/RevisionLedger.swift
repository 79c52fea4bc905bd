import AlmanacCore

/// Every figure that a later report changed, computed from all editions (live and frozen) at
/// build time, the way statistics offices keep "previous versions": for each indicator and
/// period, the value as first published, each later change, and the latest.
///
/// A report restating the same value (an estimate confirmed as the final figure) is not a
/// change. Targets are tracked apart from figures.
public struct RevisionLedger: Hashable, Sendable {
    /// Figures with at least one change, by indicator, oldest period first.
    public private(set) var revisions: [String: [FigureRevision]] = [:]
    /// The reports that changed a figure: flagged `revised` unless their author says otherwise.
    private var changed: Set<FigureKey> = []

    public init() {}

    public init(_ dataset: IndicatorDataset) {
        for (id, reports) in dataset.reports {
            let chains = Dictionary(grouping: reports) { FigureSlot(period: $0.value.period, isTarget: $0.value.kind == .target) }
            for (slot, chain) in chains {
                let ordered = chain.sorted { ($0.articleDate, $0.article) < ($1.articleDate, $1.article) }
                let changes = zip(ordered, ordered.dropFirst()).filter { !$0.0.value.statesTheSame(as: $0.1.value) }.map(\.1)
                guard !changes.isEmpty else { continue }
                revisions[id, default: []].append(FigureRevision(period: slot.period, isTarget: slot.isTarget,
                                                                  first: ordered[0], changes: changes))
                changed.formUnion(changes.map(FigureKey.init))
            }
            revisions[id]?.sort { ($0.period, $0.isTarget ? 1 : 0) < ($1.period, $1.isTarget ? 1 : 0) }
        }
    }

    /// True when `report` changed what an earlier edition published.
    public func isRevision(_ report: IndicatorReport) -> Bool {
        changed.contains(FigureKey(report))
    }

    /// True when `value`, as `article` reports it, changed what an earlier edition published.
    public func isRevision(_ value: IndicatorValue, in article: ArticleID) -> Bool {
        changed.contains(FigureKey(article: article, id: value.id, period: value.period, isTarget: value.kind == .target))
    }

    /// The status to show: the author's, or `revised` for a change the author did not mark.
    public func status(of value: IndicatorValue, in article: ArticleID) -> FigureStatus? {
        value.status ?? (isRevision(value, in: article) ? .revised : nil)
    }
}

/// One figure's path through the editions.
public struct FigureRevision: Hashable, Sendable {
    public var period: Period
    public var isTarget: Bool
    /// The report that first published the figure.
    public var first: IndicatorReport
    /// Each later report that changed it, oldest first; the last is the latest.
    public var changes: [IndicatorReport]

    public var latest: IndicatorReport { changes.last ?? first }
    /// True when some change was marked a correction rather than a scheduled revision.
    public var isCorrection: Bool { changes.contains { $0.value.correction } }
}

private struct FigureSlot: Hashable {
    var period: Period
    var isTarget: Bool
}

/// One figure as one article reports it.
struct FigureKey: Hashable, Sendable {
    var article: ArticleID
    var id: String
    var period: Period
    var isTarget: Bool

    init(article: ArticleID, id: String, period: Period, isTarget: Bool) {
        (self.article, self.id, self.period, self.isTarget) = (article, id, period, isTarget)
    }

    init(_ report: IndicatorReport) {
        self.init(article: report.article, id: report.value.id, period: report.value.period,
                  isTarget: report.value.kind == .target)
    }
}

extension IndicatorValue {
    /// True when `other` publishes the same number the same way: a restatement, not a revision.
    func statesTheSame(as other: IndicatorValue) -> Bool {
        value == other.value && qualifier == other.qualifier
    }
}
