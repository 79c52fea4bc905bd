/// How category labels sit under an axis without overlapping: straight, wrapped onto up to
/// three lines, thinned where neighbours would touch, or turned 45° on up to two lines.
struct AxisLabelLayout {
    enum Orientation { case horizontal, rotated }

    let orientation: Orientation
    /// The lines of each label; empty for a label left out by thinning.
    let lines: [[String]]
    /// Room needed below the axis line.
    let height: Double
    /// How far labels reach left of the first band's start, for the left margin.
    let overhang: Double
    /// How far labels reach right of the last band's end, for the right margin.
    let rightOverhang: Double

    static let gap = 4.0
    static let lineHeight = 1.2
    /// Rotated labels wrap onto a second line beyond this width, and only a label longer than
    /// two such lines is cut with "…".
    static let maxRotatedWidth = 96.0

    /// Chooses a layout for labels spaced `spacing` apart.
    init(labels: [String], spacing: Double, fontSize: Double) {
        let spacing = max(spacing, 1)
        let widths = labels.map { TextMetrics.width($0, fontSize: fontSize) }
        let periods = labels.allSatisfy { $0.contains(where: \.isNumber) }
        if Self.fitSideBySide(widths, spacing: spacing) {
            self.init(.horizontal, labels.map { [$0] }, spacing: spacing, fontSize: fontSize)
        } else if periods {
            // Periods read fine with some left out; only those that would touch a neighbour go.
            let kept = Self.kept(widths, spacing: spacing)
            let lines = labels.enumerated().map { kept.contains($0.offset) ? [$0.element] : [] }
            self.init(.horizontal, lines, spacing: spacing, fontSize: fontSize)
        } else if let wrapped = Self.wrapped(labels, width: spacing - Self.gap, fontSize: fontSize) {
            self.init(.horizontal, wrapped, spacing: spacing, fontSize: fontSize)
        } else {
            let wrapped = labels.map {
                TextMetrics.balancedWrap($0, maxWidth: Self.maxRotatedWidth, fontSize: fontSize, maxLines: 2)
            }
            // A turned label is as thick as its lines; neighbours need that much room across.
            let thickness = fontSize * (0.5 + Double(wrapped.map(\.count).max() ?? 1) * Self.lineHeight)
            let every = Int((thickness * 1.2 / spacing).rounded(.up))
            self.init(.rotated, Self.thinned(wrapped, every: every), spacing: spacing, fontSize: fontSize)
        }
    }

    private init(_ orientation: Orientation, _ lines: [[String]], spacing: Double, fontSize: Double) {
        self.orientation = orientation
        self.lines = lines
        let last = Double(lines.count - 1)
        switch orientation {
        case .horizontal:
            let rows = Double(lines.map(\.count).max() ?? 1)
            height = fontSize * (1 + (rows - 1) * Self.lineHeight) + Self.gap + 4
            let halves = lines.map { ($0.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0) / 2 }
            overhang = halves.enumerated().map { $1 - spacing * (Double($0) + 0.5) }.max() ?? 0
            rightOverhang = halves.enumerated().map { $1 - spacing * (last - Double($0) + 0.5) }.max() ?? 0
        case .rotated:
            let widths = lines.map { ($0.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0) }
            let extra = Double((lines.map(\.count).max() ?? 1) - 1) * fontSize * Self.lineHeight * 0.71
            height = (widths.max() ?? 0) * 0.71 + fontSize + Self.gap + extra
            overhang = widths.enumerated().map { $1 * 0.71 - spacing * (Double($0) + 0.5) }.max() ?? 0
            rightOverhang = 0
        }
    }
}

private extension AxisLabelLayout {
    /// True when no two neighbouring labels, centred on their bands, come closer than `gap`.
    static func fitSideBySide(_ widths: [Double], spacing: Double) -> Bool {
        zip(widths, widths.dropFirst()).allSatisfy { ($0 + $1) / 2 + gap <= spacing }
    }

    /// The labels to show, chosen from the latest (which matters most) backwards: each is kept
    /// when it stays `gap` clear of the last one kept.
    static func kept(_ widths: [Double], spacing: Double) -> Set<Int> {
        var kept: Set<Int> = []
        var leftEdge = Double.infinity
        for index in widths.indices.reversed() {
            let center = spacing * Double(index)
            if center + widths[index] / 2 + gap <= leftEdge {
                kept.insert(index)
                leftEdge = center - widths[index] / 2
            }
        }
        return kept
    }

    static func thinned(_ lines: [[String]], every: Int) -> [[String]] {
        guard every > 1 else { return lines }
        let last = lines.count - 1
        return lines.enumerated().map { index, label in (last - index) % every == 0 ? label : [] }
    }

    /// Every label on at most three lines without cutting, or nil when some label does not fit.
    static func wrapped(_ labels: [String], width: Double, fontSize: Double) -> [[String]]? {
        guard width > fontSize * 2 else { return nil }
        let wrapped = labels.map { TextMetrics.balancedWrap($0, maxWidth: width, fontSize: fontSize, maxLines: 3) }
        let fits = wrapped.allSatisfy { lines in
            !(lines.last?.hasSuffix("…") ?? false)
                && lines.allSatisfy { TextMetrics.width($0, fontSize: fontSize) <= width }
        }
        return fits ? wrapped : nil
    }
}
