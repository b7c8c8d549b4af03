package com.bakery.sales.receipt;

import com.bakery.sales.sale.SaleLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A receipt as a PDF the width of an 80 mm till roll (72 mm printable), with PDFBox and its standard Helvetica, which
 * needs no font files. The page is as long as the receipt. Text the font cannot show (outside Latin-1) is printed as
 * "?" rather than failing the print.
 */
final class ReceiptPdf {

    private static final float MM = 72f / 25.4f;
    private static final float WIDTH = 80 * MM;
    private static final float MARGIN = 4 * MM;
    private static final float SIZE = 8;
    private static final float LEADING = 10.5f;

    private record Row(String left, String right, boolean bold) {
    }

    private ReceiptPdf() {
    }

    static byte[] render(Receipt r) {
        List<Row> rows = rows(r);
        float height = MARGIN * 2 + rows.size() * LEADING;
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, height));
            document.addPage(page);
            document.getDocumentInformation().setTitle("Receipt " + r.receiptNumber() + (r.copy() ? " (copy)" : ""));
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float y = height - MARGIN - SIZE;
                for (Row row : rows) {
                    PDType1Font font = row.bold() ? bold : regular;
                    float room = WIDTH - 2 * MARGIN;
                    if (row.right() != null) {
                        String right = printable(row.right());
                        float width = width(font, right);
                        write(text, font, WIDTH - MARGIN - width, y, right);
                        room -= width + 2 * MM;
                    }
                    write(text, font, MARGIN, y, fit(font, printable(row.left()), room));
                    y -= LEADING;
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> rows(Receipt r) {
        List<Row> rows = new ArrayList<>();
        if (r.copy()) {
            rows.add(new Row("*** COPY ***", null, true));
        }
        rows.add(new Row(r.shop().name(), null, true));
        if (r.shop().address() != null) {
            r.shop().address().lines().forEach(line -> rows.add(new Row(line, null, false)));
        }
        if (r.shop().taxId() != null) {
            rows.add(new Row("Tax id " + r.shop().taxId(), null, false));
        }
        rows.add(new Row("Receipt " + r.receiptNumber(), r.issuedAt(), true));
        rows.add(new Row("Cashier " + r.cashier(), null, false));
        if (r.till() != null) {
            rows.add(new Row("Till " + r.till(), null, false));
        }
        rows.add(new Row("", null, false));
        for (Receipt.Line line : r.lines()) {
            rows.add(new Row(quantity(line) + line.product(), money(line.grossCents() + line.markdownCents(),
                    r.currency()), false));
            if (line.soldBy() == SaleLine.SoldBy.WEIGHT) {
                rows.add(new Row("   at " + money(line.unitPriceCents(), r.currency()) + " / kg", null, false));
            }
            if (line.markdownCents() > 0) {
                rows.add(new Row("   markdown (aged goods)", "-" + money(line.markdownCents(), r.currency()), false));
            }
            if (line.discountCents() > 0) {
                rows.add(new Row("   discount", "-" + money(line.discountCents(), r.currency()), false));
            }
        }
        rows.add(new Row("", null, false));
        if (r.discountCents() > 0) {
            rows.add(new Row("Subtotal", money(r.subtotalCents(), r.currency()), false));
            rows.add(new Row("Discount: " + r.discountReason(), "-" + money(r.discountCents(), r.currency()), false));
            if (r.discountApprovedBy() != null) {
                rows.add(new Row("   approved by " + r.discountApprovedBy(), null, false));
            }
        }
        rows.add(new Row("TOTAL", money(r.totalCents(), r.currency()), true));
        for (Receipt.Tax tax : r.taxes()) {
            rows.add(new Row("incl. tax " + BigDecimal.valueOf(tax.rateBp(), 2).stripTrailingZeros().toPlainString()
                    + " %", money(tax.taxCents(), r.currency()), false));
        }
        rows.add(new Row("Paid " + r.paymentMethod().toLowerCase(), r.tenderedCents() == null
                ? money(r.totalCents(), r.currency()) : money(r.tenderedCents(), r.currency()), false));
        if (r.changeCents() != null) {
            rows.add(new Row("Change", money(r.changeCents(), r.currency()), false));
        }
        if (r.creditNotes() != null) {
            for (Receipt.CreditNote note : r.creditNotes()) {
                rows.add(new Row("Refunded, credit note " + note.number(), "-" + money(note.amountCents(),
                        r.currency()), false));
            }
        }
        rows.add(new Row("", null, false));
        rows.add(new Row("Thank you!", null, false));
        return rows;
    }

    /** "3 x " for units, "0.355 kg " for goods sold by weight. */
    private static String quantity(Receipt.Line line) {
        return line.quantity().toPlainString() + (line.soldBy() == SaleLine.SoldBy.WEIGHT ? " kg " : " x ");
    }

    static String money(long cents, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return BigDecimal.valueOf(cents, Math.max(digits, 0)).toPlainString() + " " + currency;
    }

    private static void write(PDPageContentStream text, PDType1Font font, float x, float y, String value)
            throws IOException {
        text.beginText();
        text.setFont(font, SIZE);
        text.newLineAtOffset(x, y);
        text.showText(value);
        text.endText();
    }

    private static float width(PDType1Font font, String value) throws IOException {
        return font.getStringWidth(value) / 1000 * SIZE;
    }

    /** The text cut to the room left of the amount, ending in "..." when cut: the roll does not wrap. */
    private static String fit(PDType1Font font, String value, float room) throws IOException {
        if (width(font, value) <= room) {
            return value;
        }
        String cut = value;
        while (!cut.isEmpty() && width(font, cut + "...") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    /** What Helvetica's WinAnsi encoding can show; anything else as "?". */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.append(c >= 0x20 && c <= 0xFF && (c < 0x7F || c > 0x9F) ? (char) c : '?'));
        return out.toString();
    }
}
