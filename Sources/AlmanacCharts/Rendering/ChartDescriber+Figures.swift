/// Descriptions of charts that show shares or a single figure.
extension ChartDescriber {
    func donut() -> String {
        let table = canvas.chart.table
        var items = zip(table.labels, table.series[0].values).compactMap { label, value in
            value.map { "\(label) \(canvas.format.string($0))" }
        }
        if let rest = DonutShares.remainder(of: table) {
            items.append("\(canvas.strings.other) \(canvas.format.string(rest))")
        }
        let type = canvas.strings.typeNames[.donut] ?? ""
        if canvas.writesHan { return "\(type)，共\(items.count)项：\(items.joined(separator: "，"))。" }
        return "\(type) of \(items.count) shares: \(items.joined(separator: ", "))."
    }

    func kpi() -> String {
        let measure = canvas.chart.measure
        let zh = canvas.writesHan
        let label = measure.label ?? canvas.chart.subject
        guard let value = measure.value else { return label }
        let period = measure.period.map { zh ? $0 : " in \($0)" } ?? ""
        let spoken = canvas.spoken(value)
        var text = zh ? "\(label)\(period)为\(spoken)" : "\(label) was \(spoken)\(period)"
        // A change from or to a bound or a band (over, about, in the top 10) would claim more than the source.
        if let previous = measure.previous, !value.isBound, !previous.isBound {
            text += changeClause(value, previous: previous, period: measure.previousPeriod)
        }
        return text + (zh ? "。" : ".")
    }

    func bullet() -> String {
        let measure = canvas.chart.measure
        let zh = canvas.writesHan
        let label = measure.label ?? canvas.chart.subject
        guard let value = measure.value, let target = measure.target else { return label }
        let share = target.value != 0
            ? NumberFormatting.trimmed(value.value / target.value * 100, decimals: 0) + "%" : nil
        let valueText = canvas.qualified(canvas.format.string(value), value.qualifier)
        let targetText = canvas.qualified(canvas.format.string(target), target.qualifier)
        if zh {
            return "\(label)为\(valueText)，目标为\(targetText)" + (share.map { "，完成目标的\($0)" } ?? "") + "。"
        }
        return "\(label): \(valueText) against a target of \(targetText)" + (share.map { " (\($0) of target)" } ?? "") + "."
    }
}

private extension ChartDescriber {
    func changeClause(_ value: ChartValue, previous: ChartValue, period: String?) -> String {
        let zh = canvas.writesHan
        let delta = value.value - previous.value
        let previousText = canvas.qualified(canvas.format.string(previous), previous.qualifier)
        let magnitude = canvas.change(from: previous, to: value)
        let since = canvas.periodPhrase(previous, period: period ?? (zh ? "上期" : "the previous period"))
        if zh {
            let when = "较\(since)（\(previousText)）"
            let verb = delta > 0 ? "上升" : (delta < 0 ? "下降" : "")
            return delta == 0 ? "，\(when)\(canvas.strings.figures.unchanged)" : "，\(when)\(verb)\(magnitude.dropFirst())"
        }
        let when = "\(since) (\(previousText))"
        let verb = delta > 0 ? "up" : "down"
        return delta == 0 ? ", \(canvas.strings.figures.unchanged) from \(when)" : ", \(verb) \(magnitude.dropFirst()) from \(when)"
    }
}
