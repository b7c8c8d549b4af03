package com.bakery.inventory.markdown;

import com.bakery.common.problem.Problem;
import com.bakery.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's markdown rule: how much off a unit sells for at its age. Steps go up with age (an older loaf never
 * costs more than a younger one), so the step reached last is the one that applies.
 */
@ApplicationScoped
@Transactional
public class Markdowns {

    private final MarkdownRepository steps;

    public Markdowns(MarkdownRepository steps) {
        this.steps = steps;
    }

    /** The rule as a function of age; {@link Rule#NONE} when the tenant has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rule rule(String tenant) {
        return new Rule(get(tenant).steps());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MarkdownView get(String tenant) {
        return MarkdownView.of(steps.steps(tenant));
    }

    public MarkdownView replace(String tenant, MarkdownRequest request) {
        List<MarkdownRequest.Step> wanted = request.steps().stream()
                .sorted((a, b) -> Integer.compare(a.afterHours(), b.afterHours())).toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 1; i < wanted.size(); i++) {
            int at = request.steps().indexOf(wanted.get(i));
            if (wanted.get(i).afterHours().equals(wanted.get(i - 1).afterHours())) {
                errors.add(new Problem.FieldError("steps[" + at + "].afterHours", "appears twice"));
            } else if (wanted.get(i).percent() <= wanted.get(i - 1).percent()) {
                errors.add(new Problem.FieldError("steps[" + at + "].percent",
                        "must be more than the younger step's " + wanted.get(i - 1).percent()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The markdown steps must rise with age.", errors);
        }
        steps.deleteInTenant(tenant);
        steps.flush();
        for (MarkdownRequest.Step s : wanted) {
            MarkdownStep step = new MarkdownStep();
            step.tenantId = tenant;
            step.afterHours = s.afterHours();
            step.percent = s.percent();
            steps.persist(step);
        }
        return get(tenant);
    }

    /** Percent off by age. */
    public record Rule(List<MarkdownView.Step> steps) {

        public static final Rule NONE = new Rule(List.of());

        public boolean isEmpty() {
            return steps.isEmpty();
        }

        public int percentAt(Duration age) {
            int percent = 0;
            for (MarkdownView.Step s : steps) {
                if (age.compareTo(Duration.ofHours(s.afterHours())) >= 0) {
                    percent = s.percent();
                }
            }
            return percent;
        }
    }
}
