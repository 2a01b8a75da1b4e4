package cn.huyang.overview;

import java.util.List;

/** The team's make-up on a day: counts by age band, gender, ethnicity, education, title and political status. */
public record Structure(List<Bar> age, List<Bar> gender, List<Bar> ethnicity, List<Bar> education, List<Bar> title,
                        List<Bar> political) {

    public Structure {
        age = List.copyOf(age);
        gender = List.copyOf(gender);
        ethnicity = List.copyOf(ethnicity);
        education = List.copyOf(education);
        title = List.copyOf(title);
        political = List.copyOf(political);
    }
}
