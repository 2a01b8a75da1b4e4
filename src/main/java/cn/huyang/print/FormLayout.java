package cn.huyang.print;

import java.util.List;

/**
 * How one kind of printed form is laid out and named. Each form has its layout (the appraisal form,
 * the title recommendation sheet, the review list); the PDF writer, the printer and the preview draw
 * the pages of any of them the same way.
 *
 * @param <T> the form's record of text ready to print
 */
public interface FormLayout<T> {

    /** The form's pages, in order. */
    List<Layout.Page> layout(T form);

    /** The base name (no extension) of the form's own PDF file, unique enough within a year. */
    String fileName(T form);

    /** The title a PDF holding these forms carries in its properties. */
    String documentTitle(List<T> forms);
}
