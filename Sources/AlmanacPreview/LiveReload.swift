/// The script preview pages get so they reload when the site changes. Never part of `almanac build`.
enum LiveReload {
    /// Where pages listen for reload events, below the site's base path.
    static let eventsPath = "__almanac/events"

    static func script(basePath: String) -> String {
        """
        <script>
        (function () {
          var source = new EventSource("\(basePath)\(eventsPath)");
          source.addEventListener("reload", function () { location.reload(); });
        })();
        </script>
        """
    }

    /// `html` with the reload script before `</body>` (or at the end when there is none).
    static func inject(into html: [UInt8], basePath: String) -> [UInt8] {
        let script = Array(script(basePath: basePath).utf8)
        let closing = Array("</body>".utf8)
        guard html.count >= closing.count else { return html + script }
        var index = html.count - closing.count
        while index >= 0 {
            if html[index] == closing[0] && Array(html[index..<index + closing.count]) == closing {
                return Array(html[..<index]) + script + Array(html[index...])
            }
            index -= 1
        }
        return html + script
    }
}
