/// Descriptions of charts that show shares or a single figure.
extension ChartDescriber {
    func donut() -> String {
        let table = canvas.chart.table
        var items = zip(table.labels, table.series[0].values).compactMap { label, value in
            value.map { "\(label) \(canvas.format.string($0.value))" }
        }
        if let rest = DonutShares.remainder(of: table) {
            items.append("\(canvas.strings.other) \(canvas.format.string(rest))")
        }
        let type = canvas.strings.typeNames[.donut] ?? ""
        if canvas.isChinese { return "\(type)，共\(items.count)项：\(items.joined(separator: "，"))。" }
        return "\(type) of \(items.count) shares: \(items.joined(separator: ", "))."
    }

    func kpi() -> String {
        let measure = canvas.chart.measure
        let zh = canvas.isChinese
        let label = measure.label ?? canvas.chart.subject
        guard let value = measure.value else { return label }
        let period = measure.period.map { zh ? $0 : " in \($0)" } ?? ""
        var text = zh ? "\(label)\(period)为\(canvas.format.string(value))" : "\(label) was \(canvas.format.string(value))\(period)"
        if let previous = measure.previous {
            text += changeClause(value - previous, previous: previous, period: measure.previousPeriod)
        }
        return text + (zh ? "。" : ".")
    }

    func bullet() -> String {
        let measure = canvas.chart.measure
        let zh = canvas.isChinese
        let label = measure.label ?? canvas.chart.subject
        guard let value = measure.value, let target = measure.target else { return label }
        let share = target != 0 ? NumberFormatting.trimmed(value / target * 100, decimals: 0) + "%" : nil
        if zh {
            return "\(label)为\(canvas.format.string(value))，目标为\(canvas.format.string(target))"
                + (share.map { "，完成目标的\($0)" } ?? "") + "。"
        }
        return "\(label): \(canvas.format.string(value)) against a target of \(canvas.format.string(target))"
            + (share.map { " (\($0) of target)" } ?? "") + "."
    }
}

private extension ChartDescriber {
    func changeClause(_ delta: Double, previous: Double, period: String?) -> String {
        let zh = canvas.isChinese
        let previousText = canvas.format.string(previous)
        let magnitude = canvas.format.change(abs(delta), pointsWord: canvas.strings.percentagePoints)
        if zh {
            let when = period.map { "较\($0)（\(previousText)）" } ?? "较上期（\(previousText)）"
            let verb = delta > 0 ? "上升" : (delta < 0 ? "下降" : "")
            return delta == 0 ? "，\(when)\(canvas.strings.unchanged)" : "，\(when)\(verb)\(magnitude.dropFirst())"
        }
        let when = period.map { "\($0) (\(previousText))" } ?? "the previous period (\(previousText))"
        let verb = delta > 0 ? "up" : "down"
        return delta == 0 ? ", \(canvas.strings.unchanged) from \(when)" : ", \(verb) \(magnitude.dropFirst()) from \(when)"
    }
}
