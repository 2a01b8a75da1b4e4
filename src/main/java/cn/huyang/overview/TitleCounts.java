package cn.huyang.overview;

/** The year's title and rank applications in scope [三(三)1–3]: applied, meeting every criterion, passed. */
public record TitleCounts(int applications, int eligible, int passed) {
}
