package cn.huyang.students;

import java.util.List;

/** A student's file as opened (the opening is audited): the student with contacts, the six parts, attention, timeline. */
public record StudentFile(Student student, String department, String counselor, List<FileSection> sections,
                          List<Attention> attentions, List<StudentContact> contacts) {
    public StudentFile {
        sections = List.copyOf(sections);
        attentions = List.copyOf(attentions);
        contacts = List.copyOf(contacts);
    }

    public FileSection section(FilePart part) {
        return sections.stream().filter(s -> s.part() == part).findFirst().orElseThrow();
    }
}
