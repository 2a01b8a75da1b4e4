package cn.huyang.title;

/** A paper, project, textbook, online cultural work or award, with its year, level and the counselor's part. */
public record ResearchOutput(Long id, long counselorId, OutputKind kind, String caption, int year, OutputLevel level,
                             OutputRole role, String note) {
}
