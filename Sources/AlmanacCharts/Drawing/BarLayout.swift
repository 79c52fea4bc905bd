/// Rows, label column and value scale of a horizontal bar chart.
struct BarLayout {
    let canvas: ChartCanvas
    let labelLines: [[String]]
    let labelWidth: Double
    let rowHeight: Double
    let top: Double
    let scale: LinearScale
    let axis: AxisFormatter.Result

    /// Shares of the width the label column may take: the first where every label fits on
    /// three lines uncut, so long names widen the column before any is cut.
    static let labelShares = [0.34, 0.42, 0.5]

    init(canvas: ChartCanvas, domain: [Double], top: Double) {
        let size = ChartCanvas.smallFontSize
        // Bars have a label column that wraps, so periods always read in words there.
        let labels = canvas.chart.table.longLabels
        let widest = labels.map { TextMetrics.width($0, fontSize: size) }.max() ?? 0
        let columns = Self.labelShares.map { share -> (Double, [[String]]) in
            let width = min(widest, ChartCanvas.width * share)
            return (width, labels.map { TextMetrics.balancedWrap($0, maxWidth: width, fontSize: size, maxLines: 3) })
        }
        let column = columns.first { !$0.1.contains(where: TextMetrics.isCut) } ?? columns[columns.count - 1]
        let labelWidth = column.0
        self.labelWidth = labelWidth
        labelLines = column.1
        let lanes = Double(canvas.chart.spec.stacked ? 1 : canvas.chart.table.series.count)
        let tallest = Double(labelLines.map(\.count).max() ?? 1) * size * 1.2
        rowHeight = max(tallest + 10, lanes * 14 + 10, 26)
        self.canvas = canvas
        self.top = top
        let probe = LinearScale(covering: domain, includeZero: true, from: 0, to: 1)
        let formatter = AxisFormatter(language: canvas.language, unit: canvas.format.unit, words: canvas.strings.figures)
        let probeAxis = formatter.labels(ticks: probe.ticks, step: probe.step)
        let values = domain.map { probeAxis.valueLabel($0, format: canvas.format) }
        let valueWidth = (values.map { TextMetrics.width($0, fontSize: size) }.max() ?? 0) + 8
        let hasNegative = domain.contains { $0 < 0 }
        let scale = LinearScale.horizontal(
            covering: domain, includeZero: true, from: labelWidth + 10 + (hasNegative ? valueWidth : 0),
            to: ChartCanvas.width - valueWidth, fontSize: size
        ) { formatter.labels(ticks: $0.ticks, step: $0.step).labels }
        self.scale = scale
        axis = formatter.labels(ticks: scale.ticks, step: scale.step)
    }

    var bottom: Double { top + rowHeight * Double(canvas.chart.table.labels.count) }
    var height: Double { bottom + 22 }

    func thickness(lanes: Int) -> Double { min(18, (rowHeight - 10) / Double(max(lanes, 1))) }

    func barTop(label: Int, lane: Int, lanes: Int) -> Double {
        let group = thickness(lanes: lanes) * Double(lanes)
        return top + rowHeight * Double(label) + (rowHeight - group) / 2 + thickness(lanes: lanes) * Double(lane)
    }

    func valueLabel(_ value: Double, decimals: Int?, format: ValueFormatter) -> String {
        axis.valueLabel(value, decimals: decimals, format: format)
    }
}
