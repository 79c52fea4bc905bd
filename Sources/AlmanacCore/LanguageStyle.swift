/// How a language writes numbers and prose: the traits formatting and wording depend on, so
/// that supporting another language means adding a row to `known`, not a branch to the code.
public struct LanguageStyle: Hashable, Sendable {
    /// Han text: no spaces between words, full-width punctuation (`（…）`, `：`, `，`).
    public var writesHan: Bool
    /// `2,546.18` rather than `2546.18`.
    public var groupsThousands: Bool
    /// Large numbers read in myriads (万, 亿) rather than thousands and millions.
    public var countsInMyriads: Bool
    /// Words a minute a reader gets through, for words written in Latin letters; Han
    /// characters are read at 400 a minute in any language.
    public var latinWordsPerMinute: Double
    /// Words prose uses for small counts, by value (`[2: "two"]`), as English house styles spell
    /// out numbers below ten; tables and charts keep digits. One is left out: units are plural.
    public var smallCountWords: [Int: String] = [:]

    /// Simplified Chinese.
    public static let chinese = LanguageStyle(writesHan: true, groupsThousands: false, countsInMyriads: true,
                                              latinWordsPerMinute: 400)
    /// English, and the style of any language not in `known`.
    public static let english = LanguageStyle(
        writesHan: false, groupsThousands: true, countsInMyriads: false, latinWordsPerMinute: 220,
        smallCountWords: [2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"])

    /// Styles by language code.
    public static let known: [String: LanguageStyle] = ["zh": .chinese, "en": .english]

    /// The style of a language code (`zh`, `en`); English for a code not in `known`.
    public static func of(_ language: String) -> LanguageStyle {
        known[language] ?? .english
    }
}
