package com.bakery.gateway.assistant;

import com.bakery.gateway.assistant.tool.Tool;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline assistant's understanding (the seed's TEST_MODE, made deterministic): picks the same tools a
 * language model would, from keywords, dates ("today", "last week", "2026-11-20") and the tenant's own names.
 * Names found in the question are blanked out before its words are read, so a product called "start production"
 * or "ignore previous instructions" is only ever an argument, never an instruction.
 */
public final class IntentParser {

    private static final Pattern NUMBER = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\b");
    private static final Pattern PAYMENT_ID = Pattern.compile("\\bpayment (?:number |no |id |#)?(\\d+)\\b");
    private static final Pattern QUANTITY = Pattern.compile("\\b(\\d+(?:\\.\\d+)?) ?(mg|g|kg|ml|l|pc|piece|unit|bag|sack)?\\b");
    private static final Pattern UNIT_COST = Pattern.compile("\\b(?:at|for|costing|cost) (\\d+(?:\\.\\d{1,2})?)( cent)?\\b");

    public List<ToolCall> parse(String question, Catalogue catalogue, LocalDate today) {
        String q = Names.normal(question);
        Optional<Names.Match> recipe = Names.find(q, catalogue.recipes());
        Optional<Names.Match> material = Names.find(q, catalogue.materials());
        Optional<Names.Match> product = Names.find(q, catalogue.products());
        String words = " " + blank(q, recipe, material, product) + " ";
        Optional<Period> period = Period.in(question, today);

        Optional<ToolCall> perishable = perishableIntent(words, period, today);
        if (perishable.isPresent()) {
            return List.of(perishable.get());
        }
        Optional<ToolCall> write = writeIntent(words, recipe, material);
        if (write.isPresent()) {
            return List.of(write.get());
        }
        List<ToolCall> calls = new ArrayList<>();
        Matcher payment = PAYMENT_ID.matcher(q);
        if (payment.find() && payment.group(1).length() <= 18) { // longer is no payment id, nor fits a long
            calls.add(call(Tool.PAYMENT_STATUS, "paymentId", Long.parseLong(payment.group(1))));
        }
        if (has(words, "cost to make", "recipe cost", "cost of", "costs to make", "how much doe", "cost per", "what doe")
                && recipe.isPresent() && !has(words, "sell", "sold")) {
            calls.add(call(Tool.RECIPE_COST, "recipeId", recipe.get().named().id(), "name", recipe.get().named().name()));
        }
        if (has(words, "production", " run ", " baked", " bake ", " made ", "produced") && !has(words, "cost")
                && !has(words, "revenue", "sale", "sold", "sell")) {
            calls.add(call(Tool.PRODUCTION_RUNS, "date", period.map(Period::from).orElse(today).toString()));
        }
        boolean stockWords = has(words, "stock", "on hand", " left", "how much", "how many", "do we have", " low ",
                "enough", "running out", "remaining");
        Optional<Names.Match> item = material.isPresent() ? material : product;
        if (item.isPresent() && stockWords && calls.isEmpty() && !has(words, "sell", "sold", "revenue")) {
            boolean isMaterial = material.isPresent();
            calls.add(call(Tool.STOCK_LEVEL, "kind", isMaterial ? "material" : "product", "id", item.get().named().id(),
                    "name", item.get().named().name()));
        } else if (has(words, " low ", "running out", "run out", "reorder", "re order", "alert", "short on",
                "need to order", "buy more")) {
            calls.add(call(Tool.LOW_STOCK_ALERTS));
        }
        Period span = period.orElse(new Period(today, today));
        if (has(words, " top ", "best sell", "best seller", "most popular", "sold most", "sell most", "bestseller")) {
            calls.add(call(Tool.TOP_PRODUCTS, "from", span.from().toString(), "to", span.to().toString(), "limit", 5));
        } else if (has(words, "sale", " sell", " sold", "revenue", "taking", "turnover", " earn", "margin",
                "income", "how much money", "how did we do")) {
            calls.add(call(Tool.SALES_SUMMARY, "from", span.from().toString(), "to", span.to().toString()));
        }
        if (has(words, "classif", "photo", "picture", "fruit", "scan", "identified", "recogni")) {
            calls.add(call(Tool.RECENT_CLASSIFICATIONS, "limit", 5));
        }
        return calls;
    }

