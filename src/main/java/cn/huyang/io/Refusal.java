package cn.huyang.io;

/** A row refused: its number as the spreadsheet shows it, the column's header, the value and the reason. */
public record Refusal(int row, String column, String value, String reason) {
}
