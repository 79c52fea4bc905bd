import AlmanacCore

/// A chart as an author describes it in the YAML body of a ```` ```chart ```` fence.
///
/// ```yaml
/// type: column            # column | bar | line | area | donut | kpi | bullet | sparkline
/// title: 地区生产总值        # required, except for kpi (defaults to label) and sparkline
/// subtitle: 1978—2022年    # optional
/// source: 晋江市统计局      # optional, shown as "来源：…" / "Source: …" below the chart
/// note: …                 # optional; a list gives several notes
/// unit: 亿元               # optional; indicator charts take the unit of the series
/// decimals: 1             # optional, 0…6, for every value; without it each value shows the
///                         # decimals it is written with (30 → 30%, 12.5 → 12.5%)
/// data:                   # EITHER one series: label → number, in reading order
///   1978: 1.45
///   2019: 2546.18
///   2020: {value: 2600, kind: estimate, qualifier: over}   # kind: actual | estimate | target;
///                         # qualifier: about | over | under | at_least | stretch (左右 超 不到 突破 力争)
///   2021: ~               # nothing (~ or null) leaves a gap: lines break there
/// series:                 # OR several named series, grouped (or stacked with `stacked: true`)
///   签约: {2023: 120, 2024: 150}
///   开工: {2023: 80, 2024: 95}
/// indicator: gdp          # OR the history of an indicator across all editions, optionally
/// from: 2019              #   only from this year,
/// to: 2025                #   only up to this year,
/// periods: annual         #   only whole years (no halves such as 2020-H1, no spans)
/// csv: pipeline.csv       # OR Content/data/pipeline.csv: first column labels, header row series names
/// stacked: false          # optional, for column, bar and area
/// reference: {value: 6, label: 目标}          # optional line (column, line, area); a band is
///                                             # {from: 5, to: 6, label: …}; a list gives several
/// ```
///
/// - `kpi` takes `value`, `label`, `unit`, `period` and optionally `previous` (with
///   `previous_period`), or `indicator: id` for its latest value and the one before (`to: 2021`
///   picks an earlier pair). `value`, `previous` and `target` may be mappings like data values,
///   e.g. `{value: 800, qualifier: over}`; an estimate is said to be one.
/// - `bullet` takes `value`, `target`, optional `ranges` (a list of ascending upper bounds) and
///   `label`, or `indicator: id` for the latest actual value and the latest target.
/// - `donut` takes `data` (or `csv`) of shares in percent that add up to at most 100; the rest
///   becomes an "其他"/"other" slice.
/// - `sparkline` takes `data`, `indicator` or `csv` and draws a small line without axes.
public struct ChartSpec: Sendable, Hashable {
    /// The chart types an author can ask for.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case column, bar, line, area, donut, kpi, bullet, sparkline
    }

    /// Which chart to draw.
    public var type: Kind
    /// Shown in the caption and as the SVG's accessible name.
    public var title: String?
    /// Shown under the title, e.g. the period covered.
    public var subtitle: String?
    /// Who published the numbers; shown after "来源：" or "Source:".
    public var source: String?
    /// Each shown after "注：" or "Note:" below the chart.
    public var notes: [String]
    /// Unit of the values; for indicator charts the renderer uses the series' unit when this is nil.
    public var unit: String?
    /// Decimals to show for every value; nil shows each value as precisely as it was written.
    public var decimals: Int?
    /// Where the numbers come from.
    public var data: ChartData
    /// Which of an indicator's periods are shown; every period unless the spec limits them.
    public var periods: PeriodFilter
    /// Stack the series instead of grouping them (column, bar, area).
    public var stacked: Bool
    /// Guide lines and bands drawn across column, bar, line and area charts.
    public var references: [ChartReference]
    /// The single figure of a kpi or bullet chart; nil for other types.
    public var measure: ChartMeasure?
    /// Where the chart's YAML starts, for errors found only while rendering.
    public var location: SourceLocation

    /// Creates a spec; readers normally get one from `ChartSpecReader`.
    public init(
        type: Kind, title: String?, subtitle: String? = nil, source: String? = nil,
        notes: [String] = [], unit: String? = nil, decimals: Int? = nil, data: ChartData,
        periods: PeriodFilter = PeriodFilter(), stacked: Bool = false, references: [ChartReference] = [],
        measure: ChartMeasure? = nil, location: SourceLocation
    ) {
        self.type = type
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.notes = notes
        self.unit = unit
        self.decimals = decimals
        self.data = data
        self.periods = periods
        self.stacked = stacked
        self.references = references
        self.measure = measure
        self.location = location
    }
}