    /** Tomorrow's baking, what expires, what was thrown away: questions of their own, asked before the rest. */
    private static Optional<ToolCall> perishableIntent(String words, Optional<Period> period, LocalDate today) {
        if (has(words, "should we bake", "should i bake", "bake plan", "baking plan", "what to bake", "to bake for",
                "should we make", "how many should we", "how much should we")) {
            LocalDate day = period.map(Period::from).filter(d -> d.isAfter(today)).orElse(today.plusDays(1));
            return Optional.of(call(Tool.BAKE_PLAN, "date", day.toString()));
        }
        if (has(words, "expire", "expiring", "expiry", "best before", "go off", "going off", "use by")) {
            int days = has(words, " today") ? 0 : has(words, "tomorrow") ? 1 : 7;
            return Optional.of(call(Tool.EXPIRING_BATCHES, "withinDays", days));
        }
        if (has(words, "waste", "wasted", "threw away", "thrown away", "throw away", "written off", "write off",
                "spoil")) {
            Period span = period.orElse(new Period(today.minusDays(6), today));
            return Optional.of(call(Tool.WASTE_REPORT, "from", span.from().toString(), "to", span.to().toString(),
                    "zone", "UTC"));
        }
        return Optional.empty();
    }

    /** Receiving a delivery or starting a production run: the question's own verbs, with a named thing. */
    private static Optional<ToolCall> writeIntent(String words, Optional<Names.Match> recipe,
            Optional<Names.Match> material) {
        if (recipe.isPresent() && has(words, "start", " make ", " bake ", "produce ", "run production",
                "production run of", "prepare")
                && !has(words, "how much", "how many", "cost", "did we", "were", "yesterday", "today s")) {
            BigDecimal times = firstNumber(words).orElse(BigDecimal.ONE);
            return Optional.of(call(Tool.START_PRODUCTION, "recipeId", recipe.get().named().id(), "name",
                    recipe.get().named().name(), "times", times));
        }
        if (material.isPresent() && has(words, "receive", "received", "delivery of", "deliver", "got ", "book in",
                "add a batch", "new batch") && !has(words, "how much", "how many", "when")) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("materialId", material.get().named().id());
            args.put("name", material.get().named().name());
            Matcher quantity = QUANTITY.matcher(words);
            if (quantity.find()) {
                args.put("quantity", new BigDecimal(quantity.group(1)));
            }
            Matcher cost = UNIT_COST.matcher(words);
            if (cost.find()) {
                BigDecimal value = new BigDecimal(cost.group(1));
                args.put("unitCostCents", cost.group(2) != null ? value.longValue()
                        : value.movePointRight(2).longValue());
            }
            return Optional.of(new ToolCall(Tool.RECEIVE_BATCH, args));
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> firstNumber(String words) {
        Matcher m = NUMBER.matcher(words);
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }

    /** The question with the names it contains blanked out, so their words are not read as intentions. */
    @SafeVarargs
    private static String blank(String q, Optional<Names.Match>... matches) {
        StringBuilder b = new StringBuilder(" " + q + " ");
        for (Optional<Names.Match> m : matches) {
            m.ifPresent(match -> {
                for (int i = match.start() + 1; i <= match.end(); i++) {
                    b.setCharAt(i, '_');
                }
            });
        }
        return b.toString().trim();
    }

    private static boolean has(String words, String... any) {
        for (String w : any) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static ToolCall call(Tool tool, Object... keyValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new ToolCall(tool, args);
    }
}
