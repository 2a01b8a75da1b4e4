package cn.huyang.io;

/** A column of the file: its position (from 0), its header and the field it is read into (null: ignored). */
public record ImportColumn<F extends ImportField>(int index, String header, F field) {
    public boolean mapped() {
        return field != null;
    }
}
