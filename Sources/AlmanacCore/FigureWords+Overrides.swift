/// Reading the `figures:` mapping of a string table, where a site changes words or gives them
/// for a language Almanac does not know.
extension FigureWords {
    /// The keys `figures:` accepts, in the order the README lists them.
    public static let keys: [String] =
        FigureKind.allCases.map { "kind_\($0.rawValue)" } + FigureQualifier.allCases.map(\.rawValue)
        + FigureStatus.allCases.flatMap { ["status_\($0.rawValue)", "flag_\($0.rawValue)"] }
        + ["rank", "gloss", "percentage_points", "unchanged", "year", "half_1", "half_2", "quarter_1", "quarter_2", "quarter_3",
           "quarter_4", "month", "span", "date"] + (1...12).map { "month_\($0)" }
        + magnitudePowers.map { "magnitude_\($0)" }

    /// Powers of ten a string table may name: 万 and 亿 count in fours, thousands in threes.
    static let magnitudePowers = [3, 4, 6, 8, 9, 12]

    /// These words with those of `node` put over them; problems are located at the keys.
    public func overridden(by node: DataNode, reader: inout DataReader) -> FigureWords {
        guard let entries = reader.mapping(node, "\"figures\"") else { return self }
        reader.checkKeys(entries, known: Self.keys, in: "\"figures\"")
        var words = self
        for entry in entries where Self.keys.contains(entry.key) {
            guard let text = reader.text(entry.value, key: entry.key) else { continue }
            words.set(entry.key, to: text)
        }
        return words
    }

    private mutating func set(_ key: String, to text: String) {
        if key.hasPrefix("kind_"), let kind = FigureKind(rawValue: String(key.dropFirst(5))) { kinds[kind] = text; return }
        if key.hasPrefix("status_"), let status = FigureStatus(rawValue: String(key.dropFirst(7))) { statuses[status] = text; return }
        if key.hasPrefix("flag_"), let status = FigureStatus(rawValue: String(key.dropFirst(5))) { flags[status] = text; return }
        if key.hasPrefix("magnitude_"), let power = Int(key.dropFirst(10)) {
            magnitudes.removeAll { $0.power == power }
            if !text.isEmpty { magnitudes.append(MagnitudeWord(power, text)) }
            magnitudes.sort { $0.power < $1.power }
            return
        }
        if let qualifier = FigureQualifier(rawValue: key) { qualifiers[qualifier] = text; return }
        if key.hasPrefix("month_"), let number = Int(key.dropFirst(6)) { monthNames[number - 1] = text; return }
        if key.hasPrefix("half_"), let number = Int(key.dropFirst(5)) { halves[number - 1] = text; return }
        if key.hasPrefix("quarter_"), let number = Int(key.dropFirst(8)) { quarters[number - 1] = text; return }
        switch key {
        case "percentage_points": percentagePoints = text
        case "unchanged": unchanged = text
        case "year": year = text
        case "month": month = text
        case "span": span = text
        case "rank": rank = text
        case "gloss": gloss = text
        default: date = text
        }
    }
}
