package com.bakery.testing.cycle.b;

import com.bakery.testing.cycle.a.Dough;

/** The other half of the deliberate cycle. */
public class Oven {
    public Dough holding;
}
