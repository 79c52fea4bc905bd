import Synchronization

/// How long one template took over a build: the time spent inside the renderer for the pages
/// rendered with it, partials included, summed over every core (as Hugo's `--templateMetrics`).
public struct TemplateTiming: Sendable, Equatable {
    public var template: String
    public var pages: Int
    public var seconds: Double
    public var longest: Double
}

/// Collects `TemplateTiming`s from every rendering thread.
final class TemplateMetrics: Sendable {
    private let timings = Mutex<[String: TemplateTiming]>([:])

    func record(_ template: String, seconds: Double) {
        timings.withLock { timings in
            var timing = timings[template] ?? TemplateTiming(template: template, pages: 0, seconds: 0, longest: 0)
            timing.pages += 1
            timing.seconds += seconds
            timing.longest = max(timing.longest, seconds)
            timings[template] = timing
        }
    }

    /// The slowest template first.
    func summary() -> [TemplateTiming] {
        timings.withLock { $0.values.sorted { ($0.seconds, $1.template) > ($1.seconds, $0.template) } }
    }
}
