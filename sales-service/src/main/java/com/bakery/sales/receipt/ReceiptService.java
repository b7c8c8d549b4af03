package com.bakery.sales.receipt;

import com.bakery.common.problem.ProblemException;
import com.bakery.sales.refund.SaleRefundRepository;
import com.bakery.sales.sale.Sale;
import com.bakery.sales.sale.SaleLine;
import com.bakery.sales.sale.SaleRepository;
import com.bakery.sales.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds a completed sale's receipt, and records its prints (the first is the original, the rest copies). */
@ApplicationScoped
public class ReceiptService {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SaleRepository sales;
    private final SaleRefundRepository refunds;
    private final Settings settings;

    public ReceiptService(SaleRepository sales, SaleRefundRepository refunds, Settings settings) {
        this.sales = sales;
        this.refunds = refunds;
        this.settings = settings;
    }

    /** The receipt as the next print would show it, without printing. */
    @Transactional
    public Receipt preview(String tenant, String saleId) {
        Sale sale = completed(tenant, saleId);
        return receipt(sale, sale.receiptPrints > 0);
    }

    /** Records a print of the receipt and returns what it prints: a copy unless it is the first. */
    @Transactional
    public Receipt print(String tenant, String saleId) {
        Sale sale = completed(tenant, saleId);
        int before = sales.countPrint(sale.id);
        return receipt(sale, before > 0);
    }

    private Sale completed(String tenant, String saleId) {
        Sale sale = sales.getInTenant(tenant, saleId);
        if (sale.status != Sale.Status.COMPLETED || sale.receiptNumber == null) {
            throw ProblemException.conflict("sale_not_completed",
                    "Sale " + saleId + " is " + sale.status + ": only a completed sale has a receipt.");
        }
        return sale;
    }

    private Receipt receipt(Sale sale, boolean copy) {
        Settings.View shop = settings.of(sale.tenantId);
        ZoneId zone = ZoneId.of(shop.timeZone());
        List<Receipt.Line> lines = sale.lines.stream().map(l -> new Receipt.Line(l.productName,
                SaleLine.plain(l.quantity), l.soldBy, l.unitPriceCents, l.gross(), l.markdownCents, l.discountCents,
                l.netCents)).toList();
        List<Receipt.Tax> taxes = sale.taxRateBp == null || sale.taxRateBp == 0 ? List.of()
                : List.of(new Receipt.Tax(sale.taxRateBp, sale.taxCents, sale.totalCents));
        List<Receipt.CreditNote> notes = refunds.ofSale(sale.id).stream()
                .map(r -> new Receipt.CreditNote(r.creditNoteNumber, r.amountCents, local(r.createdAt, zone)))
                .toList();
        return new Receipt(new Receipt.Shop(shop.shopName() == null ? sale.tenantId : shop.shopName(),
                shop.shopAddress(), shop.taxId()), sale.receiptNumber, sale.id, copy, local(sale.completedAt, zone),
                zone.getId(), sale.cashier, sale.tillName, sale.currency, lines, sale.subtotalCents, sale.discountCents,
                sale.discountReason, sale.discountApprovedBy, sale.totalCents, taxes, sale.paymentMethod.name(),
                sale.tenderedCents, sale.changeCents, notes.isEmpty() ? null : notes);
    }

    private static String local(Instant at, ZoneId zone) {
        return LOCAL.format(at.atZone(zone));
    }
}
