package com.bakery.sales.shift;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Z reports as CSV for the accountant (RFC 4180: comma-separated, text quoted when it holds a comma, quote or line
 * break, CRLF line ends). Money in cents, as the API gives it, so a spreadsheet never rounds it. Cells a spreadsheet
 * would run as a formula (starting with =, +, - or @) are quoted with a leading apostrophe.
 */
final class ZReportCsv {

    private static final List<String> HEADER = List.of("z_number", "till", "opened_by", "opened_at", "closed_by",
            "closed_at", "currency", "sales", "gross_cents", "discount_cents", "tax_cents", "net_cents",
            "refunds_cents", "cash_sales_cents", "card_sales_cents", "expected_cash_cents", "counted_cash_cents",
            "difference_cents", "first_receipt", "last_receipt", "report_hash");

    private ZReportCsv() {
    }

    static String of(List<ZReportResource.Summary> rows) {
        return Stream.concat(Stream.of(HEADER), rows.stream().map(ZReportCsv::row))
                .map(cells -> cells.stream().map(ZReportCsv::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<String> row(ZReportResource.Summary s) {
        return Stream.of(s.zNumber(), s.tillName(), s.openedBy(), s.openedAt(), s.closedBy(), s.closedAt(),
                s.currency(), s.salesCount(), s.grossCents(), s.discountCents(), s.taxCents(), s.netCents(),
                s.refundsCents(), s.cashSalesCents(), s.cardSalesCents(), s.expectedCashCents(), s.countedCashCents(),
                s.differenceCents(), s.firstReceipt(), s.lastReceipt(), s.reportHash())
                .map(v -> v == null ? "" : v.toString()).toList();
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9]+")
                ? "'" + value : value;
        boolean quoted = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
