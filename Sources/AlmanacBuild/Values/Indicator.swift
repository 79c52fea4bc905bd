import AlmanacCore

/// A catalogue entry of `Content/indicators.yml`: what an indicator is and how to show it.
public struct IndicatorDefinition: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var unit: LocalizedText
    /// Decimals shown for every value of this indicator.
    public var decimals: Int
    public var higherIsBetter: Bool
    /// Optional grouping for indicator indexes, such as `economy`.
    public var theme: String?
    /// Shown as a KPI tile on the home page when the latest edition reports it.
    public var headline: Bool = false
    public var location: SourceLocation
    /// What the indicator's pages say about it; all optional.
    public var metadata = IndicatorMetadata()

    /// True for a percentage, whose changes are told in percentage points rather than in percent.
    public var isPercentage: Bool { unit.values.values.contains("%") }

    /// The power of ten a written value is multiplied by to be in a language's unit: the
    /// catalogue's `scale` for languages that count in thousands (`2546.18` 亿元 → `254.618
    /// billion yuan`), none for those that count in myriads and keep the author's unit.
    public func scalePower(in language: String) -> Int {
        LanguageStyle.of(language).countsInMyriads ? 0 : metadata.scalePower
    }
}

/// A second unit to show a value in, for the languages that name it.
public struct UnitGloss: Hashable, Sendable {
    public var factor: Double
    public var unit: LocalizedText
}

/// What a statistics office says about an indicator besides its numbers: Open SDG's metadata tab.
public struct IndicatorMetadata: Hashable, Sendable {
    /// The catalogue's `scale` as a power of ten: 8 for `scale: 100000000`.
    public var scalePower = 0
    /// Ranks read as ordinals and never scale.
    public var style = NumberStyle.amount
    public var definition: LocalizedText?
    public var source: LocalizedText?
    public var method: LocalizedText?
    public var frequency: Frequency?
    public var priceBasis: PriceBasis?
    public var comparability: LocalizedText?
    /// Ids of related indicators, each in the catalogue.
    public var related: [String] = []
    /// The value in a unit readers of some languages know better, shown after it: an area in
    /// mu with its hectares in English (`gloss: {factor: 0.0666667, unit: {en: hectares}}`).
    public var gloss: UnitGloss?

    public init() {}
}

/// One reported figure: an indicator's value for one period, as one article states it.
public struct IndicatorValue: Hashable, Sendable {
    public var id: String
    public var value: Double
    /// Decimals as the author wrote the value (`2.5` → 1), so a figure is shown as precisely as
    /// its source gives it and never more precisely than the catalogue allows.
    public var writtenDecimals: Int
    public var period: Period
    public var kind: FigureKind
    public var qualifier: FigureQualifier?
    public var note: String?
    /// How good the figure is; nil for an ordinary published figure (or the edition's default,
    /// filled in by the Model stage).
    public var status: FigureStatus?
    /// Notes on the value, numbered on each page that shows it.
    public var footnotes: [String] = []
    /// True when this report corrects an error in an earlier edition's figure, rather than
    /// revising it on schedule as better data come in.
    public var correction = false
    public var location: SourceLocation

    public init(id: String, value: Double, writtenDecimals: Int = 6, period: Period, kind: FigureKind,
                qualifier: FigureQualifier? = nil, note: String? = nil, status: FigureStatus? = nil,
                footnotes: [String] = [], location: SourceLocation) {
        self.id = id
        self.value = value
        self.writtenDecimals = writtenDecimals
        self.period = period
        self.kind = kind
        self.qualifier = qualifier
        self.note = note
        self.status = status
        self.footnotes = footnotes
        self.location = location
    }

    /// The report without where it was written: equal for an unchanged figure of an edited file,
    /// whatever lines moved above it, and different when any field of it changed.
    public var figure: IndicatorValue {
        var figure = self
        figure.location = SourceLocation(path: "")
        return figure
    }

    /// `gdp-2025`, `gdp-2026-target`: the anchor that names this figure on every page that shows
    /// it, so a single number can be cited by URL.
    public var anchor: String { Self.anchor(id, period, isTarget: kind == .target) }

    public static func anchor(_ id: String, _ period: Period, isTarget: Bool) -> String {
        "\(id)-\(period)" + (isTarget ? "-target" : "")
    }

    /// Two reports say the same thing when all but their wording (note, footnotes) and location agree.
    public func agrees(with other: IndicatorValue) -> Bool {
        id == other.id && value == other.value && period == other.period
            && kind == other.kind && qualifier == other.qualifier && status == other.status
    }
}
