package cn.huyang.check;

import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import java.util.ArrayList;
import java.util.List;

/** Every finding of a year, from every feature's rules, in the features' order. */
public class CheckService {
    private final List<FindingSource> sources;

    public CheckService(List<FindingSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<Finding> findings(int year) {
        List<Finding> out = new ArrayList<>();
        for (FindingSource source : sources) {
            out.addAll(source.findings(year));
        }
        return out;
    }
}
