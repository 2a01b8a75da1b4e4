package cn.huyang.training;

import java.math.BigDecimal;
import java.util.List;

/** One page of the ledger, with the count and the totals of everything the filter selects. */
public record LedgerPage(List<LedgerRow> rows, int offset, int total, BigDecimal hours, BigDecimal cost) {
}
