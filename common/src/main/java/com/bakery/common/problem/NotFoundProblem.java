package com.bakery.common.problem;

/** 404 for an id that does not exist in the caller's tenant (another tenant's ids look exactly the same). */
public class NotFoundProblem extends ProblemException {

    public NotFoundProblem(String what, Object id) {
        super(404, what.toLowerCase().replace(' ', '_') + "_not_found", "Not Found",
                capitalize(what) + " " + id + " does not exist.");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
