package cn.huyang.overview;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Education;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.TitleRank;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Counts the team's make-up on a day ({@link Structure}). */
final class StructureCounts {
    /** The age bands: under 30, 30–39, 40–49, 50 and over. */
    static final int[] AGE_FROM = {0, 30, 40, 50};
    /** Ethnicities shown by name; the rest are summed as 其他. */
    static final int ETHNICITIES_SHOWN = 5;

    private StructureCounts() {
    }

    static Structure of(List<Counselor> team, LocalDate on, Messages m) {
        int[] ages = new int[AGE_FROM.length];
        int unknownAge = 0;
        for (Counselor c : team) {
            if (c.birthDate() == null) {
                unknownAge++;
                continue;
            }
            int age = Period.between(c.birthDate(), on).getYears();
            int band = 0;
            for (int i = 0; i < AGE_FROM.length; i++) {
                if (age >= AGE_FROM[i]) {
                    band = i;
                }
            }
            ages[band]++;
        }
        List<Bar> age = new ArrayList<>();
        for (int i = 0; i < AGE_FROM.length; i++) {
            age.add(new Bar("AGE_" + AGE_FROM[i], m.get("overview.age." + i), ages[i]));
        }
        if (unknownAge > 0) {
            age.add(new Bar("AGE_UNKNOWN", m.get("overview.unknown"), unknownAge));
        }
        return new Structure(age, coded(team, Gender.class, Counselor::gender, m),
                ethnicity(team, m), coded(team, Education.class, Counselor::education, m),
                coded(team, TitleRank.class, Counselor::title, m),
                coded(team, PoliticalStatus.class, Counselor::politicalStatus, m));
    }

    /** A bar per value of the enum in its order (empty ones left out), then those without a value. */
    private static <E extends Enum<E> & Coded> List<Bar> coded(List<Counselor> team, Class<E> type,
                                                              Function<Counselor, E> field, Messages m) {
        Map<E, Integer> counts = new EnumMap<>(type);
        int none = 0;
        for (Counselor c : team) {
            E v = field.apply(c);
            if (v == null) {
                none++;
            } else {
                counts.merge(v, 1, Integer::sum);
            }
        }
        List<Bar> bars = new ArrayList<>();
        counts.forEach((v, n) -> bars.add(new Bar(v.name(), v.label(m), n)));
        if (none > 0) {
            bars.add(new Bar("NONE", m.get("overview.none"), none));
        }
        return bars;
    }

    private static List<Bar> ethnicity(List<Counselor> team, Messages m) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Counselor c : team) {
            String e = c.ethnicity() == null || c.ethnicity().isBlank() ? m.get("overview.unknown") : c.ethnicity();
            counts.merge(e, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        List<Bar> bars = new ArrayList<>();
        int rest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i < ETHNICITIES_SHOWN) {
                bars.add(new Bar(sorted.get(i).getKey(), sorted.get(i).getKey(), sorted.get(i).getValue()));
            } else {
                rest += sorted.get(i).getValue();
            }
        }
        if (rest > 0) {
            bars.add(new Bar("OTHER", m.get("overview.other"), rest));
        }
        return bars;
    }
}
