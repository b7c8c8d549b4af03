package com.bakery.gateway.assistant;

import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.jboss.logging.Logger;

/** When Gemini cannot answer an ask, the offline assistant does, with a note saying why. */
@Dependent
public class OfflineAnswer implements FallbackHandler<AskAnswer> {

    private static final Logger LOG = Logger.getLogger(OfflineAnswer.class);

    private final Assistant assistant;

    public OfflineAnswer(Assistant assistant) {
        this.assistant = assistant;
    }

    /** The parameters are {@link GeminiAssistant#ask}'s: the asker and the question. */
    @Override
    public AskAnswer handle(ExecutionContext context) {
        Asker asker = (Asker) context.getParameters()[0];
        String question = (String) context.getParameters()[1];
        String why = context.getFailure().getMessage();
        LOG.warnf("Gemini failed (%s): the offline assistant answers", why);
        return assistant.ask(asker, question).withNote("gemini did not answer (" + why
                + "); the offline assistant answered");
    }
}
